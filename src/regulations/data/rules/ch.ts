import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Switzerland: outside the EU and the EEA, Swiss product law is written to match EU law (and the mutual
 * recognition agreement with the EU covers many sectors), so what differs is what an importer must watch:
 * the Swiss authorised representative for medical devices (the MRA was not updated for the MDR), the ban on
 * laser pointers above class 1, the knife categories of the Weapons Act, the Tobacco Products Act from
 * 2024-10-01, the battery advance disposal fee, and counterfeits seized even in private imports.
 */

const fedlex = (title: string, url: string, article?: string): Source =>
  article ? { title, article, url, publisher: 'Fedlex' } : { title, url, publisher: 'Fedlex' };

const TABPV = fedlex(
  'Ordinance on Tobacco Products and Electronic Cigarettes (TabPV), SR 818.321, made under the Tobacco Products Act (TabPG)',
  'https://www.fedlex.admin.ch/eli/cc/2024/491/de',
);

/** Consumer products in the sense of the Product Safety Act (food, medicines and cosmetics have their own law). */
const CONSUMER_CATEGORIES = [
  'electronics',
  'toys',
  'childcare-articles',
  'furniture',
  'textiles',
  'footwear',
  'jewellery',
  'luxury-goods',
  'knives',
];

export const rules: RuleInput[] = [
  {
    id: 'CH-PRSG-SAFETY',
    version: 1,
    jurisdiction: 'CH',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Consumer products must be safe under the Product Safety Act and identify who placed them on the market',
    requirement:
      'The Federal Product Safety Act (PrSG) requires products placed on the Swiss market to be safe under normal and reasonably foreseeable use. Where a product falls under no sector-specific law, the PrSG applies directly; products that meet the EU requirements and are lawfully sold in the EU/EEA may also be sold under the Cassis de Dijon principle. The importer must be able to show conformity on request, identify the product and its manufacturer, and give warnings and instructions in the official languages of the place of sale.',
    scope: { categories: CONSUMER_CATEGORIES },
    labelling: [
      'name and address of the manufacturer or, where it is not in Switzerland, of the importer or its representative',
      'type, batch or serial number',
      'safety warnings and instructions in the official language(s) of the place of sale',
    ],
    advice:
      'Goods built and labelled for the EU market usually meet the Swiss requirements; add the Swiss importer or the EU/EEA contact and keep the EU declaration of conformity and test reports ready for the market surveillance authority.',
    source: fedlex(
      'Federal Act on Product Safety (PrSG), SR 930.11',
      'https://www.fedlex.admin.ch/eli/cc/2010/347/de',
    ),
    effectiveFrom: '2010-07-01',
  },
  {
    id: 'CH-FAV-RADIO-MARKING',
    version: 1,
    jurisdiction: 'CH',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Radio equipment must carry the Swiss or the CE conformity marking, identification and importer details',
    requirement:
      'Under the Ordinance on Telecommunications Installations (FAV), harmonised with the EU Radio Equipment Directive since 13 June 2016, radio equipment must meet the essential requirements and bear the Swiss conformity mark or the CE marking (with the notified body number where one was involved), a type, batch or serial number, the manufacturer name and postal address and, if the manufacturer is not established in Switzerland, the EU or the EEA, the name and postal address of the importer. Equipment on OFCOM’s list of non-compliant equipment may not be imported, sold or used.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'Swiss conformity mark (CH) or CE marking',
      'notified body number where one took part',
      'type, batch or serial number',
      'manufacturer name and postal address',
      'importer name and postal address where the manufacturer is outside Switzerland, the EU and the EEA',
    ],
    advice:
      'A RED-compliant, CE-marked product with an EU importer address meets the Swiss marking rules; check the product is not on OFCOM’s list of non-compliant equipment (e.g. jammers, some wireless cameras).',
    source: {
      title: 'Ordinance on Telecommunications Installations (FAV), SR 784.101.2 — equipment marking',
      article: 'Art. 18 FAV',
      url: 'https://www.bakom.admin.ch/bakom/en/home/geraete-anlagen/marktzugang-funkanlagen/kennzeichnung-der-anlagen.html',
      publisher: 'Federal Office of Communications (OFCOM)',
    },
    effectiveFrom: '2016-06-13',
  },
  {
    id: 'CH-MEDDO-CH-REP',
    version: 1,
    jurisdiction: 'CH',
    topic: 'certification',
    effect: 'requirement',
    title: 'Medical devices of foreign manufacturers need a Swiss authorised representative (CH-REP)',
    requirement:
      'Switzerland aligned its Medical Devices Ordinance (MedDO) with the EU MDR from 26 May 2021, but the mutual recognition agreement with the EU was not updated, so EU and other foreign manufacturers are treated as third-country manufacturers: a device may be placed on the Swiss market only once a Swiss authorised representative with a written mandate has been appointed (Art. 51 MedDO). The CH-REP’s name and address must appear on the device, its packaging or the instructions, and the importer must indicate its name and address. CE marking under the MDR remains the conformity marking.',
    scope: { categories: ['medical-device'] },
    certifications: ['CE', 'CH-MEDDO-CHREP'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'CE marking (with notified body number where applicable)',
      'name and address of the Swiss authorised representative',
      'name and address of the importer',
    ],
    advice:
      'Appoint a CH-REP before the first shipment (the transition periods ended in 2022) and let it hold the technical documentation; the importer must check the device, the CH-REP and the labelling before delivery.',
    source: fedlex(
      'Medical Devices Ordinance (MedDO), SR 812.213',
      'https://www.fedlex.admin.ch/eli/cc/2020/552/en',
      'Art. 51',
    ),
    effectiveFrom: '2021-05-26',
  },
  {
    id: 'CH-TABPG-ECIG',
    version: 1,
    jurisdiction: 'CH',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'E-cigarettes and refills fall under the Tobacco Products Act: notification, composition and warnings',
    requirement:
      'Since 1 October 2024 the Tobacco Products Act (TabPG) and its ordinance (TabPV) regulate electronic cigarettes with and without nicotine directly (before, they entered under the Cassis de Dijon principle). Manufacturers and importers must meet the safety and composition requirements (nicotine liquids at most 20 mg/ml; disposable e-cigarettes and cartridges at most 2 ml of liquid), report the products and their ingredients to the Federal Office of Public Health, and carry the prescribed warnings and product information. Sale to minors is prohibited.',
    scope: { categories: ['e-cigarette'] },
    certifications: ['CH-FOPH-TOBACCO-NOTIFICATION'],
    labelling: [
      'health warning in the official languages',
      'list of ingredients and nicotine content',
      'instructions for use',
    ],
    advice:
      'Products compliant with the EU Tobacco Products Directive generally meet the Swiss limits; notify them to the FOPH before sale and keep the supplier’s ingredient list and emissions data.',
    source: TABPV,
    effectiveFrom: '2024-10-01',
  },
  {
    id: 'CH-TABPG-NICOTINE-LIMIT',
    version: 1,
    jurisdiction: 'CH',
    topic: 'substances',
    effect: 'prohibited',
    title: 'E-liquids with more than 20 mg/ml of nicotine may not be placed on the Swiss market',
    requirement:
      'Under the Tobacco Products Act and its ordinance, in force from 1 October 2024, nicotine-containing liquids for e-cigarettes may contain at most 20 mg of nicotine per ml; stronger liquids may not be supplied.',
    scope: {
      categories: ['e-cigarette'],
      when: { fact: 'nicotine.mg_per_ml', op: 'gt', value: 20 },
    },
    advice: 'Source liquids at 20 mg/ml or less; stronger products are refused and may be seized.',
    source: TABPV,
    effectiveFrom: '2024-10-01',
  },
  {
    id: 'CH-LASER-POINTER-BAN',
    version: 1,
    jurisdiction: 'CH',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Laser pointers of class 1M, 2, 2M, 3R, 3B and 4 may not be imported, sold or possessed',
    requirement:
      'The Ordinance to the Federal Act on Protection against the Risks associated with Non-Ionising Radiation and with Sound (V-NISSG) prohibits the import, transit, offering, supply and possession of laser pointers of classes 1M, 2, 2M, 3R, 3B and 4, of laser pointers not (or wrongly) labelled with a class under SN EN 60825-1, and of accessories that focus their beam. Only class 1 laser pointers are allowed, for indoor pointing. Customs confiscate and destroy prohibited pointers, including those ordered from abroad. The ban concerns hand-held pointers, not other laser equipment.',
    scope: {
      categories: ['laser-product'],
      when: { fact: 'laser.class', op: 'in', value: ['1M', '2', '2M', '3R', '3B', '4'] },
    },
    advice:
      'Offer only class 1 pointers, labelled with their class; laser levels and projectors are not laser pointers but check the product is not marketed or usable as a hand-held pointer.',
    source: {
      title:
        'Ordinance to the Federal Act on Protection against the Risks associated with Non-Ionising Radiation and with Sound (V-NISSG), SR 814.711 — ban on certain laser pointers',
      article: 'Art. 23 V-NISSG',
      url: 'https://www.eda.admin.ch/missions/mission-onu-geneve/en/home/manual-regime-privileges-and-immunities/introduction/manual-customs/Interdiction-de-certains-pointeurs-laser.html',
      publisher: 'Federal Department of Foreign Affairs (FDFA)',
    },
    effectiveFrom: '2019-06-01',
  },
  {
    id: 'CH-WEAPONS-KNIVES',
    version: 1,
    jurisdiction: 'CH',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title:
      'Automatic (switchblade) knives, butterfly knives, throwing knives and daggers may not be imported',
    requirement:
      'Under the Weapons Act (WG) and the Weapons Ordinance (WV), knives with a one-hand spring or other automatic opening mechanism that are more than 12 cm long open with a blade over 5 cm, butterfly knives of those dimensions, and throwing knives and daggers with a fixed, pointed, symmetrical blade over 5 cm and under 30 cm are weapons; their transfer, acquisition, brokerage and introduction into Swiss territory are prohibited without an exceptional cantonal permit. Ordinary pocket knives and manually opened folding knives are not weapons.',
    scope: {
      categories: ['knives'],
      when: {
        all: [
          { fact: 'blade.automatic', op: 'eq', value: true },
          { fact: 'blade.length_cm', op: 'gt', value: 5 },
        ],
      },
    },
    documents: ['import_permit'],
    advice:
      'Do not ship automatic knives, butterfly knives, throwing knives or daggers to Swiss consumers; a cantonal exceptional permit is needed even for professional users.',
    source: fedlex(
      'Federal Act on Weapons, Weapon Equipment and Ammunition (Weapons Act, WG), SR 514.54, with the Weapons Ordinance (WV), SR 514.541',
      'https://www.fedlex.admin.ch/eli/cc/1998/2535_2535_2535/de',
      'Art. 4(1)(c), 5(1)(c) WG; Art. 7 and 13a WV',
    ),
    effectiveFrom: '2016-07-01',
  },
  {
    id: 'CH-MEDICINES-PERSONAL-IMPORT',
    version: 1,
    jurisdiction: 'CH',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Private individuals may import at most one month’s supply of medicines for their own use',
    requirement:
      'Private individuals, residents and tourists alike, may import medicines that are not narcotics only for their own use and only up to one month’s supply, calculated on the prescription or the dosage in the package leaflet; importing for third parties (family included) is not allowed. A consignment over the limit is held back by customs as a whole. Narcotic medicines may be carried only by sick travellers, up to 30 days of treatment.',
    scope: { categories: ['medicine'], channels: ['personal_import', 'ecommerce_parcel'] },
    quantityLimit: { amount: 1, unit: "month's supply", per: 'person' },
    advice:
      'Ship medicines to Swiss consumers only through a Swiss-authorised channel (a pharmacy with a Swissmedic mail-order licence); a parcel over one month’s supply is refused in full.',
    source: {
      title:
        'Medicinal products from the Internet: importing and exporting medicinal products by individuals',
      url: 'https://www.swissmedic.ch/swissmedic/en/home/humanarzneimittel/marktueberwachung/arzneimittel-aus-dem-internet.html',
      publisher: 'Swissmedic',
    },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'CH-COUNTERFEIT-IMPORT',
    version: 1,
    jurisdiction: 'CH',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Counterfeit branded goods are seized at the border, even when imported for private use',
    requirement:
      'Since 1 July 2008 the Trade Mark Protection Act and the Designs Act let right holders prevent the import, export and transit of counterfeits, including consignments for private use (Art. 13(2bis) TmPA, Art. 9(1bis) DesA). Customs can withhold and destroy counterfeits found in luggage or parcels and inform the right holder; commercial imports are prosecuted. Goods under another owner’s brand must be genuine and traceable to the brand owner or an authorised distributor.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics', 'electronics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    advice:
      'Buy third-party brands only from the brand owner or its authorised distributors and keep the invoices and authorisation; grey-market or unverifiable supply is the main seizure risk.',
    source: {
      title: 'Counterfeiting and piracy: what does the law say? (Trade Mark Protection Act, Designs Act)',
      article: 'Art. 13(2bis) TmPA; Art. 9(1bis) DesA',
      url: 'https://www.ige.ch/en/intellectual-property/counterfeiting-and-piracy/what-does-the-law-say',
      publisher: 'Swiss Federal Institute of Intellectual Property (IPI)',
    },
    effectiveFrom: '2008-07-01',
  },
  {
    id: 'CH-DRONE-REGISTRATION',
    version: 1,
    jurisdiction: 'CH',
    topic: 'certification',
    effect: 'requirement',
    title: 'Drones of 250 g or more, or with a camera, need operator registration under the EU drone rules',
    requirement:
      'Switzerland adopted the EU drone regulations (Delegated Regulation (EU) 2019/945 and Implementing Regulation (EU) 2019/947) on 1 January 2023. Operators of drones weighing 250 g or more, or of lighter drones with a camera or a sensor able to capture personal data, must register with FOCA (dLIS) and mark the drone with the operator number; pilots of drones of 250 g or more must pass the online test. Drones sold for the open category carry the CE marking and, where applicable, the class identification label (C0–C4).',
    scope: {
      categories: ['drone'],
      when: {
        any: [
          { fact: 'drone.mass_g', op: 'gte', value: 250 },
          { fact: 'drone.camera', op: 'eq', value: true },
        ],
      },
    },
    certifications: ['CE', 'CH-FOCA-UAS-OPERATOR'],
    labelling: ['CE marking', 'UAS class identification label (C0–C4) where applicable'],
    advice:
      'Include the registration and test instructions with the drone; a sub-250 g model without a camera avoids operator registration.',
    source: {
      title: 'Drones in the open category up to 250 g: marking and registration',
      url: 'https://www.bazl.admin.ch/bazl/de/home/drohnen/open1/bis_250.html',
      publisher: 'Federal Office of Civil Aviation (FOCA)',
    },
    effectiveFrom: '2023-01-01',
  },
  {
    id: 'CH-BATTERY-ADVANCE-DISPOSAL-FEE',
    version: 1,
    jurisdiction: 'CH',
    topic: 'environment',
    effect: 'requirement',
    title: 'Batteries, also inside devices, must be reported and carry the advance disposal fee (INOBAT)',
    requirement:
      'Under Annex 2.15 of the Chemical Risk Reduction Ordinance (ChemRRV), manufacturers and importers who first place batteries on the Swiss (and Liechtenstein) market, on their own or inside vehicles or devices, must report them and pay the advance disposal fee to the organisation mandated by the federal government (INOBAT). Batteries must carry the separate-collection marking, the chemical symbol Hg, Cd or Pb above the thresholds, and rechargeable portable batteries their capacity. Sellers must take back used batteries free of charge.',
    scope: {
      categories: ['electronics', 'toys'],
      when: { fact: 'battery.present', op: 'eq', value: true },
    },
    certifications: ['CH-INOBAT-REG'],
    labelling: [
      'separate-collection (crossed-out wheeled bin) symbol',
      'Hg, Cd or Pb where the battery contains more than 5 mg/kg mercury, 20 mg/kg cadmium or 40 mg/kg lead',
      'capacity of rechargeable portable batteries',
    ],
    advice:
      'Register with INOBAT before the first import and declare batteries inside devices too; the fee is passed on in the sale price.',
    source: fedlex(
      'Chemical Risk Reduction Ordinance (ChemRRV), SR 814.81',
      'https://www.fedlex.admin.ch/eli/cc/2005/478/de',
      'Annex 2.15',
    ),
    effectiveFrom: '2005-08-01',
  },
  {
    id: 'CH-COSMETICS-VKOS',
    version: 1,
    jurisdiction: 'CH',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Cosmetics must have a safety assessment, a product information file and Swiss labelling',
    requirement:
      'Under the Ordinance on Cosmetic Products (VKos), whose requirements harmonised with the EU apply fully since 1 May 2021, the manufacturer or importer must ensure the product is safe, have a safety assessment and a product information file, and label it with the ingredients (under “Ingredients”, in descending order), the function where not obvious, the name and address of the manufacturer, importer or responsible person, the date of minimum durability or period after opening, storage conditions, the batch number and warnings. Switzerland has no product notification (the EU CPNP is not used); cosmetics lawfully sold in the EU may also be placed on the market under the Cassis de Dijon principle.',
    scope: { categories: ['cosmetics'] },
    documents: ['product_information_file', 'cosmetic_safety_report'],
    labelling: [
      'list of ingredients (INCI) under “Ingredients”',
      'name and address of the manufacturer, importer or responsible person',
      'date of minimum durability or period after opening',
      'batch number',
      'warnings and precautions for use',
    ],
    advice:
      'An EU-compliant label and product information file is accepted; keep the PIF available at the address on the label for the cantonal chemist.',
    source: {
      title: 'Cosmetics: Ordinance on Cosmetic Products (VKos), SR 817.023.31',
      url: 'https://www.blv.admin.ch/blv/de/home/gebrauchsgegenstaende/kosmetika-schmuck/kosmetika.html',
      publisher: 'Federal Food Safety and Veterinary Office (FSVO/BLV)',
    },
    effectiveFrom: '2021-05-01',
  },
  {
    id: 'CH-FADP-CONNECTED-DEVICES',
    version: 1,
    jurisdiction: 'CH',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected devices that process personal data fall under the revised Data Protection Act',
    requirement:
      'The revised Federal Act on Data Protection (FADP), in force since 1 September 2023, applies to any processing of personal data of persons in Switzerland, including by apps and cloud services of connected devices: data protection by design and by default, information of the data subjects, records of processing and reporting of breaches; foreign controllers that process data of persons in Switzerland on a large scale must designate a Swiss representative.',
    scope: { categories: ['electronics', 'toys'], when: { fact: 'connectable', op: 'eq', value: true } },
    advice:
      'Ship connected products with privacy-friendly defaults and a privacy notice covering Switzerland; check whether the cloud provider transfers data to a country without adequate protection.',
    source: fedlex(
      'Federal Act on Data Protection (FADP), SR 235.1',
      'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
      'Art. 7, 14, 19, 24',
    ),
    effectiveFrom: '2023-09-01',
  },
];
