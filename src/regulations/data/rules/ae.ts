import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * United Arab Emirates: MoIAT's conformity schemes (ECAS, EQM) for regulated products — low-voltage equipment,
 * RoHS, toys, cosmetics, electronic nicotine products, energy labels — the GCC G-mark, TDRA type approval, medical
 * device registration, food registration and labelling, the single-use products ban, weapons, trade marks, personal
 * data and bribery. Where the law's commencement could not be verified, `effectiveFrom` is a date by which the rule
 * was in force (marked "in force by").
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

const MOIAT: Source = {
  title: 'UAE technical regulations and the Emirates Conformity Assessment Scheme (ECAS)',
  url: 'https://moiat.gov.ae/en/',
  publisher: 'UAE Ministry of Industry and Advanced Technology',
};

const SINGLE_USE: Source = {
  title:
    "Ministerial Resolution No. 380 of 2022 regulating the use of single-use products in the country's markets",
  article: 'Art. 4–5',
  url: 'https://www.moccae.gov.ae/en/',
  publisher: 'UAE Ministry of Climate Change and Environment',
};

export const rules: RuleInput[] = [
  {
    id: 'AE-LOW-VOLTAGE-ECAS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Low-voltage electrical equipment must be registered and certified under ECAS',
    requirement:
      'Electrical equipment for 50–1000 V AC (appliances, chargers and adapters, lighting, IT equipment) is a regulated product: it must be registered with MoIAT and hold an ECAS certificate of conformity (on test reports to the UAE/IEC standards, CB reports accepted) before it is imported or sold, with the UAE plug type (BS 1363) where fitted and markings in Arabic or English.',
    scope: {
      categories: ['household-appliance', 'charger', 'lighting', 'it-equipment', 'electronics'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['AE-ECAS'],
    documents: ['test_report', 'technical_documentation'],
    labelling: [
      'rated voltage 220–240 V, 50 Hz',
      'manufacturer, model and country of origin',
      'ECAS/EQM mark where required',
    ],
    source: { ...MOIAT, title: 'UAE Technical Regulation for Low Voltage Electrical Equipment (ECAS)' },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'AE-GCC-G-MARK',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Household appliances listed in the GCC low-voltage regulation must carry the G-mark',
    requirement:
      'Household low-voltage appliances listed in the GCC Technical Regulation BD-131704-01 (kettles, irons, hair dryers, toasters, blenders, vacuum cleaners, heaters, air conditioners, refrigerators, washing machines, extension cords and others) must be certified by a GSO-notified body and carry the GCC conformity tracking symbol (G-mark).',
    scope: { categories: ['household-appliance'], when: { fact: 'mains.present', op: 'eq', value: true } },
    certifications: ['G-MARK'],
    documents: ['technical_documentation', 'test_report'],
    labelling: ['GCC conformity tracking symbol (G-mark) with QR code'],
    source: {
      title: 'GCC Technical Regulation for Low Voltage Electrical Equipment and Appliances (BD-131704-01)',
      url: 'https://www.gso.org.sa/en/',
      publisher: 'GCC Standardization Organization (GSO)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-07-01',
  },
  {
    id: 'AE-ROHS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'substances',
    effect: 'requirement',
    title: 'Electrical and electronic equipment must meet the UAE RoHS regulation and be ECAS-registered',
    requirement:
      'Electrical and electronic equipment (including battery-powered devices, power banks and chargers) must not exceed the maximum concentrations of lead, mercury, cadmium, hexavalent chromium, PBB and PBDE (0.1% by weight in homogeneous materials; cadmium 0.01%), aligned with the EU RoHS Directive, and must be registered under ECAS with a RoHS test report or declaration.',
    scope: {
      // Equipment, not loose batteries (regulated separately, as under the EU RoHS Directive).
      categories: [
        'radio-equipment',
        'power-bank',
        'charger',
        'household-appliance',
        'lighting',
        'laser-product',
        'it-equipment',
      ],
      hsPrefixes: ['8516', '8517', '8518', '8521', '8525', '8527', '8528', '8543'],
    },
    certifications: ['AE-ECAS'],
    documents: ['test_report', 'declaration_of_conformity'],
    source: {
      ...MOIAT,
      title:
        'Cabinet Decision No. 10 of 2017 on the UAE Regulation for the restriction of hazardous substances in electrical and electronic equipment',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2018-01-01',
  },
  {
    id: 'AE-ENERGY-LABEL',
    version: 1,
    jurisdiction: 'AE',
    topic: 'environment',
    effect: 'requirement',
    title: 'Air conditioners, refrigerators, washing machines and lamps need an energy efficiency label',
    requirement:
      'Air conditioners, refrigerators and freezers, washing machines, dishwashers, water heaters and lighting products must meet the UAE minimum energy performance standards and carry the UAE energy efficiency (star rating) label, registered under ECAS.',
    scope: { categories: [], hsPrefixes: ['8415', '8418', '842211', '8450', '851610', '8539'] },
    certifications: ['AE-ECAS'],
    documents: ['test_report'],
    labelling: ['UAE energy efficiency star rating label'],
    source: { ...MOIAT, title: 'UAE energy efficiency technical regulations (UAE.S 5010 series) under ECAS' },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'AE-TDRA-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio and telecom equipment must be TDRA type-approved and sold by a registered dealer',
    requirement:
      "Telecommunications and radio terminal equipment (mobile phones, Wi-Fi and Bluetooth devices, short-range devices, drones' radio links) must be type-approved and registered with the TDRA, imported by a TDRA-registered dealer, and labelled with the TDRA registration label before it is sold.",
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['AE-TDRA-TA'],
    documents: ['test_report', 'declaration_of_conformity'],
    labelling: ['TDRA label with equipment and dealer registration numbers'],
    source: {
      title:
        'Federal Law by Decree No. 3 of 2003 (telecommunications sector); TDRA Type Approval Regulations',
      url: 'https://tdra.gov.ae/en/',
      publisher: 'UAE TDRA',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'AE-TOYS-ECAS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys must be certified under ECAS to the UAE/GCC toy safety regulation',
    requirement:
      'Toys for children under 14 years are regulated products: they must be registered and certified under ECAS (test reports to GSO ISO 8124 / EN 71, IEC 62115 for electric toys), with age grading and warnings in Arabic and English.',
    scope: { categories: ['toys'] },
    certifications: ['AE-ECAS'],
    documents: ['test_report'],
    labelling: [
      'age grading and warnings in Arabic and English',
      'manufacturer or importer and country of origin',
    ],
    source: { ...MOIAT, title: "UAE technical regulation for children's toys (ECAS)" },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'AE-COSMETICS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Cosmetics and personal care products must be ECAS-certified and registered locally',
    requirement:
      "Cosmetics and personal care products are regulated products: they must be certified under ECAS against the UAE/GSO cosmetics safety standard (GSO 1943, whose prohibited and restricted substances follow the EU Cosmetics Regulation annexes), registered with the emirate authority where they are sold (e.g. Dubai Municipality's Montaji), and labelled in Arabic and English.",
    scope: { categories: ['cosmetics'] },
    certifications: ['AE-ECAS'],
    documents: ['test_report', 'product_information_file'],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    labelling: [
      'ingredient list',
      'batch number and expiry date',
      'country of origin',
      'Arabic and English labelling',
    ],
    source: {
      ...MOIAT,
      title: 'UAE technical regulation for cosmetics and personal care products (ECAS); GSO 1943',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'AE-ENP-ECAS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Electronic nicotine products must meet UAE.S 5030 and be ECAS-registered',
    requirement:
      'Electronic cigarettes, e-shisha, heated tobacco devices and e-liquids may be sold only if they meet the mandatory standard UAE.S 5030 (ingredients, nicotine content, technical safety, child-resistant packaging, health warnings) and the devices, liquids and packaging labels are registered under ECAS; local health authority approvals may also be needed.',
    scope: { categories: ['e-cigarette'] },
    certifications: ['AE-ECAS'],
    documents: ['test_report'],
    labelling: ['health warnings in Arabic and English', 'nicotine content', 'child-resistant packaging'],
    source: {
      title: 'UAE.S 5030 Electronic Nicotine Products (mandatory standard)',
      url: 'https://moiat.gov.ae/en/digital-participation/blogs/2021/10/18/uae-mandatory-regulation-for-electronic-nicotine-products',
      publisher: 'UAE Ministry of Industry and Advanced Technology',
    },
    // in force by: ESMA announced the standard would be enforced from mid-April 2019
    effectiveFrom: '2019-05-01',
  },
  {
    id: 'AE-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medical devices must be registered federally before import and sale',
    requirement:
      'Medical devices may be imported only by a UAE-licensed establishment and only once registered federally (Emirates Drug Establishment, formerly the Ministry of Health and Prevention), on the basis of approvals in reference countries (CE, FDA and others); each import needs a permit.',
    scope: { categories: ['medical-device'] },
    certifications: ['AE-EDE-MD'],
    documents: ['import_permit', 'declaration_of_conformity'],
    source: {
      title:
        'Federal Law No. 8 of 2019 on medical products, the profession of pharmacy and pharmaceutical establishments',
      url: 'https://www.ede.gov.ae/en',
      publisher: 'Emirates Drug Establishment',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2020-01-01',
  },
  {
    id: 'AE-FOOD',
    version: 1,
    jurisdiction: 'AE',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported food must be registered, certified and labelled in Arabic',
    requirement:
      "Food products must be registered with the food control authority of the emirate of entry (e.g. Dubai Municipality's food import system, Abu Dhabi ADAFSA), travel with a health certificate and a certificate of origin, and be labelled in Arabic (English may be added) per UAE.S GSO 9 with production and expiry dates; meat, poultry and their products need a halal certificate from a body accredited in the UAE.",
    scope: { categories: ['food'] },
    documents: ['health_certificate', 'certificate_of_origin'],
    labelling: [
      'Arabic labelling per UAE.S GSO 9',
      'production and expiry dates',
      'halal certificate for meat products',
    ],
    source: {
      title: 'Federal Law No. 10 of 2015 on food safety',
      url: 'https://www.moccae.gov.ae/en/',
      publisher: 'UAE Ministry of Climate Change and Environment',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'AE-SINGLE-USE-BAGS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'environment',
    effect: 'prohibited',
    title: 'Single-use plastic shopping bags may not be imported, produced or traded',
    requirement:
      'From 1 January 2024 the import, production and trade of single-use plastic shopping bags (including biodegradable plastic bags) is prohibited throughout the UAE, free zones included; thin roll bags and goods clearly marked for export or re-export are exempt.',
    scope: { categories: [], hsPrefixes: ['392321', '392329'] },
    source: SINGLE_USE,
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-12-31',
  },
  {
    id: 'AE-SINGLE-USE-BAGS',
    version: 2,
    jurisdiction: 'AE',
    topic: 'environment',
    effect: 'prohibited',
    title: 'Single-use bags of any material may not be imported, produced or traded',
    requirement:
      'From 1 January 2026 the ban extends to single-use bags of any material (paper, biodegradable and others), in addition to plastic shopping bags; thin roll bags and goods clearly marked for export or re-export are exempt.',
    scope: { categories: [], hsPrefixes: ['392321', '392329', '481930', '481940'] },
    source: SINGLE_USE,
    effectiveFrom: '2026-01-01',
  },
  {
    id: 'AE-SINGLE-USE-PLASTICS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'environment',
    effect: 'restricted',
    title: 'Single-use plastic cups, cutlery, plates, straws, stirrers and foam containers are banned',
    requirement:
      'From 1 January 2026 the import, production and trade of single-use plastic products — cups and lids, cutlery, plates, straws, stirrers, food containers and expanded-polystyrene (foam) boxes — is prohibited. Reusable plastic tableware remains allowed: importers of plastic tableware should be able to show that it is designed for repeated use.',
    scope: { categories: [], hsPrefixes: ['392410', '392310'] },
    documents: ['technical_documentation'],
    advice:
      "Switch single-use lines to reusable or non-plastic alternatives allowed by the Ministry's guide.",
    source: SINGLE_USE,
    effectiveFrom: '2026-01-01',
  },
  {
    id: 'AE-WEAPONS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Weapons, replicas, stun guns and pepper spray need a Ministry of Interior permit',
    requirement:
      'Firearms, ammunition, air guns, replica firearms, electric shock devices, pepper sprays and similar weapons may be imported only with a permit from the Ministry of Interior; without it they are seized.',
    scope: { categories: ['weapon-like'] },
    documents: ['import_permit'],
    source: {
      title:
        'Federal Law No. 17 of 2019 on weapons, ammunition, explosives, military equipment and dangerous materials',
      url: 'https://www.moi.gov.ae/en/',
      publisher: 'UAE Ministry of Interior',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2020-01-01',
  },
  {
    id: 'AE-COUNTERFEIT',
    version: 1,
    jurisdiction: 'AE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Goods infringing registered trade marks are seized at the border',
    requirement:
      "Importing goods bearing a counterfeit or imitated registered trade mark is an offence; customs may suspend release on their own initiative or at the trade-mark owner's request (trade marks may be recorded with the emirate customs authorities). Importers of third-party branded goods must be able to prove the goods are genuine.",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: {
      title: 'Federal Decree-Law No. 36 of 2021 on trademarks',
      url: 'https://www.moec.gov.ae/en/',
      publisher: 'UAE Ministry of Economy',
    },
    effectiveFrom: '2022-01-02',
  },
  {
    id: 'AE-PDPL',
    version: 1,
    jurisdiction: 'AE',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products processing personal data are subject to the UAE Personal Data Protection Law',
    requirement:
      "Controllers and processors of personal data of people in the UAE (outside the DIFC and ADGM, which have their own laws) must process data lawfully, secure it, report breaches and transfer it abroad only under the law's conditions.",
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Federal Decree-Law No. 45 of 2021 on the protection of personal data',
      url: 'https://u.ae/en/about-the-uae/digital-uae/data/data-protection-laws',
      publisher: 'UAE Government portal',
    },
    effectiveFrom: '2022-01-02',
  },
  {
    id: 'AE-BRIBERY',
    version: 1,
    jurisdiction: 'AE',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribing public officials, including foreign officials, is a crime under the UAE Penal Code',
    requirement:
      'Offering or giving an undue benefit to a UAE or foreign public official, or to a private-sector employee, to act or refrain from acting in breach of duty is punishable by imprisonment; customs and inspection officers are public officials.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Federal Decree-Law No. 31 of 2021 promulgating the Crimes and Penalties Law',
      url: 'https://u.ae/en/about-the-uae/the-uae-government/the-uae-constitution-and-laws',
      publisher: 'UAE Government portal',
    },
    effectiveFrom: '2022-01-02',
  },
  {
    id: 'AE-ALCOHOL',
    version: 1,
    jurisdiction: 'AE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Alcoholic drinks may be imported only with the approval of the competent emirate authority',
    requirement:
      "Alcoholic beverages are restricted goods: commercial imports need a licence or approval from the competent authority of the emirate (e.g. Dubai Police / the emirate's licensing authority) and are released only to licensed importers; travellers are limited to the duty-free allowance.",
    scope: { categories: ['alcohol'] },
    documents: ['import_licence'],
    source: {
      title: 'Common Customs Law of the GCC States: prohibited and restricted goods (Dubai Customs)',
      url: 'https://www.dubaicustoms.gov.ae/en/mobile/Pages/ProhibitedandRestrictedGoods.aspx',
      publisher: 'Dubai Customs',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'AE-MEDICINES',
    version: 1,
    jurisdiction: 'AE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Medicines need Ministry of Health approval; controlled medicines a prior permit',
    requirement:
      'Medicines, drugs and medical equipment are restricted goods released only with the approval of the Ministry of Health and Prevention (now the Emirates Drug Establishment): commercial imports must be registered, and travellers carrying narcotic, psychotropic or controlled medicines need prior approval and a prescription.',
    scope: { categories: ['medicine'] },
    documents: ['import_permit'],
    source: {
      title: 'Common Customs Law of the GCC States: prohibited and restricted goods (Dubai Customs)',
      url: 'https://www.dubaicustoms.gov.ae/en/mobile/Pages/ProhibitedandRestrictedGoods.aspx',
      publisher: 'Dubai Customs',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'AE-PLANTS-ANIMALS',
    version: 1,
    jurisdiction: 'AE',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Live animals, plants, fertilisers and pesticides need a Ministry of Climate Change and Environment permit',
    requirement:
      'Live animals and animal products, plants and plant products, fertilisers and pesticides may be imported only with an import permit from the Ministry of Climate Change and Environment and the health or phytosanitary certificates it requires; CITES species also need CITES permits.',
    scope: { categories: ['plants-animals'] },
    documents: ['import_permit', 'phytosanitary_certificate', 'health_certificate', 'cites_permit'],
    source: {
      title: 'Common Customs Law of the GCC States: prohibited and restricted goods (Dubai Customs)',
      url: 'https://www.dubaicustoms.gov.ae/en/mobile/Pages/ProhibitedandRestrictedGoods.aspx',
      publisher: 'Dubai Customs',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'AE-TRAVELLER-ALCOHOL',
    version: 1,
    jurisdiction: 'AE',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Travellers may bring alcoholic drinks only within the duty-free allowance (4 litres)',
    requirement:
      'Adult non-Muslim travellers arriving in Dubai may bring alcoholic beverages duty-free up to 4 litres of spirits or wine, or two cartons of beer (24 cans of 355 mL each); larger quantities are taxed or seized and commercial quantities need an import licence.',
    scope: { categories: ['alcohol'], channels: ['personal_import'] },
    quantityLimit: { amount: 4, unit: 'litres', per: 'person' },
    source: {
      title: 'Common Customs Law of the GCC States: duty-free allowances for travellers (Dubai Customs)',
      url: 'https://www.dubaicustoms.gov.ae/en/mobile/Pages/ProhibitedandRestrictedGoods.aspx',
      publisher: 'Dubai Customs',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-01-01',
  },
];
