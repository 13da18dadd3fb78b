import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Great Britain essentials: UKCA (with the continued recognition of CE), electrical and radio equipment,
 * connected-product security (PSTI), toys, cosmetics, vapes, knives, batteries and WEEE, chemicals, IP
 * enforcement, data protection, modern slavery and bribery. Each cites legislation.gov.uk or GOV.UK.
 */

const leg = (title: string, url: string, article?: string): Source =>
  article
    ? { title, article, url, publisher: 'legislation.gov.uk' }
    : { title, url, publisher: 'legislation.gov.uk' };

const UKCA_GUIDANCE: Source = {
  title: 'Using the UKCA marking (Department for Business and Trade guidance)',
  url: 'https://www.gov.uk/guidance/using-the-ukca-marking',
  publisher: 'GOV.UK',
};

const CONSUMER_CATEGORIES = [
  'electronics',
  'cosmetics',
  'toys',
  'childcare-articles',
  'furniture',
  'food-contact',
  'textiles',
  'footwear',
  'jewellery',
  'luxury-goods',
  'knives',
  'weapon-like',
];

export const rules: RuleInput[] = [
  {
    id: 'GB-ESS-UKCA-OR-CE',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'information',
    title: 'Great Britain accepts the UKCA marking and, for most goods, the CE marking',
    requirement:
      'Goods within the UK product safety regulations (electrical, radio, EMC, toys, machinery and others) placed on the Great Britain market carry the UKCA marking or, for most of these regulations, the CE marking, which the government continues to recognise. Medical devices, construction products and some others follow their own timelines. Northern Ireland follows EU rules (CE, or CE with UKNI).',
    scope: { categories: ['electronics', 'toys', 'medical-device'] },
    certifications: [],
    advice:
      'Where the product is already CE-marked for the EU, keep the EU declaration and add a UK importer address; a separate UKCA marking is optional for most goods.',
    source: UKCA_GUIDANCE,
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-RADIO',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio equipment must meet the Radio Equipment Regulations 2017 (UKCA or CE)',
    requirement:
      'Radio equipment (Bluetooth, Wi-Fi, cellular...) placed on the GB market must meet the essential requirements (safety, EMC, effective use of spectrum); the manufacturer draws up the technical documentation and a UK (or EU) declaration of conformity and affixes the UKCA (or CE) marking; the importer adds its name and UK address.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['UKCA'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'UKCA or CE marking',
      'type, batch or serial number',
      'manufacturer name and postal address',
      'UK importer name and postal address',
    ],
    source: leg(
      'The Radio Equipment Regulations 2017 (SI 2017/1206)',
      'https://www.legislation.gov.uk/uksi/2017/1206/contents',
    ),
    effectiveFrom: '2017-12-26',
  },
  {
    id: 'GB-ESS-ELECTRICAL-SAFETY',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Mains electrical equipment (50–1000 V AC) must meet the Electrical Equipment (Safety) Regulations 2016',
    requirement:
      'Electrical equipment designed for use with a voltage rating between 50 and 1000 V AC must be safe and meet the principal elements of the safety objectives; the manufacturer carries out internal production control, draws up the declaration of conformity and affixes the UKCA (or CE) marking.',
    scope: {
      categories: ['electronics'],
      when: {
        all: [
          { not: { fact: 'radio.present', op: 'eq', value: true } },
          { fact: 'mains.present', op: 'eq', value: true },
          { fact: 'mains.voltage', op: 'gte', value: 50 },
          { fact: 'mains.voltage', op: 'lte', value: 1000 },
        ],
      },
    },
    certifications: ['UKCA'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'UKCA or CE marking',
      'type, batch or serial number',
      'manufacturer and UK importer name and address',
    ],
    source: leg(
      'The Electrical Equipment (Safety) Regulations 2016 (SI 2016/1101)',
      'https://www.legislation.gov.uk/uksi/2016/1101/contents',
    ),
    effectiveFrom: '2016-12-08',
  },
  {
    id: 'GB-ESS-EMC',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'requirement',
    title: 'Electronic equipment without radio must meet the Electromagnetic Compatibility Regulations 2016',
    requirement:
      'Apparatus liable to cause or be affected by electromagnetic disturbance must meet the essential requirements; the manufacturer draws up a declaration of conformity and affixes the UKCA (or CE) marking. Radio equipment is covered by the Radio Equipment Regulations instead.',
    scope: { categories: ['electronics'], when: { not: { fact: 'radio.present', op: 'eq', value: true } } },
    certifications: ['UKCA'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: ['UKCA or CE marking', 'manufacturer and UK importer name and address'],
    source: leg(
      'The Electromagnetic Compatibility Regulations 2016 (SI 2016/1091)',
      'https://www.legislation.gov.uk/uksi/2016/1091/contents',
    ),
    effectiveFrom: '2016-12-08',
  },
  {
    id: 'GB-ESS-ROHS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'substances',
    effect: 'requirement',
    title: 'Electrical and electronic equipment must respect the GB RoHS limits',
    requirement:
      'EEE placed on the GB market must not contain lead, mercury, hexavalent chromium, PBB, PBDE and four phthalates above 0.1 % or cadmium above 0.01 % by weight in homogeneous materials, save listed exemptions; compliance is declared with the UKCA or CE marking.',
    scope: { categories: ['electronics', 'e-cigarette'] },
    certifications: ['UKCA'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    source: leg(
      'The Restriction of the Use of Certain Hazardous Substances in Electrical and Electronic Equipment Regulations 2012 (SI 2012/3032)',
      'https://www.legislation.gov.uk/uksi/2012/3032/contents',
    ),
    effectiveFrom: '2013-01-02',
  },
  {
    id: 'GB-ESS-PSTI',
    version: 1,
    jurisdiction: 'GB',
    topic: 'data_security',
    effect: 'requirement',
    title:
      'Connectable consumer products must meet the PSTI security requirements and ship with a statement of compliance',
    requirement:
      'Relevant connectable products (smart devices, connected speakers, cameras, phones, routers) made available to UK consumers must not use universal or guessable default passwords, must publish how to report security issues, and must state the minimum period of security updates; a statement of compliance accompanies the product. Manufacturers, importers and distributors each have duties.',
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    documents: ['declaration_of_conformity'],
    labelling: [
      'minimum security update period stated at the point of sale',
      'statement of compliance with the product',
    ],
    advice:
      'Ask the manufacturer for an ETSI EN 303 645 assessment covering provisions 5.1-1, 5.1-2, 5.2-1 and 5.3-13, and the statement of compliance.',
    source: leg(
      'The Product Security and Telecommunications Infrastructure (Security Requirements for Relevant Connectable Products) Regulations 2023 (SI 2023/1007)',
      'https://www.legislation.gov.uk/uksi/2023/1007/contents',
      'Sch. 1, Sch. 2',
    ),
    effectiveFrom: '2024-04-29',
  },
  {
    id: 'GB-ESS-BATTERIES',
    version: 1,
    jurisdiction: 'GB',
    topic: 'environment',
    effect: 'requirement',
    title: 'Batteries must respect the mercury and cadmium limits and carry the crossed-out wheeled bin',
    requirement:
      'Batteries placed on the UK market must not contain more than 0.0005 % mercury by weight, portable batteries not more than 0.002 % cadmium (save exemptions); batteries carry the crossed-out wheeled bin symbol, the chemical symbols above thresholds and the capacity for portable batteries. Producers register under the Waste Batteries and Accumulators Regulations 2009.',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    labelling: [
      'crossed-out wheeled bin symbol',
      'Hg, Cd or Pb symbol above the thresholds',
      'capacity (portable batteries)',
    ],
    source: leg(
      'The Batteries and Accumulators (Placing on the Market) Regulations 2008 (SI 2008/2164)',
      'https://www.legislation.gov.uk/uksi/2008/2164/contents',
    ),
    effectiveFrom: '2008-09-26',
  },
  {
    id: 'GB-ESS-WEEE',
    version: 1,
    jurisdiction: 'GB',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Producers of electrical equipment join a compliance scheme and mark products with the wheeled bin',
    requirement:
      'Producers placing EEE on the UK market register through a producer compliance scheme (or as small producers), finance the collection of waste EEE and mark products with the crossed-out wheeled bin symbol; distributors offer take-back.',
    scope: { categories: ['electronics', 'e-cigarette'] },
    labelling: ['crossed-out wheeled bin symbol'],
    source: leg(
      'The Waste Electrical and Electronic Equipment Regulations 2013 (SI 2013/3113)',
      'https://www.legislation.gov.uk/uksi/2013/3113/contents',
    ),
    effectiveFrom: '2014-01-01',
  },
  {
    id: 'GB-ESS-GPSR',
    version: 1,
    jurisdiction: 'GB',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Consumer products must be safe and traceable (General Product Safety Regulations 2005)',
    requirement:
      'Producers place only safe products on the market, give consumers the information needed to assess risks, and mark products or packaging with the producer name and address and a product reference or batch; distributors act with due care.',
    scope: { categories: CONSUMER_CATEGORIES },
    labelling: ['producer name and address', 'product reference or batch'],
    source: leg(
      'The General Product Safety Regulations 2005 (SI 2005/1803)',
      'https://www.legislation.gov.uk/uksi/2005/1803/contents',
      'reg. 5, 7, 8',
    ),
    effectiveFrom: '2005-10-01',
  },
  {
    id: 'GB-ESS-TOYS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys must meet the Toys (Safety) Regulations 2011 and carry the UKCA or CE marking',
    requirement:
      'Toys placed on the GB market must meet the essential safety requirements; the manufacturer carries out a safety assessment, applies the designated standards (EN 71 series) or type-examination by an approved body, draws up the technical documentation and the declaration of conformity, and affixes the UKCA (or CE) marking; warnings in English.',
    scope: { categories: ['toys'] },
    certifications: ['UKCA'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'UKCA or CE marking',
      'type, batch or serial number',
      'manufacturer and UK importer name and address',
      'warnings in English',
    ],
    source: leg(
      'The Toys (Safety) Regulations 2011 (SI 2011/1881)',
      'https://www.legislation.gov.uk/uksi/2011/1881/contents',
    ),
    effectiveFrom: '2011-07-20',
  },
  {
    id: 'GB-ESS-TOYS-UNDER-36M',
    version: 1,
    jurisdiction: 'GB',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Toys for children under 36 months must have no small parts; others carry the under-3 warning',
    requirement:
      'Toys intended for children under 36 months and their components must be large enough to prevent swallowing or inhalation; toys that could be dangerous for them carry the warning "Not suitable for children under 36 months" with the hazard.',
    scope: { categories: ['toys'], when: { fact: 'age.min_months', op: 'lt', value: 36 } },
    documents: ['test_report'],
    labelling: [
      'age marking',
      '"Not suitable for children under 36 months" warning where the toy is not meant for them',
    ],
    source: leg(
      'The Toys (Safety) Regulations 2011 (SI 2011/1881)',
      'https://www.legislation.gov.uk/uksi/2011/1881/contents',
      'Sch. 2',
    ),
    effectiveFrom: '2011-07-20',
  },
  {
    id: 'GB-ESS-COSMETICS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Cosmetics need a UK responsible person, a safety report, a product information file and an SCPN notification',
    requirement:
      'Cosmetic products placed on the GB market need a responsible person established in the UK, a cosmetic product safety report and product information file kept at the UK address on the label, notification through the SCPN service before placing, compliance with the prohibited and restricted substance annexes, and labels in English with the UK responsible person.',
    scope: { categories: ['cosmetics'] },
    certifications: ['GB-SCPN'],
    documents: ['cosmetic_safety_report', 'product_information_file'],
    labelling: [
      'name and UK address of the responsible person',
      'country of origin (imported products)',
      'nominal content, durability date or period after opening, precautions, batch, function',
      'list of ingredients by INCI name',
    ],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    source: {
      title: 'Make cosmetic products available to consumers in Great Britain',
      url: 'https://www.gov.uk/guidance/make-cosmetic-products-available-to-consumers-in-great-britain',
      publisher: 'GOV.UK',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-VAPES',
    version: 1,
    jurisdiction: 'GB',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Nicotine vapes: MHRA notification, 20 mg/ml nicotine maximum, 10 ml refills and 2 ml tanks',
    requirement:
      'Nicotine-containing e-cigarettes and refill containers must be notified to the MHRA before supply; nicotine liquid not above 20 mg/ml; refill containers not above 10 ml and tanks not above 2 ml; child-resistant and tamper-evident; with health warning and leaflet.',
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.present', op: 'eq', value: true } },
    certifications: ['GB-MHRA-VAPE-NOTIFICATION'],
    labelling: [
      'health warning "This product contains nicotine which is a highly addictive substance."',
      'list of ingredients, nicotine content, batch number',
      'leaflet with instructions and warnings',
    ],
    source: leg(
      'The Tobacco and Related Products Regulations 2016 (SI 2016/507)',
      'https://www.legislation.gov.uk/uksi/2016/507/contents',
    ),
    effectiveFrom: '2016-05-20',
  },
  {
    id: 'GB-ESS-VAPE-LIMITS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'E-liquids above 20 mg/ml nicotine or in refills above 10 ml may not be supplied',
    requirement:
      'Nicotine-containing liquid above 20 mg/ml, or in refill containers above 10 ml, may not be supplied in the UK.',
    scope: {
      categories: ['e-cigarette'],
      when: {
        any: [
          { fact: 'nicotine.mg_per_ml', op: 'gt', value: 20 },
          {
            all: [
              { fact: 'nicotine.present', op: 'eq', value: true },
              { fact: 'liquid.volume_ml', op: 'gt', value: 10 },
            ],
          },
        ],
      },
    },
    source: leg(
      'The Tobacco and Related Products Regulations 2016 (SI 2016/507)',
      'https://www.legislation.gov.uk/uksi/2016/507/contents',
    ),
    effectiveFrom: '2016-05-20',
  },
  {
    id: 'GB-ESS-SINGLE-USE-VAPES',
    version: 1,
    jurisdiction: 'GB',
    topic: 'environment',
    effect: 'prohibited',
    title: 'Single-use (disposable) vapes may not be supplied from 1 June 2025',
    requirement:
      'It is an offence to supply, or offer or have in possession for supply, a single-use vape, with or without nicotine. A vape is single-use unless it is both rechargeable and refillable (replaceable coil, refillable or replaceable container). Regulations in England; Scotland and Wales apply equivalent bans from the same date.',
    scope: { categories: ['e-cigarette'], when: { fact: 'single_use', op: 'eq', value: true } },
    advice: 'Source only rechargeable devices with refillable pods or tanks and replaceable coils.',
    source: leg(
      'The Environmental Protection (Single-use Vapes) (England) Regulations 2024 (SI 2024/1216)',
      'https://www.legislation.gov.uk/uksi/2024/1216/contents',
      'reg. 3, 4',
    ),
    effectiveFrom: '2025-06-01',
  },
  {
    id: 'GB-ESS-OFFENSIVE-WEAPONS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title:
      'Importing weapons listed under s.141 Criminal Justice Act 1988 (butterfly knives, knuckledusters, zombie knives...) is prohibited',
    requirement:
      'Any person who manufactures, sells, hires, offers for sale or hire, exposes for sale, or imports a weapon to which s.141 applies commits an offence, and the importation of such weapons is prohibited. The weapons are listed in the Criminal Justice Act 1988 (Offensive Weapons) Order 1988 as amended: among them butterfly (balisong) knives, push daggers, knuckledusters, belt-buckle knives, disguised knives, shuriken, telescopic truncheons and zombie-style knives and machetes.',
    scope: { categories: ['weapon-like'] },
    advice:
      'Check the product against the Order schedule before ordering; customs seize such goods at the border.',
    source: leg(
      'Criminal Justice Act 1988',
      'https://www.legislation.gov.uk/ukpga/1988/33/section/141',
      's.141(1), (4)',
    ),
    effectiveFrom: '1988-09-29',
  },
  {
    id: 'GB-ESS-FLICK-KNIVES',
    version: 1,
    jurisdiction: 'GB',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Flick knives and gravity knives may not be imported, sold or made',
    requirement:
      'Any knife with a blade which opens automatically by hand pressure applied to a button, spring or other device in or attached to the handle (flick knife), or which is released by gravity or centrifugal force (gravity knife), may not be manufactured, sold, hired, lent or given, and its importation is prohibited.',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    source: leg(
      'Restriction of Offensive Weapons Act 1959',
      'https://www.legislation.gov.uk/ukpga/Eliz2/7-8/37/section/1',
      's.1(1), (2)',
    ),
    effectiveFrom: '1959-05-14',
  },
  {
    id: 'GB-ESS-TEXTILE-FIBRE',
    version: 1,
    jurisdiction: 'GB',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textile products must be labelled with their fibre composition',
    requirement:
      'Textile products made available in the UK are labelled with their fibre composition using the recognised fibre names and percentages by weight, in English.',
    scope: { categories: ['textiles'] },
    labelling: ['fibre composition with recognised fibre names and percentages, in English'],
    source: leg(
      'The Textile Products (Labelling and Fibre Names) Regulations 2012 (SI 2012/1102)',
      'https://www.legislation.gov.uk/uksi/2012/1102/contents',
    ),
    effectiveFrom: '2012-05-08',
  },
  {
    id: 'GB-ESS-UK-REACH',
    version: 1,
    jurisdiction: 'GB',
    topic: 'substances',
    effect: 'requirement',
    title: 'Articles and chemicals must respect UK REACH restrictions and SVHC communication duties',
    requirement:
      'UK REACH keeps the Annex XVII restrictions and the duty to inform recipients of articles containing candidate-list substances above 0.1 % w/w; GB importers of substances of 1 tonne or more a year register with the Health and Safety Executive.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'jewellery',
        'chemicals',
        'furniture',
      ],
    },
    substanceLists: ['reach_annex_xvii', 'echa_svhc_candidate'],
    documents: ['safety_data_sheet'],
    source: leg(
      'The REACH etc. (Amendment etc.) (EU Exit) Regulations 2019 (SI 2019/758)',
      'https://www.legislation.gov.uk/uksi/2019/758/contents',
    ),
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-FCM',
    version: 1,
    jurisdiction: 'GB',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Food-contact materials must be inert and labelled for food contact',
    requirement:
      'Materials and articles intended to come into contact with food must not transfer their constituents to food in quantities which could endanger health; they are labelled "for food contact" or with the glass-and-fork symbol and are traceable; plastics carry a declaration of compliance.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration'],
    labelling: [
      '"for food contact" or the glass-and-fork symbol',
      'name and address of the responsible business',
    ],
    source: leg(
      'Regulation (EC) No 1935/2004 as retained in UK law',
      'https://www.legislation.gov.uk/eur/2004/1935/contents',
      'Art. 3, 15',
    ),
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'GB',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medical devices must be registered with the MHRA through a UK responsible person',
    requirement:
      'Medical devices placed on the Great Britain market must be registered with the MHRA; a manufacturer outside the UK appoints a UK responsible person. UKCA marking or, within the transition arrangements, CE marking is accepted.',
    scope: { categories: ['medical-device'] },
    certifications: ['GB-MHRA-DEVICE-REG'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    source: {
      title: 'Regulating medical devices in the UK',
      url: 'https://www.gov.uk/guidance/regulating-medical-devices-in-the-uk',
      publisher: 'GOV.UK',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-IPR-CUSTOMS',
    version: 1,
    jurisdiction: 'GB',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Goods bearing a third-party brand may be detained by UK customs as suspected counterfeits',
    requirement:
      'Border Force detains goods suspected of infringing an intellectual property right covered by a right-holder application; counterfeit goods are destroyed, including small consignments.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics', 'electronics', 'toys'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification'],
    advice:
      'Buy branded goods only from the brand owner or its authorised distributors; keep the authorisation with the shipment.',
    source: leg(
      'Regulation (EU) No 608/2013 concerning customs enforcement of intellectual property rights, as retained in UK law',
      'https://www.legislation.gov.uk/eur/2013/608/contents',
    ),
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-UK-GDPR',
    version: 1,
    jurisdiction: 'GB',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products that process personal data of people in the UK fall under the UK GDPR',
    requirement:
      'Where a connected product or its app processes personal data of people in the UK, the controller applies the UK GDPR and the Data Protection Act 2018; a controller outside the UK offering goods to people in the UK designates a UK representative.',
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    source: leg(
      'UK General Data Protection Regulation',
      'https://www.legislation.gov.uk/eur/2016/679/contents',
      'Art. 3(2), 25, 27',
    ),
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'GB-ESS-MODERN-SLAVERY',
    version: 1,
    jurisdiction: 'GB',
    topic: 'labour',
    effect: 'information',
    title: 'Large businesses publish a slavery and human trafficking statement each year',
    requirement:
      'A commercial organisation supplying goods or services in the UK with a total turnover of at least £36 million prepares a slavery and human trafficking statement for each financial year on the steps taken to ensure slavery is not taking place in its supply chains.',
    scope: { categories: [...CONSUMER_CATEGORIES, 'apparel', 'food', 'chemicals'] },
    documents: ['supplier_qualification'],
    source: leg('Modern Slavery Act 2015', 'https://www.legislation.gov.uk/ukpga/2015/30/section/54', 's.54'),
    effectiveFrom: '2015-10-29',
  },
  {
    id: 'GB-ESS-BRIBERY',
    version: 1,
    jurisdiction: 'GB',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Companies are liable for failing to prevent bribery by their agents, including customs brokers',
    requirement:
      'A commercial organisation carrying on business in the UK is guilty of an offence if a person associated with it (employee, agent, broker) bribes another to obtain or retain business for it, unless it had adequate procedures to prevent bribery. Facilitation payments to officials are bribes.',
    scope: { categories: [...CONSUMER_CATEGORIES, 'apparel', 'food', 'chemicals'] },
    advice:
      'Put anti-bribery clauses in agency and brokerage contracts and forbid facilitation payments at the border.',
    source: leg('Bribery Act 2010', 'https://www.legislation.gov.uk/ukpga/2010/23/section/7', 's.7'),
    effectiveFrom: '2011-07-01',
  },
  {
    id: 'GB-ESS-TRAVELLER-ALCOHOL',
    version: 1,
    jurisdiction: 'GB',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Travellers may bring in duty-free 4 litres of spirits above 22 %',
    requirement:
      'Arriving from abroad, a traveller may bring in without duty 42 litres of beer, 18 litres of still wine and 4 litres of spirits and other liquors over 22 % (or 9 litres of sparkling or fortified wine up to 22 %); more must be declared.',
    scope: {
      categories: ['alcohol'],
      channels: ['personal_import'],
      when: { fact: 'alcohol.abv', op: 'gt', value: 22 },
    },
    quantityLimit: { amount: 4, unit: 'litre', per: 'person' },
    source: {
      title: 'Bringing goods into the UK for personal use: alcohol and tobacco allowances',
      url: 'https://www.gov.uk/duty-free-goods',
      publisher: 'GOV.UK',
    },
    effectiveFrom: '2021-01-01',
  },
];
