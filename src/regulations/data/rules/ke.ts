import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Kenya: KEBS pre-export verification of conformity (PVoC certificate of conformity) and the Import
 * Standardization Mark, Communications Authority type approval, the Anti-Counterfeit Authority's recordation of
 * IP rights on imported goods, the Pharmacy and Poisons Board, the plastic carrier bag ban and the Data Protection
 * Act 2019. Where the law's commencement could not be verified, `effectiveFrom` is a date by which the rule was in
 * force (marked "in force by").
 */

const ANY_GOODS = [
  'electronics',
  'cosmetics',
  'toys',
  'childcare-articles',
  'food-contact',
  'food',
  'medical-device',
  'medicine',
  'textiles',
  'footwear',
  'jewellery',
  'luxury-goods',
  'chemicals',
  'e-cigarette',
  'knives',
  'weapon-like',
  'plants-animals',
];

const PVOC: Source = {
  title:
    'Standards (Verification of Conformity to Standards and Other Applicable Regulations) Order, 2020 (Legal Notice 127 of 2020), Standards Act (Cap. 496)',
  url: 'https://www.kebs.org/',
  publisher: 'Kenya Bureau of Standards',
};

export const rules: RuleInput[] = [
  {
    id: 'KE-PVOC',
    version: 1,
    jurisdiction: 'KE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Regulated products need a PVoC Certificate of Conformity issued before shipment',
    requirement:
      "Products on the KEBS list of regulated products (electrical and electronic goods, toys, textiles and footwear, food-contact articles, chemicals, cosmetics and others) must be inspected and tested in the exporting country by a KEBS-appointed PVoC agent and shipped with a Certificate of Conformity; goods arriving without one are subject to destination inspection and a penalty of 15% of the customs value, or are rejected and re-exported at the importer's cost.",
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'food-contact',
        'textiles',
        'footwear',
        'chemicals',
        'cosmetics',
      ],
    },
    certifications: ['KE-PVOC-COC'],
    documents: ['test_report', 'commercial_invoice', 'packing_list'],
    advice:
      'Book the PVoC inspection with the appointed agent in the country of supply before the goods are loaded.',
    source: PVOC,
    // in force by (commencement not verified)
    effectiveFrom: '2020-05-29',
  },
  {
    id: 'KE-ISM',
    version: 1,
    jurisdiction: 'KE',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Imported products in scope must carry the KEBS Import Standardization Mark',
    requirement:
      'Imported products covered by the Import Standardization Mark scheme must carry an ISM sticker, obtained by the importer from KEBS and applied before the goods are offered for sale.',
    scope: {
      categories: ['electronics', 'cosmetics', 'food', 'food-contact', 'chemicals', 'textiles', 'footwear'],
    },
    certifications: ['KE-ISM'],
    labelling: ['KEBS Import Standardization Mark (ISM) sticker'],
    source: { ...PVOC, title: 'Standards (Import Standardization Mark) Order, Standards Act (Cap. 496)' },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'KE-CA-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'KE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Communications and radio equipment must be type-approved by the Communications Authority',
    requirement:
      "Communications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, routers, drones' radio links) may be imported, sold or used only after type approval by the Communications Authority of Kenya, by a licensed vendor.",
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['KE-CA-TA'],
    documents: ['test_report'],
    source: {
      title:
        'Kenya Information and Communications Act 1998; Kenya Information and Communications (Importation, Type Approval and Distribution of Communications Equipment) Regulations',
      url: 'https://www.ca.go.ke/',
      publisher: 'Communications Authority of Kenya',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'KE-ACA-RECORDATION',
    version: 1,
    jurisdiction: 'KE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'IP rights on imported branded goods must be recorded with the Anti-Counterfeit Authority',
    requirement:
      'Trade marks and other IP rights on goods imported into Kenya must be recorded by their owner with the Anti-Counterfeit Authority (renewed each year), and importers other than the owner must notify the ACA of the goods; importing goods whose IP is not recorded is an offence and the goods may be seized, in phases by product group starting with electrical and electronic goods.',
    scope: {
      categories: ['electronics', 'luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    certifications: ['KE-ACA-RECORDATION'],
    documents: ['authenticity_verification'],
    advice:
      'Ask the brand owner for its ACA recordation number before shipping; keep its authorisation with the documents.',
    source: {
      title:
        'Anti-Counterfeit Act 2008, section 34B; Anti-Counterfeit (Recordation) Regulations, 2021 (Legal Notice 118 of 2021)',
      url: 'https://www.aca.go.ke/',
      publisher: 'Anti-Counterfeit Authority',
    },
    effectiveFrom: '2023-01-01',
  },
  {
    id: 'KE-PPB',
    version: 1,
    jurisdiction: 'KE',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medicines and medical devices must be registered with the Pharmacy and Poisons Board',
    requirement:
      'Medicines, medical devices and IVDs may be imported only by a licensed importer, when registered or listed with the Pharmacy and Poisons Board through a local technical representative, with an import permit for each consignment.',
    scope: { categories: ['medicine', 'medical-device'] },
    certifications: ['KE-PPB'],
    documents: ['import_permit', 'registration_certificate'],
    source: {
      title: 'Pharmacy and Poisons Act (Cap. 244)',
      url: 'https://web.pharmacyboardkenya.org/',
      publisher: 'Pharmacy and Poisons Board',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'KE-PLASTIC-BAGS',
    version: 1,
    jurisdiction: 'KE',
    topic: 'environment',
    effect: 'prohibited',
    title: 'Plastic carrier and flat bags may not be imported, made or used',
    requirement:
      'The use, manufacture and importation of plastic bags for commercial and household packaging (carrier bags and flat bags) is banned; only listed industrial primary packaging is exempt.',
    scope: { categories: [], hsPrefixes: ['392321', '392329'] },
    source: {
      title: 'Environmental Management and Co-ordination Act; Gazette Notice No. 2356 of 2017',
      url: 'https://www.nema.go.ke/',
      publisher: 'National Environment Management Authority (Kenya)',
    },
    effectiveFrom: '2017-08-28',
  },
  {
    id: 'KE-DATA-PROTECTION',
    version: 1,
    jurisdiction: 'KE',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products processing personal data are subject to the Data Protection Act 2019',
    requirement:
      'Data controllers and processors handling personal data in Kenya must register with the Office of the Data Protection Commissioner where required, process lawfully and securely, notify breaches within 72 hours and transfer data abroad only with safeguards.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Data Protection Act, 2019 (No. 24 of 2019)',
      url: 'https://www.odpc.go.ke/',
      publisher: 'Office of the Data Protection Commissioner (Kenya)',
    },
    effectiveFrom: '2019-11-25',
  },
  {
    id: 'KE-BRIBERY',
    version: 1,
    jurisdiction: 'KE',
    topic: 'anti_corruption',
    effect: 'information',
    title:
      'Bribery, including of foreign officials, is an offence; companies must have prevention procedures',
    requirement:
      'Giving or receiving bribes, and bribing foreign public officials, are offences under the Bribery Act 2016; private entities must put in place procedures to prevent bribery, and failing to prevent bribery by an associate is an offence.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Bribery Act, 2016 (No. 47 of 2016)',
      url: 'https://eacc.go.ke/',
      publisher: 'Ethics and Anti-Corruption Commission (Kenya)',
    },
    effectiveFrom: '2017-01-13',
  },
  {
    id: 'KE-FIREARMS',
    version: 1,
    jurisdiction: 'KE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Firearms, air guns and ammunition need a Firearms Licensing Board permit',
    requirement:
      'Firearms (including air guns and imitation firearms treated as such), their parts and ammunition may be imported only with a permit and licence issued under the Firearms Act by the Firearms Licensing Board.',
    scope: { categories: ['weapon-like'] },
    documents: ['import_permit'],
    source: {
      title: 'Firearms Act (Cap. 114)',
      url: 'https://www.kenyalaw.org/',
      publisher: 'Kenya Law (National Council for Law Reporting)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
];
