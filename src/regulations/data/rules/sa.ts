import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Saudi Arabia: SASO's product safety programme (SABER product and shipment certificates by technical
 * regulation), the GCC G-mark, the SFDA (cosmetics, food, medical devices), CST type approval, ZATCA's
 * prohibited goods and excise, GACA for drones, the Personal Data Protection Law and the Anti-Bribery Law. Where the
 * law's commencement could not be verified, `effectiveFrom` is a date by which the rule was in force (marked
 * "in force by").
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

const SABER: Source = {
  title: 'SASO Product Safety Program (SALEEM) and the SABER conformity platform; SASO technical regulations',
  url: 'https://saber.sa/',
  publisher: 'SASO (SABER)',
};

const SFDA: Source = {
  title: 'Saudi Food and Drug Authority Law (Royal Decree M/6 of 1428H) and the SFDA product regulations',
  url: 'https://www.sfda.gov.sa/en',
  publisher: 'Saudi Food and Drug Authority',
};

const ZATCA_PROHIBITED: Source = {
  title:
    'Common Customs Law of the GCC States and its implementing regulations: prohibited and restricted goods',
  url: 'https://zatca.gov.sa/en/RulesRegulations/Taxes/Pages/default.aspx',
  publisher: 'Zakat, Tax and Customs Authority (ZATCA)',
};

const ROHS: Source = {
  title:
    'SASO Technical Regulation for Restriction of Hazardous Substances in Electrical and Electronic Equipment (2021), phased implementation',
  url: 'https://www.saso.gov.sa/en/',
  publisher: 'SASO',
};

export const rules: RuleInput[] = [
  // SASO / SABER conformity.
  {
    id: 'SA-SABER-REGISTRATION',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Consumer products must be registered on SABER before import',
    requirement:
      'Every consumer product imported into Saudi Arabia (other than those regulated by the SFDA, such as cosmetics, food and medical devices) must be registered by the importer on the SABER platform. Products not covered by a technical regulation (low risk) need a supplier self-declaration of conformity and a shipment certificate issued on SABER; products covered by a technical regulation need a Product Certificate of Conformity from an approved body and a Shipment Certificate per consignment.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'food-contact',
        'textiles',
        'footwear',
        'jewellery',
        'luxury-goods',
        'chemicals',
        'knives',
      ],
    },
    certifications: ['SA-SABER-SC'],
    documents: ['declaration_of_conformity', 'commercial_invoice'],
    labelling: ['product information in Arabic (or Arabic and English)'],
    advice:
      "The Saudi importer applies on SABER; check the product's 12-digit HS code on SABER to see which technical regulation applies.",
    source: SABER,
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-LOW-VOLTAGE-TR',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Low-voltage electrical equipment needs a SABER PCoC (with IECEE RC) and shipment certificate',
    requirement:
      'Electrical equipment designed for 50–1000 V AC (appliances, chargers and adapters, lighting, IT equipment) is regulated by the technical regulation for low-voltage electrical equipment: a Product Certificate of Conformity on SABER from a SASO-approved body (on test reports to the SASO/IEC standards, with an IECEE Recognition Certificate of the CB report where required), a Shipment Certificate for each consignment, and Saudi plug (SASO 2203 / BS 1363 type G) on appliances with a plug.',
    scope: {
      categories: ['household-appliance', 'charger', 'lighting', 'it-equipment', 'electronics'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['SA-SABER-PCOC', 'SA-SABER-SC'],
    documents: ['test_report', 'technical_documentation'],
    labelling: [
      'rated voltage 220–230 V and 60 Hz',
      'manufacturer name, model, country of origin',
      'Arabic safety instructions',
    ],
    source: {
      ...SABER,
      title: 'SASO Technical Regulation for Low Voltage Electrical Equipment and Appliances (SABER)',
    },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-GCC-G-MARK',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Household appliances listed in the GCC low-voltage regulation must carry the G-mark',
    requirement:
      'Household low-voltage appliances listed in the GCC Technical Regulation BD-131704-01 (e.g. kettles, irons, hair dryers, toasters, blenders, vacuum cleaners, heaters, air conditioners, refrigerators, washing machines, extension cords) must be certified by a GSO-notified body and carry the GCC conformity tracking symbol (G-mark) before being placed on the market.',
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
    id: 'SA-EMC-TR',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Electronic products (including power banks) need SABER certification to the applicable technical regulation',
    requirement:
      'Electronic products that are not mains-powered — power banks, battery-powered devices and accessories — must be registered on SABER and certified against the SASO technical regulation that covers them (electromagnetic compatibility and safety, or the general product safety regulation), with a Product Certificate of Conformity where the regulation classifies them as medium or high risk and a Shipment Certificate per consignment.',
    scope: { categories: ['power-bank', 'wireless-audio', 'it-equipment'] },
    certifications: ['SA-SABER-PCOC', 'SA-SABER-SC'],
    documents: ['test_report'],
    source: SABER,
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-TOYS-TR',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys need a SABER PCoC under the GCC toys technical regulation',
    requirement:
      "Toys for children under 14 years are regulated by the GCC/SASO technical regulation for children's toys: a Product Certificate of Conformity on SABER from an approved body (test reports to GSO ISO 8124 / EN 71 series, and IEC 62115 for electric toys), a Shipment Certificate per consignment, age grading and warnings in Arabic.",
    scope: { categories: ['toys'] },
    certifications: ['SA-SABER-PCOC', 'SA-SABER-SC'],
    documents: ['test_report', 'technical_documentation'],
    labelling: [
      'age grading and warnings in Arabic',
      'manufacturer or importer name and address',
      'country of origin',
    ],
    source: {
      ...SABER,
      title: "GCC Technical Regulation for Children's Toys (BD-131704-02), applied through SABER",
    },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-TEXTILE-TR',
    version: 1,
    jurisdiction: 'SA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textiles and clothing must be labelled with fibre content, care and origin in Arabic',
    requirement:
      'Textile products and clothing are regulated by the SASO technical regulation for textile products: a permanent label in Arabic (English may be added) with the fibre composition in percentages, care instructions, size, country of origin and the manufacturer or importer; restricted substances (azo dyes releasing listed amines, formaldehyde limits) apply. Registration on SABER with a certificate of conformity.',
    scope: { categories: ['textiles'] },
    certifications: ['SA-SABER-PCOC', 'SA-SABER-SC'],
    labelling: ['fibre composition in percent (Arabic)', 'care instructions', 'size', 'country of origin'],
    documents: ['test_report'],
    source: { ...SABER, title: 'SASO Technical Regulation for Textile Products' },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-ORIGIN-MARKING',
    version: 1,
    jurisdiction: 'SA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Imported goods must show the country of origin on the goods or their packaging',
    requirement:
      'Goods imported into Saudi Arabia must be marked with their country of origin in a permanent, legible way (printed, engraved or on a label that cannot be removed without damage) on the goods or their packaging; consignments without origin marking may be refused or held until marked.',
    scope: { categories: ANY_GOODS },
    labelling: ['country of origin ("Made in ...") permanently on the goods or packaging'],
    documents: ['certificate_of_origin'],
    source: ZATCA_PROHIBITED,
    // in force by (commencement not verified)
    effectiveFrom: '2017-01-01',
  },
  {
    id: 'SA-CST-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio and telecom equipment must be type-approved by the CST',
    requirement:
      "Wireless and telecommunications equipment (mobile phones, Wi-Fi and Bluetooth devices, short-range devices, drones' radio links) must be approved by the Communications, Space and Technology Commission against its technical specifications before import, with the certificate linked to the shipment; equipment that uses frequencies not allocated in the Kingdom may not be imported.",
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['SA-CST-TA'],
    documents: ['test_report', 'declaration_of_conformity'],
    source: {
      title:
        'Telecommunications and Information Technology Act; CST equipment conformity (type approval) regulation',
      url: 'https://www.cst.gov.sa/en',
      publisher: 'Communications, Space and Technology Commission',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-DRONE-GACA',
    version: 1,
    jurisdiction: 'SA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Drones may be imported only with GACA approval and must be registered',
    requirement:
      'Unmanned aircraft may be imported and operated only with the approval of the General Authority of Civil Aviation: the drone is registered with GACA, its radio links must be type-approved by the CST, and commercial operation needs a GACA operator authorisation.',
    scope: { categories: ['drone'] },
    certifications: ['SA-CST-TA'],
    documents: ['import_permit'],
    source: {
      title: 'GACA regulations for unmanned aircraft systems (GACAR Part 107)',
      url: 'https://gaca.gov.sa/',
      publisher: 'General Authority of Civil Aviation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  // SFDA.
  {
    id: 'SA-SFDA-COSMETICS',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Cosmetics must be listed with the SFDA and meet the GSO cosmetics safety requirements',
    requirement:
      'Cosmetic and perfume products must be listed with the SFDA (eCosma) before import by a Saudi-registered establishment, meet the GSO 1943 safety requirements (whose prohibited and restricted substance lists follow the EU Cosmetics Regulation annexes) and be labelled in Arabic with the product function, ingredients, batch and expiry, and the manufacturer and importer.',
    scope: { categories: ['cosmetics'] },
    certifications: ['SA-SFDA-COSMETIC'],
    documents: ['product_information_file', 'cosmetic_safety_report'],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    labelling: [
      'product name and function in Arabic',
      'full ingredient list',
      'batch number and expiry date',
      'country of origin',
      'manufacturer and importer',
    ],
    source: {
      title:
        'Cosmetic Products Law and its implementing regulation; GSO 1943 (safety requirements of cosmetics and personal care products)',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'SA-SFDA-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medical devices need an SFDA Medical Device Marketing Authorization',
    requirement:
      'Medical devices and IVDs may be imported and supplied only with an SFDA Medical Device Marketing Authorization obtained by the manufacturer through a Saudi authorised representative, by an importer holding an SFDA establishment licence; devices are listed in the national registry and import shipments are released through the SFDA.',
    scope: { categories: ['medical-device'] },
    certifications: ['SA-SFDA-MDMA'],
    documents: ['technical_documentation', 'declaration_of_conformity'],
    labelling: ['Arabic or English labelling with the authorised representative', 'UDI where required'],
    source: {
      title: 'Medical Devices Law and its implementing regulation',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'SA-SFDA-FOOD',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Food and supplements need SFDA registration, a health certificate and Arabic labelling',
    requirement:
      'Imported food must come from an SFDA-registered importer, be registered or notified with the SFDA where required (food supplements and special foods are registered), travel with a health certificate from the exporting country and be labelled in Arabic according to GSO 9 (name, ingredients, net content, production and expiry dates, storage, origin). Meat and poultry need a halal certificate from an SFDA-approved body and an approved establishment.',
    scope: { categories: ['food'] },
    certifications: ['SA-SFDA-FOOD'],
    documents: ['health_certificate', 'certificate_of_origin'],
    labelling: ['Arabic labelling per GSO 9 (name, ingredients, net quantity, dates, origin, storage)'],
    source: {
      ...SFDA,
      title: 'Food Law and its implementing regulation; GSO 9 (labelling of prepackaged food)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-01-01',
  },
  {
    id: 'SA-SFDA-FOOD-CONTACT',
    version: 1,
    jurisdiction: 'SA',
    topic: 'substances',
    effect: 'requirement',
    title: 'Food-contact materials must meet the SFDA/GSO requirements for materials in contact with food',
    requirement:
      'Plastics, ceramics, glass and metal articles intended for food contact must meet the SFDA technical regulation for food-contact materials (overall and specific migration limits, no listed substances), carry the food-contact symbol or wording, and be supported by a declaration of compliance.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration', 'test_report'],
    labelling: ['food-contact symbol or "for food contact" wording'],
    source: SFDA,
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  // Prohibited goods, excise, IP.
  {
    id: 'SA-ALCOHOL-PROHIBITED',
    version: 1,
    jurisdiction: 'SA',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Alcoholic beverages and pork products may not be imported',
    requirement:
      "The import of alcoholic beverages (and pork products) into Saudi Arabia is prohibited, including in passengers' baggage and by post.",
    scope: { categories: ['alcohol'], hsPrefixes: ['0203', '160241', '160242', '160249'] },
    source: ZATCA_PROHIBITED,
    // in force by (commencement not verified)
    effectiveFrom: '2003-01-01',
  },
  {
    id: 'SA-WEAPONS',
    version: 1,
    jurisdiction: 'SA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Weapons, replicas, stun guns and pepper spray need a Ministry of Interior licence',
    requirement:
      'Firearms, ammunition, air guns, replica and toy guns resembling firearms, electric shock devices, pepper sprays and similar weapons may be imported only with a licence from the Ministry of Interior under the Weapons and Ammunition Law; without it they are seized.',
    scope: { categories: ['weapon-like'] },
    documents: ['import_licence'],
    source: {
      ...ZATCA_PROHIBITED,
      title: 'Weapons and Ammunition Law (Royal Decree M/45 of 1426H); ZATCA restricted goods',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2005-01-01',
  },
  {
    id: 'SA-EXCISE-VAPES',
    version: 1,
    jurisdiction: 'SA',
    topic: 'tariffs_de_minimis',
    effect: 'requirement',
    title: 'Electronic smoking devices and e-liquids carry 100% excise tax',
    requirement:
      'Electronic smoking devices and the liquids used in them are excise goods taxed at 100% of the retail price; they must be imported by an excise-registered importer, and tobacco and vaping products must carry digital tax stamps where required.',
    scope: { categories: ['e-cigarette', 'tobacco'] },
    source: {
      title: 'Excise Tax Law (GCC Common Excise Tax Agreement) and its implementing regulations',
      url: 'https://zatca.gov.sa/en/RulesRegulations/Taxes/Pages/default.aspx',
      publisher: 'Zakat, Tax and Customs Authority (ZATCA)',
    },
    effectiveFrom: '2019-12-01',
  },
  {
    id: 'SA-COUNTERFEIT',
    version: 1,
    jurisdiction: 'SA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Counterfeit and trade-mark-infringing goods are seized and destroyed',
    requirement:
      "Goods bearing a counterfeit or imitated trade mark are prohibited; customs seize them at the border, on its own initiative or on the right holder's recordal, and the importer faces fines under the Anti-Commercial Fraud Law. Importers of branded goods they do not own must prove the goods are genuine.",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    advice:
      'Buy only from the brand owner or its authorised distributor and keep the authorisation with the shipment documents.',
    source: {
      title: 'Anti-Commercial Fraud Law (Royal Decree M/19 of 1429H); GCC Trademark Law',
      url: 'https://mc.gov.sa/en/',
      publisher: 'Saudi Ministry of Commerce',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2008-01-01',
  },
  // Data, corruption.
  {
    id: 'SA-PDPL',
    version: 1,
    jurisdiction: 'SA',
    topic: 'data_security',
    effect: 'information',
    title:
      'Connected products and services processing personal data are subject to the Personal Data Protection Law',
    requirement:
      'Controllers processing personal data of people in Saudi Arabia — including through connected devices and apps — must have a legal basis, inform data subjects, secure the data, notify breaches to SDAIA and transfer data abroad only under the transfer regulation.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Personal Data Protection Law (Royal Decree M/19 of 1443H, as amended)',
      url: 'https://sdaia.gov.sa/en/',
      publisher: 'Saudi Data and AI Authority (SDAIA)',
    },
    effectiveFrom: '2023-09-14',
  },
  {
    id: 'SA-ANTI-BRIBERY',
    version: 1,
    jurisdiction: 'SA',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribery of public officials, including customs officers, is a crime under the Anti-Bribery Law',
    requirement:
      'Offering or giving any benefit to a public official (including customs and inspection officers) to perform or omit an official act is punishable by imprisonment and fines; companies are liable for bribes paid for their benefit. Facilitation payments are not exempt.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Anti-Bribery Law (Royal Decree M/36 of 29/12/1412H, as amended)',
      url: 'https://www.nazaha.gov.sa/en',
      publisher: 'Oversight and Anti-Corruption Authority (Nazaha)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '1992-07-01',
  },
  {
    id: 'SA-ENERGY-EFFICIENCY',
    version: 1,
    jurisdiction: 'SA',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Air conditioners, refrigerators, washing machines and water heaters must meet SASO energy efficiency standards',
    requirement:
      "Air conditioners, refrigerators and freezers, washing machines, clothes dryers, dishwashers and electric water heaters must meet the minimum energy performance of the applicable SASO standard, be registered for energy efficiency on SASO's platform and carry the Saudi energy efficiency label, in addition to their SABER certificates.",
    scope: { categories: [], hsPrefixes: ['8415', '8418', '8450', '845121', '842211', '851610'] },
    certifications: ['SA-SABER-PCOC'],
    documents: ['test_report'],
    labelling: ['Saudi energy efficiency label'],
    source: {
      ...SABER,
      title: 'SASO energy efficiency technical regulations and standards (Saudi Energy Efficiency Program)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'SA-SFDA-SUPPLEMENTS',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'restricted',
    title: 'Food supplements must be registered with the SFDA before import',
    requirement:
      'Food (dietary) supplements and health products must be registered with the SFDA by a Saudi establishment before import; products containing substances the SFDA classifies as medicines, or exceeding its vitamin and mineral limits, are refused.',
    scope: { categories: ['food-supplement'] },
    certifications: ['SA-SFDA-FOOD'],
    documents: ['registration_certificate', 'health_certificate'],
    labelling: ['Arabic labelling with SFDA registration details'],
    source: {
      ...SFDA,
      title: 'SFDA requirements for the registration of food supplements (health products)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'SA-PRECIOUS-METALS',
    version: 1,
    jurisdiction: 'SA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Gold and precious-metal jewellery must be assayed and hallmarked',
    requirement:
      'Jewellery and articles of gold, silver and platinum imported for sale must meet the legal minimum fineness and be assayed and hallmarked by the competent authority (SASO) with the fineness stamp before sale; imitation jewellery must not be presented as precious metal.',
    scope: { categories: [], hsPrefixes: ['7113', '7114'] },
    labelling: ['fineness hallmark (e.g. 18K / 750)', 'manufacturer or importer mark'],
    documents: ['test_report'],
    source: {
      title:
        'Law of Precious Metals and Gemstones (Royal Decree M/42 of 1403H) and its implementing regulation',
      url: 'https://www.saso.gov.sa/en/',
      publisher: 'SASO',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'SA-ELECTRONIC-SMOKING-DEVICES',
    version: 1,
    jurisdiction: 'SA',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Electronic smoking devices and e-liquids must meet the SASO/SFDA requirements (flavours, warnings)',
    requirement:
      'E-cigarettes, heated tobacco devices and e-liquids may be sold only if they meet the SASO technical regulation for electronic smoking devices and the SFDA controls: permitted flavours are limited to fruit and menthol (no cocoa, vanilla, coffee, tea, spices, candy, cola or alcohol flavours), prohibited additives such as vitamins and stimulants, child-resistant and tamper-evident packaging, and health warnings covering 65% of the front and back of the pack; devices are certified on SABER.',
    scope: { categories: ['e-cigarette'] },
    certifications: ['SA-SABER-PCOC', 'SA-SABER-SC'],
    documents: ['test_report'],
    labelling: [
      'health warning covering 65% of the front and back of the package (Arabic)',
      'nicotine content',
      'child-resistant packaging',
    ],
    source: {
      title:
        'SASO Technical Regulation for Electronic Smoking Devices; SFDA Controls and Requirements for Electronic Smoking Devices',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2020-05-01',
  },
  {
    id: 'SA-ROHS-HOUSEHOLD',
    version: 1,
    jurisdiction: 'SA',
    topic: 'substances',
    effect: 'requirement',
    title: 'Household appliances must meet the Saudi RoHS limits (from 4 July 2022)',
    requirement:
      'Under the SASO RoHS technical regulation, household electrical appliances (small appliances from 4 July 2022, large appliances from 2 October 2022) placed on the Saudi market from 2022-07-04 must not exceed 0.1% by weight in homogeneous materials of lead, mercury, hexavalent chromium, PBB and PBDE, or 0.01% of cadmium (with the listed exemptions); conformity is part of the SABER Product Certificate of Conformity (technical file with test reports and the supplier declaration).',
    scope: { categories: ['household-appliance'] },
    certifications: ['SA-SABER-PCOC'],
    documents: ['test_report', 'declaration_of_conformity', 'technical_documentation'],
    source: ROHS,
    effectiveFrom: '2022-07-04',
  },
  {
    id: 'SA-ROHS-ICT',
    version: 1,
    jurisdiction: 'SA',
    topic: 'substances',
    effect: 'requirement',
    title:
      'Information and communication technology equipment must meet the Saudi RoHS limits (from 31 December 2022)',
    requirement:
      'Under the SASO RoHS technical regulation, information and communication technology equipment placed on the Saudi market from 2022-12-31 must not exceed 0.1% by weight in homogeneous materials of lead, mercury, hexavalent chromium, PBB and PBDE, or 0.01% of cadmium (with the listed exemptions); conformity is part of the SABER Product Certificate of Conformity (technical file with test reports and the supplier declaration).',
    scope: { categories: ['radio-equipment', 'it-equipment', 'charger', 'power-bank'] },
    certifications: ['SA-SABER-PCOC'],
    documents: ['test_report', 'declaration_of_conformity', 'technical_documentation'],
    source: ROHS,
    effectiveFrom: '2022-12-31',
  },
  {
    id: 'SA-ROHS-LIGHTING',
    version: 1,
    jurisdiction: 'SA',
    topic: 'substances',
    effect: 'requirement',
    title: 'Lighting equipment must meet the Saudi RoHS limits (from 31 March 2023)',
    requirement:
      'Under the SASO RoHS technical regulation, lighting equipment placed on the Saudi market from 2023-03-31 must not exceed 0.1% by weight in homogeneous materials of lead, mercury, hexavalent chromium, PBB and PBDE, or 0.01% of cadmium (with the listed exemptions); conformity is part of the SABER Product Certificate of Conformity (technical file with test reports and the supplier declaration).',
    scope: { categories: ['lighting'] },
    certifications: ['SA-SABER-PCOC'],
    documents: ['test_report', 'declaration_of_conformity', 'technical_documentation'],
    source: ROHS,
    effectiveFrom: '2023-03-31',
  },
  {
    id: 'SA-ROHS-TOYS',
    version: 1,
    jurisdiction: 'SA',
    topic: 'substances',
    effect: 'requirement',
    title: 'Electric and electronic toys must meet the Saudi RoHS limits (from 27 September 2023)',
    requirement:
      'Under the SASO RoHS technical regulation, electrical and electronic games, toys, entertainment devices and sports equipment placed on the Saudi market from 2023-09-27 must not exceed 0.1% by weight in homogeneous materials of lead, mercury, hexavalent chromium, PBB and PBDE, or 0.01% of cadmium (with the listed exemptions); conformity is part of the SABER Product Certificate of Conformity (technical file with test reports and the supplier declaration).',
    scope: {
      categories: ['toys'],
      when: {
        any: [
          { fact: 'battery.present', op: 'eq', value: true },
          { fact: 'mains.present', op: 'eq', value: true },
        ],
      },
    },
    certifications: ['SA-SABER-PCOC'],
    documents: ['test_report', 'declaration_of_conformity', 'technical_documentation'],
    source: ROHS,
    effectiveFrom: '2023-09-27',
  },
];
