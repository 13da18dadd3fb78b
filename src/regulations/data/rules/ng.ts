import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Nigeria: SONCAP (product certificate and SONCAP certificate per shipment), NAFDAC registration, NCC type
 * approval, the Nigeria Customs Service import prohibition lists, Form M, the Nigeria Data Protection Act and
 * the anti-corruption law. Where the law's commencement could not be verified, `effectiveFrom` is a date by which
 * the rule was in force (marked "in force by").
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

const PROHIBITION_LIST: Source = {
  title:
    'Customs, Excise Tariff, etc. (Consolidation) Act, Schedule 3 (import prohibition list) and Schedule 4 (absolute prohibitions)',
  url: 'https://customs.gov.ng/ProhibitionList/import.php',
  publisher: 'Nigeria Customs Service',
};

const NAFDAC: Source = {
  title: 'National Agency for Food and Drug Administration and Control Act (Cap N1 LFN 2004)',
  url: 'https://www.nafdac.gov.ng/',
  publisher: 'NAFDAC',
};

export const rules: RuleInput[] = [
  {
    id: 'NG-SONCAP',
    version: 1,
    jurisdiction: 'NG',
    topic: 'certification',
    effect: 'requirement',
    title: 'Regulated products need a SONCAP Product Certificate and a SONCAP Certificate per shipment',
    requirement:
      'Products regulated by SON (electrical and electronic goods, toys, textiles and footwear, household articles, chemicals and others not under NAFDAC) need a SONCAP Product Certificate from an accredited certification body, showing conformity with Nigerian Industrial Standards or approved international standards, and a SONCAP Certificate for each shipment, declared with the Form M; customs will not release regulated goods without it.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'food-contact',
        'textiles',
        'footwear',
        'chemicals',
      ],
    },
    certifications: ['NG-SONCAP-PC', 'NG-SONCAP-SC'],
    documents: ['test_report', 'commercial_invoice'],
    advice:
      'Start the Product Certificate before the Form M; goods shipped without a SONCAP Certificate face delays, re-inspection and penalties.',
    source: {
      title: 'Standards Organisation of Nigeria Act 2015; SONCAP',
      url: 'https://son.gov.ng/',
      publisher: 'Standards Organisation of Nigeria',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-06-01',
  },
  {
    id: 'NG-NAFDAC-REGISTRATION',
    version: 1,
    jurisdiction: 'NG',
    topic: 'certification',
    effect: 'restricted',
    title: 'Food, drugs, cosmetics, medical devices and chemicals must be registered with NAFDAC',
    requirement:
      'Food (including supplements and packaged water), drugs, cosmetics, medical devices, detergents and chemicals may not be imported, advertised, sold or distributed in Nigeria unless registered with NAFDAC by a Nigerian company or appointed representative; each import needs a NAFDAC permit and the registration number must appear on the label.',
    scope: { categories: ['food', 'medicine', 'cosmetics', 'medical-device', 'chemicals'] },
    certifications: ['NG-NAFDAC'],
    documents: ['registration_certificate', 'import_permit', 'certificate_of_origin'],
    labelling: [
      'NAFDAC registration number',
      'product name, manufacturer and country of origin',
      'batch, production and expiry dates',
    ],
    source: NAFDAC,
    // in force by (commencement not verified)
    effectiveFrom: '2005-01-01',
  },
  {
    id: 'NG-NCC-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'NG',
    topic: 'certification',
    effect: 'requirement',
    title: 'Communications and radio equipment must be type-approved by the NCC',
    requirement:
      "Communications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, routers, drones' radio links) may be imported, sold or connected only after type approval by the Nigerian Communications Commission.",
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['NG-NCC-TA'],
    documents: ['test_report'],
    source: {
      title: 'Nigerian Communications Act 2003; NCC Type Approval Regulations',
      url: 'https://www.ncc.gov.ng/',
      publisher: 'Nigerian Communications Commission',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'NG-FORM-M',
    version: 1,
    jurisdiction: 'NG',
    topic: 'prohibited_restricted',
    effect: 'requirement',
    title: 'Every commercial import needs a Form M through an authorised bank and a PAAR before clearance',
    requirement:
      'Commercial imports must be declared on a Form M through an authorised dealer bank before shipment (with the proforma invoice, insurance and, for regulated goods, SONCAP or NAFDAC documents); customs issues a Pre-Arrival Assessment Report (PAAR) used for clearance.',
    scope: { categories: ANY_GOODS, channels: ['b2b_import'] },
    documents: ['commercial_invoice', 'packing_list', 'customs_pre_approval'],
    source: {
      title:
        'Foreign Exchange (Monitoring and Miscellaneous Provisions) Act; Central Bank of Nigeria Foreign Exchange Manual (Form M)',
      url: 'https://www.cbn.gov.ng/',
      publisher: 'Central Bank of Nigeria',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-01-01',
  },
  {
    id: 'NG-IMPORT-PROHIBITION-FOOD',
    version: 1,
    jurisdiction: 'NG',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title:
      'Poultry, pork, beef, eggs, refined vegetable oil, pasta, fruit juice and bottled water are on the import prohibition list',
    requirement:
      "The import prohibition list forbids commercial imports of: live or dead birds and frozen poultry; pork and beef; birds' eggs (except hatching eggs); refined vegetable oils and fats (except linseed, castor and olive oil); cane or beet sugar with added flavouring or colouring in retail packs; cocoa butter, powder and cakes; spaghetti and noodles; fruit juice in retail packs; waters and non-alcoholic beverages with added sugar or flavouring; beer and stout.",
    scope: {
      categories: [],
      hsPrefixes: [
        '0105',
        '0207',
        '0201',
        '0202',
        '0203',
        '0204',
        '0407',
        '1507',
        '1508',
        '1511',
        '1512',
        '1513',
        '1514',
        '1515',
        '1516',
        '1803',
        '1804',
        '1805',
        '1902',
        '2009',
        '2201',
        '2202',
        '2203',
      ],
    },
    source: PROHIBITION_LIST,
    // in force by (commencement not verified)
    effectiveFrom: '2014-01-01',
  },
  {
    id: 'NG-IMPORT-PROHIBITION-GOODS',
    version: 1,
    jurisdiction: 'NG',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Used clothing, bagged cement and listed medicines are on the import prohibition list',
    requirement:
      'Second-hand clothing, bagged cement and a list of common medicines (e.g. paracetamol, metronidazole, chloroquine, multivitamin and aspirin tablets and syrups, intravenous fluids) are on the import prohibition list; soaps and detergents in retail packs and some household goods are also listed.',
    scope: { categories: [], hsPrefixes: ['6309', '252329', '3401', '3402'] },
    source: PROHIBITION_LIST,
    // in force by (commencement not verified)
    effectiveFrom: '2014-01-01',
  },
  {
    id: 'NG-ABSOLUTE-PROHIBITION',
    version: 1,
    jurisdiction: 'NG',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Air pistols, disguised weapons, counterfeit goods and toxic waste are absolutely prohibited',
    requirement:
      'Absolutely prohibited imports include air pistols, pistols disguised in any form, weapons designed to discharge noxious liquid or gas (e.g. pepper spray) and their ammunition, counterfeit and pirated goods including counterfeit coins, and nuclear and toxic waste.',
    scope: { categories: ['weapon-like'] },
    source: PROHIBITION_LIST,
    // in force by (commencement not verified)
    effectiveFrom: '2014-01-01',
  },
  {
    id: 'NG-COUNTERFEIT',
    version: 1,
    jurisdiction: 'NG',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Counterfeit and pirated goods are absolutely prohibited imports',
    requirement:
      'Counterfeit and pirated goods are absolutely prohibited: customs seize them. Importers of branded goods they do not own must be able to prove the goods are genuine.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: PROHIBITION_LIST,
    // in force by (commencement not verified)
    effectiveFrom: '2014-01-01',
  },
  {
    id: 'NG-NDPA',
    version: 1,
    jurisdiction: 'NG',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products processing personal data are subject to the Nigeria Data Protection Act',
    requirement:
      'Data controllers and processors handling personal data of people in Nigeria must process lawfully, secure the data, notify breaches to the Nigeria Data Protection Commission within 72 hours, and register where they are of major importance; cross-border transfers need adequacy or safeguards.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Nigeria Data Protection Act 2023',
      url: 'https://ndpc.gov.ng/',
      publisher: 'Nigeria Data Protection Commission',
    },
    effectiveFrom: '2023-06-12',
  },
  {
    id: 'NG-ANTI-CORRUPTION',
    version: 1,
    jurisdiction: 'NG',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribery of public officers, including customs officers, is an offence',
    requirement:
      'Offering or giving any gratification to a public officer (including customs, SON and NAFDAC officers) to act or forbear in official duties is an offence under the Corrupt Practices and Other Related Offences Act 2000, investigated by the ICPC.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Corrupt Practices and Other Related Offences Act 2000',
      url: 'https://icpc.gov.ng/',
      publisher: 'Independent Corrupt Practices and Other Related Offences Commission',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-06-13',
  },
  {
    id: 'NG-NESREA-EEE',
    version: 1,
    jurisdiction: 'NG',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Importers of electrical and electronic equipment must register with NESREA and join the EPR programme',
    requirement:
      'Importers, manufacturers and distributors of electrical and electronic equipment must register with NESREA and take part in extended producer responsibility for e-waste; imports of used EEE must be functional, tested and documented, and imports of e-waste are prohibited.',
    scope: { categories: ['electronics'] },
    documents: ['registration_certificate'],
    source: {
      title: 'National Environmental (Electrical/Electronic Sector) Regulations 2011 (S.I. No. 23 of 2011)',
      url: 'https://www.nesrea.gov.ng/',
      publisher: 'National Environmental Standards and Regulations Enforcement Agency',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2012-01-01',
  },
];
