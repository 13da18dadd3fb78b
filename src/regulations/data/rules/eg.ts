import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Egypt: GOEIC registration of factories and trade-mark owners for the products of Decree 43/2016, GOEIC import
 * inspection, Advance Cargo Information (ACI), NTRA type approval, the Egyptian Drug Authority, the Personal Data
 * Protection Law and bribery. Where the law's commencement could not be verified, `effectiveFrom` is a date by which
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

const DECREE_43: Source = {
  title:
    'Minister of Trade and Industry Decree No. 43 of 2016 on the registration of factories qualified to export to Egypt',
  article: 'Art. 1–2',
  url: 'https://www.goeic.gov.eg/',
  publisher: 'GOEIC',
};

export const rules: RuleInput[] = [
  {
    id: 'EG-GOEIC-FACTORY-REGISTRATION',
    version: 1,
    jurisdiction: 'EG',
    topic: 'certification',
    effect: 'restricted',
    title:
      'Listed consumer goods are released only if the factory or trade-mark owner is registered with GOEIC',
    requirement:
      'Products on the list of Decree 43/2016 imported for trade — including household electrical appliances, lighting, cosmetics and personal care, toys, textiles, clothing and home textiles, cutlery and kitchen utensils, tableware, furniture, sanitary ware, dairy, confectionery, chocolate, pasta, juices and waters — are released by customs only if made by a factory, or imported from a trade-mark owner or its distribution centre, registered in the GOEIC register. Registration requires a quality-management certificate from an ILAC/IAF-recognised body and must be kept up to date.',
    scope: {
      categories: [
        'household-appliance',
        'lighting',
        'cosmetics',
        'toys',
        'textiles',
        'food-contact',
        'childcare-articles',
      ],
      hsPrefixes: [
        '0401',
        '0402',
        '0403',
        '0404',
        '0405',
        '0406',
        '1704',
        '1806',
        '1902',
        '1905',
        '2009',
        '2201',
        '2202',
        '9403',
      ],
    },
    certifications: ['EG-GOEIC-REG'],
    documents: ['registration_certificate', 'certificate_of_origin'],
    advice:
      'Check that the manufacturer or brand owner appears in the GOEIC register before the goods are shipped; unregistered goods are not released.',
    source: DECREE_43,
    effectiveFrom: '2016-03-16',
  },
  {
    id: 'EG-GOEIC-INSPECTION',
    version: 1,
    jurisdiction: 'EG',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported consumer goods are inspected by GOEIC against Egyptian standards',
    requirement:
      'Imported goods subject to quality control are inspected and sampled by GOEIC at the port against the Egyptian standards (or an approved international standard) before release; certificates from accredited bodies can speed up release, and Arabic labelling with origin and importer data is checked.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'food-contact',
        'textiles',
        'footwear',
        'cosmetics',
        'food',
      ],
    },
    documents: ['test_report', 'certificate_of_origin'],
    labelling: ['Arabic labelling with the importer and country of origin'],
    source: {
      title:
        'Law No. 118 of 1975 on import and export; Ministerial Decree No. 770 of 2005 (executive regulations)',
      url: 'https://www.goeic.gov.eg/',
      publisher: 'GOEIC',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2005-12-01',
  },
  {
    id: 'EG-ACI',
    version: 1,
    jurisdiction: 'EG',
    topic: 'prohibited_restricted',
    effect: 'requirement',
    title: 'Sea shipments need Advance Cargo Information (ACID) registered on Nafeza before loading',
    requirement:
      'The Egyptian importer must register the shipment on the Nafeza platform and obtain an ACID number before the goods are loaded; the foreign exporter must be registered on CargoX and send the electronic documents (invoice, packing list, certificate of origin) through it. Shipments without an ACID are not released.',
    scope: { categories: ANY_GOODS, channels: ['b2b_import'] },
    documents: ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'customs_pre_approval'],
    source: {
      title: 'Customs Law No. 207 of 2020; Advance Cargo Information system',
      url: 'https://www.nafeza.gov.eg/',
      publisher: 'Egyptian Customs Authority (Nafeza)',
    },
    effectiveFrom: '2021-10-01',
  },
  {
    id: 'EG-NTRA-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'EG',
    topic: 'certification',
    effect: 'requirement',
    title: 'Telecom and radio equipment needs NTRA type approval before import',
    requirement:
      'Telecommunications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, routers) may be imported, manufactured or sold only after type approval by the National Telecom Regulatory Authority, and imports are released with NTRA approval.',
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['EG-NTRA-TA'],
    documents: ['test_report'],
    source: {
      title: 'Telecommunication Regulation Law No. 10 of 2003',
      url: 'https://www.tra.gov.eg/en/',
      publisher: 'National Telecom Regulatory Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2004-01-01',
  },
  {
    id: 'EG-DRONES',
    version: 1,
    jurisdiction: 'EG',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Drones may not be imported or used without prior security approval',
    requirement:
      'Unmanned aircraft may be imported, traded or used in Egypt only with prior approval from the competent authorities (Ministry of Defence and civil aviation); drones brought in without it are seized at the border.',
    scope: { categories: ['drone'] },
    documents: ['import_permit'],
    source: {
      title: 'Law No. 216 of 2017 on the regulation of unmanned aircraft',
      url: 'https://www.civilaviation.gov.eg/',
      publisher: 'Egyptian Ministry of Civil Aviation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2018-01-01',
  },
  {
    id: 'EG-EDA-REGISTRATION',
    version: 1,
    jurisdiction: 'EG',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medicines, medical devices and cosmetics must be registered with the Egyptian Drug Authority',
    requirement:
      'Medicines, medical devices and cosmetics may be imported and sold only once registered or notified with the Egyptian Drug Authority by a local company, with EDA release approval for each shipment.',
    scope: { categories: ['medicine', 'medical-device', 'cosmetics'] },
    certifications: ['EG-EDA-REG'],
    documents: ['registration_certificate', 'import_permit'],
    source: {
      title: 'Law No. 151 of 2019 establishing the Egyptian Drug Authority',
      url: 'https://www.edaegypt.gov.eg/',
      publisher: 'Egyptian Drug Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2020-01-01',
  },
  {
    id: 'EG-PDPL',
    version: 1,
    jurisdiction: 'EG',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products processing personal data are subject to the Personal Data Protection Law',
    requirement:
      'Controllers and processors of personal data in Egypt need a licence or permit from the Personal Data Protection Centre, must secure data and notify breaches, and may transfer data abroad only to countries with adequate protection or with a licence.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Law No. 151 of 2020 on the protection of personal data',
      url: 'https://www.itida.gov.eg/',
      publisher: 'Information Technology Industry Development Agency (Egypt)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2020-10-15',
  },
  {
    id: 'EG-BRIBERY',
    version: 1,
    jurisdiction: 'EG',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribing public officials, including customs officers, is a crime under the Penal Code',
    requirement:
      'Offering or giving a bribe to a public official (including customs and GOEIC inspectors) to perform, omit or breach a duty is punishable under the Egyptian Penal Code; the briber and intermediary are punished like the official.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Egyptian Penal Code (Law No. 58 of 1937), Book Two, Part Three (bribery)',
      url: 'https://www.cabinet.gov.eg/',
      publisher: 'Egyptian Cabinet',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'EG-NFSA-FOOD',
    version: 1,
    jurisdiction: 'EG',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported food is controlled by the National Food Safety Authority and labelled in Arabic',
    requirement:
      'Imported food is inspected and released by the National Food Safety Authority, which may require registration of the product and the exporting establishment, a health certificate from the exporting country, and labelling in Arabic (name, ingredients, net content, production and expiry dates, origin, importer); meat and poultry need a halal certificate.',
    scope: { categories: ['food'] },
    documents: ['health_certificate', 'certificate_of_origin'],
    labelling: [
      'Arabic labelling: name, ingredients, net content, production and expiry dates, origin, importer',
    ],
    source: {
      title: 'Law No. 1 of 2017 establishing the National Food Safety Authority',
      url: 'https://www.nfsa.gov.eg/',
      publisher: 'National Food Safety Authority (Egypt)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2018-01-01',
  },
  {
    id: 'EG-WEAPONS',
    version: 1,
    jurisdiction: 'EG',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Weapons, ammunition and similar goods need a Ministry of Interior licence',
    requirement:
      'Firearms, air guns, ammunition, and weapons listed in the schedules of the weapons law (including certain bladed weapons and electric shock devices) may be imported and held only with a licence from the Ministry of Interior.',
    scope: { categories: ['weapon-like'] },
    documents: ['import_licence'],
    source: {
      title: 'Law No. 394 of 1954 on weapons and ammunition, as amended',
      url: 'https://www.moi.gov.eg/',
      publisher: 'Egyptian Ministry of Interior',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'EG-COUNTERFEIT',
    version: 1,
    jurisdiction: 'EG',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Goods bearing counterfeit trade marks are seized; importers of third-party brands must prove authenticity',
    requirement:
      "Importing or trading goods bearing a counterfeit or imitated registered trade mark is an offence under the Intellectual Property Law; customs may suspend release on the right holder's request. Trade-mark owners and their distributors also need GOEIC registration for goods on the Decree 43/2016 list.",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: {
      title: 'Law No. 82 of 2002 on the protection of intellectual property rights',
      url: 'https://www.customs.gov.eg/',
      publisher: 'Egyptian Customs Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2003-01-01',
  },
];
