import type { RuleInput } from '../../knowledge/knowledge.model.ts';

/**
 * India: the basic rules for consumer goods imports (BIS quality control orders, Legal Metrology, CDSCO and
 * the e-cigarette ban). Cited on the regulators' own sites (bis.gov.in, crsbis.in, cdsco.gov.in,
 * consumeraffairs.nic.in) and India Code.
 */

export const rules: RuleInput[] = [
  {
    id: 'IN-BIS-CRS-ELECTRONICS',
    version: 1,
    jurisdiction: 'IN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Electronics and IT goods in the CRS Schedule need BIS registration before import or sale',
    requirement:
      'Goods listed in the Schedule of the Electronics and Information Technology Goods (Requirements for Compulsory Registration) Order, 2012 (laptops, tablets, printers, monitors, power adaptors for IT and audio-video equipment and the items added to the Schedule since) may not be manufactured, imported, sold or distributed unless they are tested to the specified Indian Standard in a BIS-recognised laboratory, registered with BIS and marked with the Standard Mark and registration number. Check the current Schedule on crsbis.in: products have been added by later amendments with their own start dates.',
    scope: { categories: ['it-equipment', 'charger'] },
    certifications: ['IN-BIS-CRS'],
    documents: ['test_report', 'registration_certificate'],
    labelling: ['BIS Standard Mark with the registration number (R-number)'],
    advice:
      'Foreign manufacturers register through an authorised Indian representative; customs checks the registration at the border, so register before shipping.',
    source: {
      title:
        'Electronics and Information Technology Goods (Requirements for Compulsory Registration) Order, 2012',
      url: 'https://www.crsbis.in/BIS/',
      publisher: 'Bureau of Indian Standards',
    },
    effectiveFrom: '2013-07-03',
  },
  {
    id: 'IN-TOYS-QCO',
    version: 1,
    jurisdiction: 'IN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys must conform to the Indian toy standards and bear the ISI mark under a BIS licence',
    requirement:
      'Under the Toys (Quality Control) Order, 2020, toys (products designed or intended for play by children under 14) must conform to IS 9873 (parts 1, 2, 3, 4, 7 and 9) and, for electric toys, IS 15644, and bear the Standard Mark (ISI mark) under a licence from BIS (Scheme-I of Schedule-II of the BIS (Conformity Assessment) Regulations, 2018). No person may manufacture, import, distribute, sell, store or exhibit for sale a toy without the ISI mark.',
    scope: { categories: ['toys'] },
    certifications: ['IN-BIS-ISI'],
    documents: ['test_report'],
    labelling: ['ISI Standard Mark with the licence number (CM/L-)'],
    advice:
      'Factories outside India apply under the Foreign Manufacturers Certification Scheme, with factory inspection; allow several months before the first shipment.',
    source: {
      title: 'Toys (Quality Control) Order, 2020 (S.O. 853(E)), as amended by S.O. 3146(E)',
      url: 'https://www.bis.gov.in',
      publisher: 'Bureau of Indian Standards',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'IN-ECIG-PROHIBITED',
    version: 1,
    jurisdiction: 'IN',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Electronic cigarettes, heat-not-burn products and e-hookahs may not be imported or sold',
    requirement:
      'The Prohibition of Electronic Cigarettes Act, 2019 prohibits the production, manufacture, import, export, transport, sale, distribution, storage and advertisement of electronic cigarettes: any device that heats a substance, with or without nicotine, to create an aerosol for inhalation, including all electronic nicotine delivery systems, heat-not-burn products and e-hookahs, and their parts. Products licensed under the Drugs and Cosmetics Act, 1940 are excluded.',
    scope: { categories: ['e-cigarette'], hsPrefixes: ['854340'] },
    advice: 'Do not ship; consignments are seized and offences carry imprisonment and fines.',
    source: {
      title:
        'The Prohibition of Electronic Cigarettes (Production, Manufacture, Import, Export, Transport, Sale, Distribution, Storage and Advertisement) Act, 2019',
      article: 'Sections 1(2), 2(d), 4',
      url: 'https://www.indiacode.nic.in',
      publisher: 'India Code (Legislative Department)',
    },
    effectiveFrom: '2019-09-18',
  },
  {
    id: 'IN-LEGAL-METROLOGY-PACKAGED',
    version: 1,
    jurisdiction: 'IN',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Pre-packaged imported goods carry the Legal Metrology declarations, including the importer and the MRP',
    requirement:
      'Pre-packaged commodities sold at retail carry on the package the declarations of the Legal Metrology (Packaged Commodities) Rules, 2011: name and address of the manufacturer and, for imported packages, of the importer and the country of origin; the common or generic name; the net quantity in standard units; the month and year of manufacture or import; the retail sale price (MRP, inclusive of all taxes); and consumer care details. Imported packages are declared before customs clearance.',
    scope: {
      categories: [
        'electronics',
        'cosmetics',
        'toys',
        'food',
        'food-supplement',
        'food-contact',
        'textiles',
        'jewellery',
      ],
    },
    labelling: [
      'name and address of the manufacturer and of the importer',
      'country of origin',
      'common or generic name of the commodity',
      'net quantity',
      'month and year of manufacture or import',
      'retail sale price (MRP) inclusive of all taxes',
      'consumer care contact',
    ],
    source: {
      title: 'Legal Metrology (Packaged Commodities) Rules, 2011',
      article: 'Rule 6',
      url: 'https://consumeraffairs.nic.in',
      publisher: 'Department of Consumer Affairs, Government of India',
    },
    effectiveFrom: '2011-04-01',
  },
  {
    id: 'IN-COSMETICS-IMPORT-REGISTRATION',
    version: 1,
    jurisdiction: 'IN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported cosmetics need a CDSCO registration certificate',
    requirement:
      'Cosmetics may be imported into India only under a registration certificate granted by the Central Licensing Authority (CDSCO) under the Cosmetics Rules, 2020, applied for on the SUGAM portal by the manufacturer, its authorised agent or the importer, for each brand and its products; the imported products carry the registration certificate number and the importer on the label.',
    scope: { categories: ['cosmetics'] },
    certifications: ['IN-CDSCO-COSMETIC'],
    documents: ['registration_certificate'],
    labelling: ['import registration certificate number', 'name and address of the importer'],
    source: {
      title: 'Cosmetics Rules, 2020',
      url: 'https://cdsco.gov.in',
      publisher: 'Central Drugs Standard Control Organisation',
    },
    effectiveFrom: '2020-12-15',
  },
  {
    id: 'IN-MEDICAL-DEVICE-IMPORT',
    version: 1,
    jurisdiction: 'IN',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Medical devices are imported only under a CDSCO import licence',
    requirement:
      'Medical devices may be imported only under an import licence granted by the Central Licensing Authority under the Medical Devices Rules, 2017, applied for by the authorised agent in India of the foreign manufacturer, with the device class and its conformity documents.',
    scope: { categories: ['medical-device'] },
    certifications: ['IN-CDSCO-DEVICE'],
    documents: ['import_licence', 'technical_documentation'],
    source: {
      title: 'Medical Devices Rules, 2017',
      url: 'https://cdsco.gov.in',
      publisher: 'Central Drugs Standard Control Organisation',
    },
    effectiveFrom: '2018-01-01',
  },
];
