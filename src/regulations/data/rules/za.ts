import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * South Africa: the NRCS compulsory specifications (Letters of Authority), ICASA type approval, SAHPRA, the
 * Consumer Protection Act's labelling and safety duties, foodstuffs and cosmetics labelling, extended producer
 * responsibility, excise on vaping liquids, counterfeit goods, POPIA and PRECCA. Where the law's commencement
 * could not be verified, `effectiveFrom` is a date by which the rule was in force (marked "in force by").
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

const NRCS: Source = {
  title: 'National Regulator for Compulsory Specifications Act 5 of 2008: compulsory specifications',
  url: 'https://www.nrcs.org.za/',
  publisher: 'NRCS',
};

const CPA: Source = {
  title: 'Consumer Protection Act 68 of 2008',
  url: 'https://thencc.org.za/',
  publisher: 'National Consumer Commission',
};

const EPR: Source = {
  title:
    'Extended Producer Responsibility Regulations, 2020 (GN 1184 of 2020, as amended by GN 400 of 2021) and the sector notices GN 1185–1187 of 2020',
  url: 'https://www.dffe.gov.za/event/deptactivity/extendedproducerresponsibility_regulations2020registration',
  publisher: 'South Africa DFFE',
};

export const rules: RuleInput[] = [
  {
    id: 'ZA-NRCS-VC8055',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mains electrical and electronic apparatus needs an NRCS Letter of Authority (VC 8055)',
    requirement:
      'Electrical and electronic apparatus for connection to the mains (appliances, chargers and power supplies, IT and audio-visual equipment, luminaires) falls under the compulsory specification VC 8055: before sale, the importer must obtain a Letter of Authority from the NRCS on test reports to the SANS/IEC safety standards (CB reports with South African differences accepted); plugs must meet the South African plug standard (SANS 164).',
    scope: {
      categories: ['household-appliance', 'charger', 'lighting', 'it-equipment', 'electronics'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['ZA-NRCS-LOA'],
    documents: ['test_report'],
    labelling: ['rated voltage 230 V, 50 Hz', 'manufacturer or brand and model'],
    advice:
      'Apply for the LOA before shipping: NRCS inspects at the port and may refuse or return unapproved goods.',
    source: {
      ...NRCS,
      title: 'Compulsory Specification for the safety of electrical and electronic apparatus (VC 8055)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'ZA-NRCS-ENERGY',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Household appliances must meet the energy efficiency and labelling compulsory specification (VC 9008)',
    requirement:
      'Refrigerators, washing machines, dishwashers, tumble dryers, ovens, air conditioners, electric geysers and similar household appliances must meet the minimum energy performance and carry the energy label of SANS 941 under the compulsory specification VC 9008, with an NRCS Letter of Authority.',
    scope: { categories: [], hsPrefixes: ['8415', '8418', '842211', '8450', '845121', '851610', '851660'] },
    certifications: ['ZA-NRCS-LOA'],
    documents: ['test_report'],
    labelling: ['energy efficiency label (SANS 941)'],
    source: {
      ...NRCS,
      title:
        'Compulsory Specification for energy efficiency and labelling of electrical and electronic apparatus (VC 9008)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'ZA-NRCS-LAMPS',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Lamps need an NRCS Letter of Authority under the lamp compulsory specifications',
    requirement:
      'Incandescent, compact fluorescent and LED lamps for general lighting fall under NRCS compulsory specifications (safety and performance): a Letter of Authority is needed before sale.',
    scope: { categories: [], hsPrefixes: ['8539'] },
    certifications: ['ZA-NRCS-LOA'],
    documents: ['test_report'],
    source: {
      ...NRCS,
      title: 'Compulsory specifications for lamps (incandescent, self-ballasted and LED lamps)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'ZA-ICASA-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio and telecom equipment must be type-approved by ICASA',
    requirement:
      'Radio apparatus and electronic communications equipment (mobile phones, Wi-Fi and Bluetooth devices, short-range devices, drones) may not be supplied, sold or used unless type-approved by ICASA; the approval is applied for by a South African applicant on test reports, and the ICASA label is applied.',
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['ZA-ICASA-TA'],
    documents: ['test_report'],
    labelling: ['ICASA type approval label and number'],
    source: {
      title: 'Electronic Communications Act 36 of 2005; Type Approval Regulations, 2013',
      article: 's. 35',
      url: 'https://www.icasa.org.za/',
      publisher: 'ICASA',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-04-01',
  },
  {
    id: 'ZA-DRONE-SACAA',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'requirement',
    title: 'Drones flown other than privately must be registered and operated under SACAA Part 101',
    requirement:
      "Remotely piloted aircraft used for commercial, corporate or non-profit purposes must be registered with the South African Civil Aviation Authority, flown by a licensed pilot under an operator certificate; private use is limited to the operator's own property. The radio equipment needs ICASA type approval.",
    scope: { categories: ['drone'] },
    certifications: ['ZA-ICASA-TA'],
    source: {
      title: 'Civil Aviation Regulations, 2011, Part 101 (remotely piloted aircraft systems)',
      url: 'https://www.caa.co.za/',
      publisher: 'South African Civil Aviation Authority',
    },
    effectiveFrom: '2015-07-01',
  },
  {
    id: 'ZA-SAHPRA-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'certification',
    effect: 'restricted',
    title: 'Importers of medical devices need a SAHPRA establishment licence',
    requirement:
      'A manufacturer, distributor or wholesaler (including an importer) of medical devices or IVDs must hold a SAHPRA licence, list the devices it supplies and meet the labelling requirements; devices will need registration as SAHPRA calls up each class.',
    scope: { categories: ['medical-device'] },
    certifications: ['ZA-SAHPRA-LICENCE'],
    documents: ['technical_documentation', 'declaration_of_conformity'],
    source: {
      title:
        'Medicines and Related Substances Act 101 of 1965; Regulations relating to medical devices and in vitro diagnostic medical devices (GN R1515 of 2016)',
      url: 'https://www.sahpra.org.za/',
      publisher: 'SAHPRA',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2017-06-01',
  },
  {
    id: 'ZA-CPA-TEXTILE-LABELLING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textiles, clothing, footwear and leather goods must show the country of origin and fibre content',
    requirement:
      'Textiles, clothing, shoes and leather goods must carry a label with the country of origin (where they were manufactured) and, for textiles and clothing, the fibre content and care instructions according to SANS 10011 and SANS 10235; the label must be permanent, legible and in English.',
    scope: { categories: ['textiles', 'footwear'] },
    labelling: [
      'country of origin ("Made in ...")',
      'fibre content (SANS 10011)',
      'care instructions (SANS 10235)',
    ],
    source: {
      ...CPA,
      title: 'Consumer Protection Act 68 of 2008, s. 24; Consumer Protection Act Regulations, 2011, reg. 6',
    },
    effectiveFrom: '2011-04-01',
  },
  {
    id: 'ZA-CPA-SAFETY',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'information',
    title: 'Importers are strictly liable for harm caused by unsafe or defective goods',
    requirement:
      'Goods must be reasonably suitable, of good quality and safe; the producer, importer, distributor and retailer are jointly and severally liable, without proof of negligence, for harm caused by unsafe goods, defects or inadequate warnings, and must recall goods when the National Consumer Commission requires. Warnings of unusual risks must be given in plain language.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'cosmetics',
        'food-contact',
        'textiles',
        'footwear',
        'knives',
      ],
    },
    source: { ...CPA, article: 'ss. 55, 58, 60, 61' },
    effectiveFrom: '2011-04-01',
  },
  {
    id: 'ZA-COSMETICS-LABELLING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Cosmetics must be labelled under the Foodstuffs, Cosmetics and Disinfectants Act',
    requirement:
      'Cosmetics sold in South Africa must be labelled in English with the product name, the full ingredient list (INCI), net contents, batch number, the name and address of the manufacturer or importer in South Africa, the country of origin, and warnings and expiry or period-after-opening where required.',
    scope: { categories: ['cosmetics'] },
    labelling: [
      'ingredient list (INCI)',
      'name and South African address of the manufacturer or importer',
      'country of origin',
      'batch number and net contents',
    ],
    source: {
      title:
        'Foodstuffs, Cosmetics and Disinfectants Act 54 of 1972: regulations relating to the labelling of cosmetics',
      url: 'https://www.health.gov.za/',
      publisher: 'South African National Department of Health',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-01-01',
  },
  {
    id: 'ZA-FOOD-LABELLING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Prepackaged food must be labelled under regulation R146',
    requirement:
      'Prepackaged food must be labelled in English with the name, ingredient list with allergens, net quantity, date marking, storage instructions, the name and South African address of the manufacturer, importer or seller, the country of origin, a batch identification and nutritional information where claims are made.',
    scope: { categories: ['food'] },
    labelling: [
      'product name and ingredient list with allergens',
      'country of origin',
      'South African importer name and address',
      'date marking and batch',
    ],
    source: {
      title:
        'Regulations relating to the labelling and advertising of foodstuffs (R146 of 1 March 2010), Foodstuffs, Cosmetics and Disinfectants Act 54 of 1972',
      url: 'https://www.health.gov.za/',
      publisher: 'South African National Department of Health',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2012-03-01',
  },
  {
    id: 'ZA-LIQUOR-IMPORT',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Wine and spirits may be imported only with a liquor products import certificate',
    requirement:
      'Liquor products (wine, spirits and other fermented beverages) may be imported only if they comply with the Liquor Products Act composition and labelling requirements, with an import certificate issued by the Department of Agriculture after sampling and analysis.',
    scope: { categories: [], hsPrefixes: ['2204', '2205', '2206', '2208'] },
    documents: ['import_permit', 'certificate_of_origin'],
    source: {
      title: 'Liquor Products Act 60 of 1989',
      url: 'https://www.dalrrd.gov.za/',
      publisher: 'South African Department of Agriculture',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'ZA-EPR-EEE',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'environment',
    effect: 'requirement',
    title: 'Producers of electrical and electronic equipment, batteries and lighting must register for EPR',
    requirement:
      'Producers — local manufacturers, brand owners and importers — of electrical and electronic equipment (including batteries) and lighting must register with the DFFE and implement extended producer responsibility, either by joining a producer responsibility organisation or running their own scheme, and report quantities placed on the market.',
    scope: { categories: ['electronics'] },
    certifications: ['ZA-EPR-REG'],
    source: EPR,
    effectiveFrom: '2021-05-05',
  },
  {
    id: 'ZA-EPR-PACKAGING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'environment',
    effect: 'information',
    title: 'Importers of packaged goods are producers of packaging under the EPR regulations',
    requirement:
      'Brand owners and importers who place paper, plastic, glass or metal packaging (and some single-use products) on the South African market are producers under the paper and packaging EPR notice: they must register with the DFFE and join a producer responsibility organisation.',
    scope: { categories: ANY_GOODS },
    certifications: ['ZA-EPR-REG'],
    source: EPR,
    effectiveFrom: '2021-05-05',
  },
  {
    id: 'ZA-EXCISE-VAPING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'tariffs_de_minimis',
    effect: 'requirement',
    title: 'Nicotine and nicotine-substitute vaping liquids carry excise duty per millilitre',
    requirement:
      'Solutions containing nicotine or nicotine substitutes for electronic delivery systems are excisable goods: excise duty is charged per millilitre (R2.90/ml when introduced), and manufacturers and importers must be licensed or registered with SARS.',
    scope: { categories: ['e-cigarette'] },
    source: {
      title:
        'Customs and Excise Act 91 of 1964, Schedule 1 Part 2A (electronic nicotine and non-nicotine delivery systems)',
      url: 'https://www.sars.gov.za/customs-and-excise/excise/',
      publisher: 'South African Revenue Service',
    },
    effectiveFrom: '2023-06-01',
  },
  {
    id: 'ZA-FIREARMS',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Firearms and ammunition need an import permit from the Central Firearms Registry',
    requirement:
      'Firearms, their parts and ammunition may be imported only with an import permit issued by the Registrar of Firearms (South African Police Service) and by a licensed dealer or licence holder.',
    scope: { categories: [], hsPrefixes: ['9301', '9302', '9303', '9305', '9306'] },
    documents: ['import_permit'],
    source: {
      title: 'Firearms Control Act 60 of 2000',
      url: 'https://www.saps.gov.za/services/firearms_control.php',
      publisher: 'South African Police Service',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2004-07-01',
  },
  {
    id: 'ZA-COUNTERFEIT',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: "Counterfeit goods are detained by customs on the rights holder's application",
    requirement:
      'Rights holders may apply to the Commissioner of SARS for customs to detain suspected counterfeit goods at import; dealing in counterfeit goods is an offence. Importers of third-party branded goods must be able to show the goods are genuine.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: {
      title: 'Counterfeit Goods Act 37 of 1997',
      article: 's. 15',
      url: 'https://www.sars.gov.za/customs-and-excise/',
      publisher: 'South African Revenue Service',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'ZA-POPIA',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products processing personal information are subject to POPIA',
    requirement:
      'Responsible parties processing personal information in South Africa — including through connected devices and apps — must meet the eight conditions for lawful processing (accountability, purpose, security safeguards, data subject participation...), notify security compromises, and transfer data abroad only under section 72.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Protection of Personal Information Act 4 of 2013',
      url: 'https://inforegulator.org.za/',
      publisher: 'Information Regulator (South Africa)',
    },
    effectiveFrom: '2020-07-01',
  },
  {
    id: 'ZA-PRECCA',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Corrupt activities, including bribery of foreign officials, are offences under PRECCA',
    requirement:
      'Giving or offering any gratification to a public officer (including customs officials) or a foreign public official to influence their duties is an offence; persons in positions of authority must report corrupt transactions of R100,000 or more.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Prevention and Combating of Corrupt Activities Act 12 of 2004',
      url: 'https://www.justice.gov.za/legislation/acts/2004-012.pdf',
      publisher: 'South African Department of Justice',
    },
    effectiveFrom: '2004-04-27',
  },
  {
    id: 'ZA-USED-CLOTHING',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Used clothing may be imported only with an ITAC import permit',
    requirement:
      'Second-hand clothing (worn clothing and articles) is a controlled import: it needs an import permit from the International Trade Administration Commission, which is granted only in limited cases (e.g. for charitable distribution).',
    scope: { categories: [], hsPrefixes: ['6309'] },
    documents: ['import_permit'],
    source: {
      title: 'International Trade Administration Act 71 of 2002; Import Control Regulations',
      url: 'https://www.itac.org.za/',
      publisher: 'International Trade Administration Commission',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2005-01-01',
  },
  {
    id: 'ZA-BIOSECURITY',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Plants, animals and animal products need veterinary or plant health import permits',
    requirement:
      'Plants, seeds and plant products need a plant import permit and phytosanitary certificate under the Agricultural Pests Act; animals and animal products (including meat, dairy and pet food) need a veterinary import permit under the Animal Diseases Act, issued by the Department of Agriculture before shipment.',
    scope: { categories: ['plants-animals'], hsPrefixes: ['02', '04', '0713', '1001', '1005', '1201'] },
    documents: ['import_permit', 'phytosanitary_certificate', 'health_certificate'],
    source: {
      title: 'Agricultural Pests Act 36 of 1983; Animal Diseases Act 35 of 1984',
      url: 'https://www.dalrrd.gov.za/',
      publisher: 'South African Department of Agriculture',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'ZA-SAHPRA-MEDICINES',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medicines must be registered with SAHPRA and imported by a licensed holder',
    requirement:
      'Medicines may be sold in South Africa only if registered with SAHPRA, and imported only by a holder of a SAHPRA licence (manufacturer, wholesaler or distributor) with an import permit where the medicine is scheduled.',
    scope: { categories: ['medicine'] },
    certifications: ['ZA-SAHPRA-LICENCE'],
    documents: ['registration_certificate', 'import_permit'],
    source: {
      title: 'Medicines and Related Substances Act 101 of 1965',
      article: 's. 14',
      url: 'https://www.sahpra.org.za/',
      publisher: 'SAHPRA',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'ZA-HAZARDOUS-SUBSTANCES',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'substances',
    effect: 'requirement',
    title: 'Group I and II hazardous substances need a licence and prescribed labelling',
    requirement:
      "Substances and mixtures declared Group I or Group II hazardous substances (toxic, corrosive, flammable and similar) may be sold only by a licensed seller or under the Act's conditions, and must be packaged and labelled as prescribed (hazard statements, precautions, supplier); importers should hold safety data sheets.",
    scope: { categories: ['chemicals'] },
    documents: ['safety_data_sheet'],
    labelling: ['hazard warnings and precautionary statements', 'name and address of the supplier'],
    source: {
      title: 'Hazardous Substances Act 15 of 1973',
      url: 'https://www.health.gov.za/',
      publisher: 'South African National Department of Health',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'ZA-PLASTIC-BAGS',
    version: 1,
    jurisdiction: 'ZA',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Plastic carrier and flat bags must meet the compulsory specification and carry the plastic bag levy',
    requirement:
      'Plastic carrier bags and flat bags supplied in South Africa must meet the compulsory specification for plastic carrier and flat bags (minimum thickness, printing of the manufacturer and material), with an NRCS Letter of Authority, and are subject to the environmental levy on plastic bags.',
    scope: { categories: [], hsPrefixes: ['392321', '392329'] },
    certifications: ['ZA-NRCS-LOA'],
    source: {
      title:
        'Plastic Carrier Bags and Plastic Flat Bags Regulations (Environment Conservation Act 73 of 1989); compulsory specification for plastic carrier bags and flat bags',
      url: 'https://www.dffe.gov.za/',
      publisher: 'South Africa DFFE',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2004-05-09',
  },
];
