import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * European Union essentials: the horizontal product rules importers meet most (radio, electrical, batteries,
 * chargers, cosmetics, toys, food contact, chemicals, vapes, drones, medical devices, textiles, IP enforcement,
 * data protection, forced labour). Each cites the act on EUR-Lex; staged obligations are future versions.
 */

const eurlex = (title: string, url: string, article?: string): Source =>
  article ? { title, article, url, publisher: 'EUR-Lex' } : { title, url, publisher: 'EUR-Lex' };

const RED = 'Directive 2014/53/EU (Radio Equipment Directive)';
const RED_URL = 'https://eur-lex.europa.eu/eli/dir/2014/53/oj';
const BATT = 'Regulation (EU) 2023/1542 concerning batteries and waste batteries';
const BATT_URL = 'https://eur-lex.europa.eu/eli/reg/2023/1542/oj';
const COSM = 'Regulation (EC) No 1223/2009 on cosmetic products';
const COSM_URL = 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj';
const REACH = 'Regulation (EC) No 1907/2006 (REACH)';
const REACH_URL = 'https://eur-lex.europa.eu/eli/reg/2006/1907/oj';
const TPD = 'Directive 2014/40/EU (Tobacco Products Directive)';
const TPD_URL = 'https://eur-lex.europa.eu/eli/dir/2014/40/oj';

/** Consumer products in the sense of the GPSR: everything a consumer may use, save food and medicines. */
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

const LITHIUM = { fact: 'battery.chemistry', op: 'in', value: ['li-ion', 'li-polymer', 'li-metal'] } as const;

export const rules: RuleInput[] = [
  // Radio, electrical and electronic equipment.
  {
    id: 'EU-ESS-RED-CE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio equipment must meet the Radio Equipment Directive and carry the CE marking',
    requirement:
      'Equipment that intentionally emits or receives radio waves (Bluetooth, Wi-Fi, cellular, NFC, GNSS...) must meet the essential requirements of Art. 3 (safety, EMC, efficient use of spectrum). The manufacturer carries out the conformity assessment, draws up the technical documentation and the EU declaration of conformity, and affixes the CE marking; the importer checks this and adds its name and address.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'CE marking',
      'type, batch or serial number',
      'manufacturer name, registered trade name or mark and postal address',
      'importer name and postal address',
      'restrictions on use in member states, where any',
    ],
    advice:
      'Ask the factory for the RED test reports to the harmonised standards (EN 300 328 for 2.4 GHz, EN 301 489 series for EMC, EN 62368-1 for safety) and the signed EU declaration of conformity before shipping.',
    source: eurlex(RED, RED_URL, 'Art. 3, 10, 12, 17–20'),
    effectiveFrom: '2016-06-13',
  },
  {
    id: 'EU-ESS-RED-CYBERSECURITY',
    version: 1,
    jurisdiction: 'EU',
    topic: 'data_security',
    effect: 'requirement',
    title: 'Internet-connected radio equipment must meet the RED cybersecurity requirements',
    requirement:
      'Radio equipment capable of communicating over the internet must protect the network, safeguard personal data and privacy and, for equipment that allows the transfer of money, protect against fraud (Art. 3(3)(d), (e) and (f) of the RED, activated by Delegated Regulation (EU) 2022/30), from 1 August 2025.',
    scope: {
      categories: ['radio-equipment'],
      when: {
        all: [
          { fact: 'radio.present', op: 'eq', value: true },
          { fact: 'connectable', op: 'eq', value: true },
        ],
      },
    },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    advice:
      'Use the harmonised standards EN 18031-1, -2 and -3; without them (or where they are cited with restrictions, e.g. for default passwords left to the user) a notified body must be involved.',
    source: eurlex(
      'Commission Delegated Regulation (EU) 2022/30 supplementing Directive 2014/53/EU',
      'https://eur-lex.europa.eu/eli/reg_del/2022/30/oj',
      'Art. 1, 3',
    ),
    effectiveFrom: '2025-08-01',
  },
  {
    id: 'EU-ESS-COMMON-CHARGER',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Phones, headphones, speakers and other small devices need a USB-C port and an unbundling option',
    requirement:
      'Rechargeable radio equipment of the listed categories (mobile phones, tablets, digital cameras, headphones, headsets, earbuds, handheld videogame consoles, portable speakers, e-readers, keyboards, mice, portable navigation systems) must have a USB Type-C receptacle, support USB Power Delivery where charged above 5 V / 3 A / 15 W, be offered without a charger, and carry the pictogram and label on charging capabilities.',
    scope: {
      categories: ['mobile-phone', 'wireless-audio'],
      when: { fact: 'battery.present', op: 'eq', value: true },
    },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'pictogram showing whether a charging device is included',
      'label stating the power the device needs (minimum and maximum W) and whether it supports USB PD fast charging',
    ],
    source: eurlex(
      'Directive (EU) 2022/2380 amending Directive 2014/53/EU (common charger)',
      'https://eur-lex.europa.eu/eli/dir/2022/2380/oj',
    ),
    effectiveFrom: '2024-12-28',
  },
  {
    id: 'EU-ESS-COMMON-CHARGER-LAPTOP',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Rechargeable laptops need a USB-C port and an unbundling option',
    requirement:
      'Laptops rechargeable by wired charging must have a USB Type-C receptacle, support USB Power Delivery, be offered without a charger and carry the pictogram and charging label, from 28 April 2026.',
    scope: { hsPrefixes: ['847130'], when: { fact: 'battery.present', op: 'eq', value: true } },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'pictogram showing whether a charging device is included',
      'label stating the power the device needs and whether it supports USB PD fast charging',
    ],
    source: eurlex(
      'Directive (EU) 2022/2380 amending Directive 2014/53/EU (common charger)',
      'https://eur-lex.europa.eu/eli/dir/2022/2380/oj',
    ),
    effectiveFrom: '2026-04-28',
  },
  {
    id: 'EU-ESS-LVD-CE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Mains electrical equipment (50–1000 V AC) must meet the Low Voltage Directive and carry the CE marking',
    requirement:
      'Electrical equipment designed for use with a voltage rating between 50 and 1000 V AC must be safe (Annex I) and pass the internal production control of Annex III; the manufacturer draws up the technical documentation and declaration of conformity and affixes the CE marking. Radio equipment meets the same safety objectives under the RED instead.',
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
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'CE marking',
      'type, batch or serial number',
      'manufacturer name and postal address',
      'importer name and postal address',
      'instructions and safety information in a language consumers understand',
    ],
    advice:
      'For chargers and adapters ask for EN 62368-1 (or EN 60335 for appliances) test reports from an accredited lab.',
    source: eurlex(
      'Directive 2014/35/EU (Low Voltage Directive)',
      'https://eur-lex.europa.eu/eli/dir/2014/35/oj',
      'Art. 1, 3, 6, 8, 12–17',
    ),
    effectiveFrom: '2016-04-20',
  },
  {
    id: 'EU-ESS-EMC-CE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Electronic equipment without radio must meet the EMC Directive and carry the CE marking',
    requirement:
      'Apparatus liable to generate or be affected by electromagnetic disturbance must meet the essential requirements of Annex I; the manufacturer performs internal production control, draws up the EU declaration of conformity and affixes the CE marking. Radio equipment is covered by the RED instead.',
    scope: { categories: ['electronics'], when: { not: { fact: 'radio.present', op: 'eq', value: true } } },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'CE marking',
      'type, batch or serial number',
      'manufacturer and importer name and postal address',
    ],
    source: eurlex(
      'Directive 2014/30/EU (Electromagnetic Compatibility Directive)',
      'https://eur-lex.europa.eu/eli/dir/2014/30/oj',
      'Art. 6, 7, 14–17',
    ),
    effectiveFrom: '2016-04-20',
  },
  {
    id: 'EU-ESS-ROHS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title:
      'Electrical and electronic equipment must not exceed the RoHS limits for lead, mercury, cadmium and others',
    requirement:
      'EEE must not contain more than 0.1 % by weight in homogeneous materials of lead, mercury, hexavalent chromium, PBB, PBDE, DEHP, BBP, DBP, DIBP, or 0.01 % of cadmium, save listed exemptions. Compliance is part of the CE marking and the EU declaration of conformity.',
    scope: { categories: ['electronics', 'e-cigarette'] },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    advice: 'Ask for XRF screening or EN IEC 63000 documentation covering the bill of materials.',
    source: eurlex(
      'Directive 2011/65/EU (RoHS)',
      'https://eur-lex.europa.eu/eli/dir/2011/65/oj',
      'Art. 4, Annex II',
    ),
    effectiveFrom: '2013-01-03',
  },
  {
    id: 'EU-ESS-WEEE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Electrical equipment producers register for WEEE and mark products with the crossed-out wheeled bin',
    requirement:
      'The producer (the importer, or a distance seller selling directly to end users in a member state) registers in the national register of each member state where it places EEE, finances the collection and treatment of waste EEE and marks the product with the crossed-out wheeled bin symbol.',
    scope: { categories: ['electronics', 'e-cigarette'] },
    certifications: ['EU-WEEE-PRODUCER-REG'],
    labelling: ['crossed-out wheeled bin symbol (EN 50419)'],
    advice:
      'Non-EU sellers selling online to consumers appoint an authorised representative in each member state.',
    source: eurlex(
      'Directive 2012/19/EU on waste electrical and electronic equipment (WEEE)',
      'https://eur-lex.europa.eu/eli/dir/2012/19/oj',
      'Art. 14, 16, 17, Annex IX',
    ),
    effectiveFrom: '2014-02-15',
  },
  // Batteries.
  {
    id: 'EU-ESS-BATT-SUBSTANCES',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Batteries must not exceed the mercury and cadmium limits of the Batteries Regulation',
    requirement:
      'Batteries, whether or not incorporated into appliances, must not contain more than 0.0005 % mercury by weight; portable batteries not more than 0.002 % cadmium; and, from 18 August 2024, portable batteries not more than 0.01 % lead (Annex I).',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    documents: ['test_report', 'technical_documentation'],
    substanceLists: ['reach_annex_xvii'],
    source: eurlex(BATT, BATT_URL, 'Art. 6, Annex I'),
    effectiveFrom: '2024-02-18',
  },
  {
    id: 'EU-ESS-BATT-CE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Batteries placed on the EU market need an EU declaration of conformity and the CE marking',
    requirement:
      'From 18 August 2024 batteries undergo the conformity assessment of the Batteries Regulation (internal production control for portable batteries); the manufacturer draws up the EU declaration of conformity and affixes the CE marking to the battery or, where not possible, its packaging.',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'un38_3_test_summary'],
    labelling: ['CE marking'],
    source: eurlex(BATT, BATT_URL, 'Art. 17–20'),
    effectiveFrom: '2024-08-18',
  },
  {
    id: 'EU-ESS-BATT-LABEL',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Batteries carry the separate-collection symbol and chemical symbols',
    requirement:
      'Until the general labelling requirements of the Batteries Regulation apply, batteries carry the crossed-out wheeled bin and, above the thresholds, the symbols Hg, Cd or Pb, and portable and automotive batteries their capacity, as required by the Batteries Directive whose labelling articles continue to apply.',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    labelling: ['crossed-out wheeled bin symbol', 'Hg, Cd or Pb symbol above the thresholds', 'capacity'],
    source: eurlex(
      'Directive 2006/66/EC on batteries and accumulators',
      'https://eur-lex.europa.eu/eli/dir/2006/66/oj',
      'Art. 20, 21',
    ),
    effectiveFrom: '2008-09-26',
    effectiveTo: '2026-08-17',
  },
  {
    id: 'EU-ESS-BATT-LABEL',
    version: 2,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Batteries carry the general information label of the Batteries Regulation',
    requirement:
      'From 18 August 2024 batteries must be marked with the separate-collection symbol; from 18 August 2026 they carry a label with the manufacturer, battery category, identification, date and place of manufacture, weight, capacity, chemistry, hazardous substances other than Hg, Cd, Pb, critical raw materials, and for portable batteries of general use the minimum average duration and the "non-rechargeable" mention where relevant.',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    labelling: [
      'crossed-out wheeled bin symbol',
      'Hg, Cd or Pb symbol above the thresholds',
      'manufacturer, battery category and identification',
      'date and place of manufacture',
      'weight, capacity and chemistry',
    ],
    source: eurlex(BATT, BATT_URL, 'Art. 13, Annex VI'),
    effectiveFrom: '2026-08-18',
    effectiveTo: '2027-02-17',
  },
  {
    id: 'EU-ESS-BATT-LABEL',
    version: 3,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Batteries carry the general information label and a QR code',
    requirement:
      'From 18 February 2027 batteries, in addition to the general information label and collection symbol, carry a QR code giving access to the information on the battery (the declaration of conformity, the label content and, where applicable, the battery passport).',
    scope: { categories: ['battery'], hsPrefixes: ['8506', '8507'] },
    labelling: [
      'crossed-out wheeled bin symbol',
      'Hg, Cd or Pb symbol above the thresholds',
      'manufacturer, battery category and identification',
      'date and place of manufacture',
      'weight, capacity and chemistry',
      'QR code',
    ],
    source: eurlex(BATT, BATT_URL, 'Art. 13'),
    effectiveFrom: '2027-02-18',
  },
  {
    id: 'EU-ESS-BATT-EPR',
    version: 1,
    jurisdiction: 'EU',
    topic: 'environment',
    effect: 'requirement',
    title: 'Battery producers must register in each member state (extended producer responsibility)',
    requirement:
      'The producer of batteries, including batteries incorporated in appliances or vehicles (power banks, phones, toys with batteries), registers in the producer register of each member state where it first makes them available and joins a producer responsibility organisation; from 18 August 2025 under the Regulation.',
    scope: {
      categories: ['battery', 'electronics', 'toys', 'e-cigarette'],
      when: { fact: 'battery.present', op: 'eq', value: true },
    },
    certifications: ['EU-BATT-PRODUCER-REG'],
    advice:
      'Distance sellers from outside the EU appoint an authorised representative for EPR in each member state.',
    source: eurlex(BATT, BATT_URL, 'Art. 55–57'),
    effectiveFrom: '2025-08-18',
  },
  {
    id: 'EU-ESS-BATT-REMOVABLE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'environment',
    effect: 'requirement',
    title: 'Portable batteries in appliances must be removable and replaceable by the end user',
    requirement:
      'From 18 February 2027 portable batteries incorporated in appliances must be readily removable and replaceable by the end user with commercially available tools, save the derogations of Art. 11(4); appliances come with instructions on removal and replacement.',
    scope: {
      categories: ['electronics', 'toys'],
      when: { all: [{ fact: 'battery.present', op: 'eq', value: true }, LITHIUM] },
    },
    advice:
      'Review product design now; sealed designs may need a derogation case (e.g. continuous connection to power) or redesign.',
    source: eurlex(BATT, BATT_URL, 'Art. 11'),
    effectiveFrom: '2027-02-18',
  },
  // General product safety.
  {
    id: 'EU-ESS-GPSR',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Consumer products need a responsible economic operator in the EU and traceability labelling (GPSR)',
    requirement:
      'Only safe products may be placed on the market. A product may be placed on the market only if an economic operator established in the Union (manufacturer, importer, authorised representative or fulfilment service provider) is responsible for it; the product carries a type, batch or serial number, the manufacturer name and postal and electronic address, and the importer details, with instructions and safety information in the language of the member state.',
    scope: { categories: CONSUMER_CATEGORIES },
    documents: ['technical_documentation'],
    labelling: [
      'type, batch or serial number',
      'manufacturer name, trade name or mark, postal and electronic address',
      'importer name, postal and electronic address',
      'name and contact details of the EU responsible economic operator',
      'instructions and safety information in the language of the member state',
    ],
    advice:
      'Non-EU sellers appoint an EU authorised representative or use an EU fulfilment service provider and put its details on the product.',
    source: eurlex(
      'Regulation (EU) 2023/988 on general product safety',
      'https://eur-lex.europa.eu/eli/reg/2023/988/oj',
      'Art. 5, 9, 11, 16',
    ),
    effectiveFrom: '2024-12-13',
  },
  {
    id: 'EU-ESS-GPSR-ONLINE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Consumer products offered online must show the manufacturer, the EU responsible person and warnings',
    requirement:
      'Distance sales offers must show clearly the manufacturer name and postal and electronic address, the EU responsible person where the manufacturer is outside the Union, product identification (picture, type), and warnings or safety information in the language of the member state.',
    scope: { categories: CONSUMER_CATEGORIES, channels: ['ecommerce_parcel'] },
    labelling: [
      'online listing: manufacturer and EU responsible person contact details, product picture and type, warnings',
    ],
    source: eurlex(
      'Regulation (EU) 2023/988 on general product safety',
      'https://eur-lex.europa.eu/eli/reg/2023/988/oj',
      'Art. 19',
    ),
    effectiveFrom: '2024-12-13',
  },
  // Cosmetics.
  {
    id: 'EU-ESS-COSM-RP-CPNP',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Cosmetics need an EU responsible person, a safety report, a product information file and a CPNP notification',
    requirement:
      'Only cosmetic products for which a legal or natural person within the Community is designated as responsible person may be placed on the market. Before placing, the responsible person ensures a cosmetic product safety assessment (Annex I), keeps a product information file for ten years at the address on the label, and notifies the product through the CPNP.',
    scope: { categories: ['cosmetics'] },
    certifications: ['EU-CPNP'],
    documents: ['cosmetic_safety_report', 'product_information_file'],
    advice:
      'Non-EU brands contract an EU responsible person (often the importer or a specialised service) before the first shipment.',
    source: eurlex(COSM, COSM_URL, 'Art. 4, 10, 11, 13'),
    effectiveFrom: '2013-07-11',
  },
  {
    id: 'EU-ESS-COSM-LABEL',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Cosmetic labels show the responsible person, the content, durability, precautions, batch, function and INCI ingredients',
    requirement:
      'Containers and packaging bear, indelibly and legibly: the name and address of the responsible person, the country of origin for imported products, the nominal content, the date of minimum durability or the period after opening, precautions, the batch number, the function unless clear from presentation, and the list of ingredients (INCI names, descending order of weight, nanomaterials marked "(nano)"), in the language required by the member state.',
    scope: { categories: ['cosmetics'] },
    labelling: [
      'name and address of the EU responsible person',
      'country of origin (imported products)',
      'nominal content by weight or volume',
      'date of minimum durability or period-after-opening symbol',
      'precautions for use',
      'batch number',
      'function of the product',
      'list of ingredients by INCI name',
    ],
    source: eurlex(COSM, COSM_URL, 'Art. 19'),
    effectiveFrom: '2013-07-11',
  },
  {
    id: 'EU-ESS-COSM-SUBSTANCES',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Cosmetics must not contain prohibited substances and must respect restricted-substance limits',
    requirement:
      'Cosmetic products must not contain substances listed in Annex II (prohibited) and may contain Annex III substances only within the restrictions laid down there; colorants, preservatives and UV filters only if listed in Annexes IV, V and VI.',
    scope: { categories: ['cosmetics'] },
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    documents: ['cosmetic_safety_report'],
    source: eurlex(COSM, COSM_URL, 'Art. 14, Annexes II–VI'),
    effectiveFrom: '2013-07-11',
  },
  // Toys and children.
  {
    id: 'EU-ESS-TOY-CE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys must meet the Toy Safety Directive and carry the CE marking',
    requirement:
      'Toys must meet the essential safety requirements (physical, mechanical, flammability, chemical, electrical, hygiene, radioactivity); the manufacturer carries out a safety assessment, applies the harmonised standards (EN 71 series) or EC type-examination by a notified body, draws up the technical documentation and the EC declaration of conformity and affixes the CE marking.',
    scope: { categories: ['toys'] },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'CE marking',
      'type, batch or serial number',
      'manufacturer name and address',
      'importer name and address',
      'warnings preceded by "Warning." in the language of the member state',
    ],
    source: eurlex(
      'Directive 2009/48/EC on the safety of toys',
      'https://eur-lex.europa.eu/eli/dir/2009/48/oj',
      'Art. 4, 10, 11, 15–20',
    ),
    effectiveFrom: '2011-07-20',
  },
  {
    id: 'EU-ESS-TOY-UNDER-36M',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Toys for children under 36 months must have no small parts; others carry the under-3 warning',
    requirement:
      'Toys intended for children under 36 months and their components must be of dimensions that prevent swallowing or inhalation. Toys that could be dangerous for children under 36 months carry the warning "Not suitable for children under 36 months" with a brief indication of the hazard.',
    scope: { categories: ['toys'], when: { fact: 'age.min_months', op: 'lt', value: 36 } },
    documents: ['test_report'],
    labelling: [
      'age marking',
      '"Not suitable for children under 36 months" warning where the toy is not meant for them',
    ],
    source: eurlex(
      'Directive 2009/48/EC on the safety of toys',
      'https://eur-lex.europa.eu/eli/dir/2009/48/oj',
      'Art. 11, Annex II, Annex V',
    ),
    effectiveFrom: '2011-07-20',
  },
  // Chemicals.
  {
    id: 'EU-ESS-REACH-XVII',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Articles and mixtures must respect the REACH Annex XVII restrictions',
    requirement:
      'Substances on their own, in mixtures or in articles must not be manufactured, placed on the market or used unless they comply with the conditions of Annex XVII (e.g. nickel release in jewellery, lead in consumer articles, phthalates in toys and childcare articles, azo dyes in textiles, PAHs in rubber and plastic, chromium VI in leather).',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'jewellery',
        'luxury-goods',
        'chemicals',
        'cosmetics',
        'furniture',
        'food-contact',
      ],
    },
    substanceLists: ['reach_annex_xvii'],
    documents: ['test_report'],
    source: eurlex(REACH, REACH_URL, 'Art. 67, Annex XVII'),
    effectiveFrom: '2009-06-01',
  },
  {
    id: 'EU-ESS-REACH-SVHC',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Suppliers of articles containing a candidate-list SVHC above 0.1 % must inform recipients',
    requirement:
      'A supplier of an article containing a substance on the candidate list of substances of very high concern above 0.1 % weight by weight provides the recipient with sufficient information to allow safe use, at least the name of the substance, and a consumer on request within 45 days. Importers of articles with such a substance above 0.1 % and more than one tonne a year notify ECHA (Art. 7(2)).',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'jewellery',
        'luxury-goods',
        'furniture',
        'food-contact',
      ],
    },
    substanceLists: ['echa_svhc_candidate'],
    advice:
      'Get a supplier declaration against the current candidate list (updated twice a year) and notify SCIP where required.',
    source: eurlex(REACH, REACH_URL, 'Art. 7(2), 33'),
    effectiveFrom: '2008-06-01',
  },
  {
    id: 'EU-ESS-CHEM-SDS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title:
      'Hazardous chemicals need a safety data sheet, CLP labelling and, from 1 tonne a year, REACH registration',
    requirement:
      'The supplier of a substance or mixture classified as hazardous provides a safety data sheet in the official language (REACH Art. 31, Annex II); importers of substances of 1 tonne or more a year register them with ECHA; Annex XIV substances need an authorisation.',
    scope: { categories: ['chemicals'] },
    documents: ['safety_data_sheet'],
    labelling: [
      'CLP hazard label: pictograms, signal word, hazard and precautionary statements, supplier identity',
    ],
    substanceLists: ['reach_annex_xiv', 'reach_annex_xvii'],
    source: eurlex(REACH, REACH_URL, 'Art. 6, 31, 56'),
    effectiveFrom: '2008-06-01',
  },
  {
    id: 'EU-ESS-POPS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Persistent organic pollutants are prohibited in products (POPs Regulation)',
    requirement:
      'The manufacturing, placing on the market and use of substances listed in Annex I (e.g. PFOS, PFOA, short-chain chlorinated paraffins, certain brominated flame retardants), on their own, in mixtures or in articles, is prohibited above the unintentional trace contaminant levels stated there.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'chemicals',
        'furniture',
        'food-contact',
      ],
    },
    substanceLists: ['eu_pops'],
    documents: ['test_report'],
    source: eurlex(
      'Regulation (EU) 2019/1021 on persistent organic pollutants',
      'https://eur-lex.europa.eu/eli/reg/2019/1021/oj',
      'Art. 3, Annex I',
    ),
    effectiveFrom: '2019-07-15',
  },
  // Food contact.
  {
    id: 'EU-ESS-FCM',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Food-contact materials must not transfer constituents to food and are labelled for food contact',
    requirement:
      'Materials and articles intended to come into contact with food must not transfer their constituents to food in quantities which could endanger health or change the food unacceptably; when not yet in contact with food they are labelled "for food contact" or with the glass-and-fork symbol, with the name of the responsible business in the EU, and are traceable.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration', 'test_report'],
    labelling: [
      '"for food contact" or the glass-and-fork symbol',
      'name and address of the responsible business operator in the EU',
    ],
    source: eurlex(
      'Regulation (EC) No 1935/2004 on materials and articles intended to come into contact with food',
      'https://eur-lex.europa.eu/eli/reg/2004/1935/oj',
      'Art. 3, 15, 17',
    ),
    effectiveFrom: '2004-12-03',
  },
  {
    id: 'EU-ESS-FCM-PLASTICS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Plastic food-contact articles need a declaration of compliance and must respect migration limits',
    requirement:
      'Plastic materials and articles may be made only with authorised substances (Union list, Annex I), must respect the overall migration limit of 10 mg/dm² and the specific migration limits, and are accompanied at all marketing stages other than retail by a written declaration of compliance (Annex IV).',
    scope: { categories: ['food-contact'], hsPrefixes: ['3923', '3924'] },
    documents: ['food_contact_declaration', 'test_report'],
    source: eurlex(
      'Commission Regulation (EU) No 10/2011 on plastic materials and articles intended to come into contact with food',
      'https://eur-lex.europa.eu/eli/reg/2011/10/oj',
      'Art. 5, 11, 12, 15, Annex IV',
    ),
    effectiveFrom: '2011-05-01',
  },
  // E-cigarettes.
  {
    id: 'EU-ESS-TPD-ECIG',
    version: 1,
    jurisdiction: 'EU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'E-cigarettes: notification, 20 mg/ml nicotine maximum, 10 ml refills and 2 ml tanks',
    requirement:
      'Nicotine-containing e-cigarettes and refill containers may be placed on the market only if notified six months in advance; nicotine liquid not above 20 mg/ml; refill containers not above 10 ml, disposable e-cigarettes and single-use cartridges or tanks not above 2 ml; child-resistant and tamper-evident; with leaflet and health warning. Member states may prohibit cross-border distance sales.',
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.present', op: 'eq', value: true } },
    certifications: ['EU-TPD-NOTIFICATION'],
    labelling: [
      'health warning "This product contains nicotine which is a highly addictive substance. It is not recommended for use by non-smokers."',
      'list of ingredients, nicotine content and delivery per dose, batch number',
      'recommendation to keep out of reach of children',
      'leaflet with instructions and warnings',
    ],
    advice: 'Check the member state of sale: several prohibit cross-border distance sales or flavours.',
    source: eurlex(TPD, TPD_URL, 'Art. 18, 20'),
    effectiveFrom: '2016-05-20',
  },
  {
    id: 'EU-ESS-TPD-ECIG-STRENGTH',
    version: 1,
    jurisdiction: 'EU',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'E-liquids above 20 mg/ml nicotine may not be placed on the EU market',
    requirement: 'Nicotine-containing liquid must not contain nicotine in excess of 20 mg/ml.',
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.mg_per_ml', op: 'gt', value: 20 } },
    source: eurlex(TPD, TPD_URL, 'Art. 20(3)(b)'),
    effectiveFrom: '2016-05-20',
  },
  {
    id: 'EU-ESS-TPD-REFILL-VOLUME',
    version: 1,
    jurisdiction: 'EU',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Nicotine refill containers above 10 ml may not be placed on the EU market',
    requirement:
      'Nicotine-containing liquid is placed on the market only in dedicated refill containers not exceeding 10 ml.',
    scope: {
      categories: ['e-cigarette'],
      when: {
        all: [
          { fact: 'nicotine.present', op: 'eq', value: true },
          { fact: 'liquid.volume_ml', op: 'gt', value: 10 },
        ],
      },
    },
    source: eurlex(TPD, TPD_URL, 'Art. 20(3)(a)'),
    effectiveFrom: '2016-05-20',
  },
  // Drones.
  {
    id: 'EU-ESS-DRONE-CLASS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Drones for the open category need a class identification label and the CE marking',
    requirement:
      'Unmanned aircraft intended to be operated in the open category must comply with the requirements of a class (C0 below 250 g, C1 below 900 g, C2 below 4 kg, C3 and C4 below 25 kg), carry the CE marking and the class identification label, and come with the manufacturer instructions and the EASA consumer information notice.',
    scope: { categories: ['drone'] },
    certifications: ['CE', 'EU-UAS-CLASS-LABEL'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: ['CE marking', 'class identification label', 'EASA consumer information notice'],
    source: eurlex(
      'Commission Delegated Regulation (EU) 2019/945 on unmanned aircraft systems and third-country operators',
      'https://eur-lex.europa.eu/eli/reg_del/2019/945/oj',
    ),
    effectiveFrom: '2024-01-01',
  },
  {
    id: 'EU-ESS-DRONE-OPERATOR-REG',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'information',
    title: 'Operators of drones of 250 g or more, or with a camera, must register',
    requirement:
      'Operators of unmanned aircraft with a take-off mass of 250 g or more, or equipped with a sensor able to capture personal data (unless a toy), register with the national aviation authority; buyers should be told.',
    scope: {
      categories: ['drone'],
      when: {
        any: [
          { fact: 'drone.mass_g', op: 'gte', value: 250 },
          { fact: 'drone.camera', op: 'eq', value: true },
        ],
      },
    },
    source: eurlex(
      'Commission Implementing Regulation (EU) 2019/947 on the rules and procedures for the operation of unmanned aircraft',
      'https://eur-lex.europa.eu/eli/reg_impl/2019/947/oj',
      'Art. 14',
    ),
    effectiveFrom: '2020-12-31',
  },
  // Medical devices.
  {
    id: 'EU-ESS-MDR',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'restricted',
    title:
      'Medical devices need MDR conformity assessment, CE marking, UDI and an EU authorised representative',
    requirement:
      'Medical devices may be placed on the market only if they comply with the MDR: classification (Annex VIII), conformity assessment (with a notified body except for basic class I), technical documentation, EU declaration of conformity, CE marking, UDI and registration in EUDAMED; a manufacturer outside the Union designates an authorised representative; importers verify and add their details.',
    scope: { categories: ['medical-device'] },
    certifications: ['CE', 'EU-MDR-NB-CERT'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'CE marking (with notified body number where applicable)',
      'UDI',
      'manufacturer, authorised representative and importer details',
      '"MD" symbol',
    ],
    source: eurlex(
      'Regulation (EU) 2017/745 on medical devices',
      'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
      'Art. 5, 10, 11, 13, 20, 27, 52',
    ),
    effectiveFrom: '2021-05-26',
  },
  // Textiles and footwear.
  {
    id: 'EU-ESS-TEXTILE-FIBRE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textile products must be labelled with their fibre composition',
    requirement:
      'Textile products made available on the market are labelled or marked with their fibre composition using only the fibre names of Annex I, with percentages by weight in descending order, durable, legible and in the official language of the member state; non-textile parts of animal origin are indicated as such.',
    scope: { categories: ['textiles'] },
    labelling: [
      'fibre composition with Annex I names and percentages',
      '"Contains non-textile parts of animal origin" where applicable',
    ],
    source: eurlex(
      'Regulation (EU) No 1007/2011 on textile fibre names and related labelling',
      'https://eur-lex.europa.eu/eli/reg/2011/1007/oj',
      'Art. 5, 9, 12, 14, 16',
    ),
    effectiveFrom: '2012-05-08',
  },
  {
    id: 'EU-ESS-FOOTWEAR-LABEL',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Footwear is labelled with the material of the upper, the lining and sock, and the outer sole',
    requirement:
      'Footwear offered to consumers carries information on the material (leather, coated leather, textile, other) making up at least 80 % of the upper, the lining and sock, and the outer sole, by pictograms or written words.',
    scope: { categories: ['footwear'], hsPrefixes: ['64'] },
    labelling: ['material pictograms or words for upper, lining and sock, outer sole'],
    source: eurlex(
      'Directive 94/11/EC on labelling of the materials used in the main components of footwear',
      'https://eur-lex.europa.eu/eli/dir/1994/11/oj',
    ),
    effectiveFrom: '1996-09-23',
  },
  // IP enforcement.
  {
    id: 'EU-ESS-IPR-CUSTOMS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Goods bearing a third-party brand may be detained by customs as suspected counterfeits',
    requirement:
      "Customs detain goods suspected of infringing an intellectual property right covered by a right-holder application; goods found to be counterfeit or pirated are destroyed, including small consignments under the simplified procedure. Goods carried in travellers' personal luggage for non-commercial use are outside the Regulation.",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics', 'electronics', 'toys'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification'],
    advice:
      'Buy branded goods only from the brand owner or its authorised distributors and keep the authorisation and invoices with the shipment.',
    source: eurlex(
      'Regulation (EU) No 608/2013 concerning customs enforcement of intellectual property rights',
      'https://eur-lex.europa.eu/eli/reg/2013/608/oj',
      'Art. 1, 17, 23, 26',
    ),
    effectiveFrom: '2014-01-01',
  },
  // Data, labour, quantity limits.
  {
    id: 'EU-ESS-GDPR-CONNECTED',
    version: 1,
    jurisdiction: 'EU',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products that process personal data of people in the EU fall under the GDPR',
    requirement:
      'Where a connected product or its app processes personal data of people in the Union (accounts, location, voice, images), the controller applies the GDPR, including data protection by design and by default; a controller outside the Union offering goods to people in the Union designates a representative in the Union.',
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    source: eurlex(
      'Regulation (EU) 2016/679 (General Data Protection Regulation)',
      'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      'Art. 3(2), 25, 27',
    ),
    effectiveFrom: '2018-05-25',
  },
  {
    id: 'EU-ESS-FORCED-LABOUR',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labour',
    effect: 'information',
    title: 'Products made with forced labour will be banned from the EU market from 14 December 2027',
    requirement:
      'Economic operators shall not place or make available on the Union market, nor export, products made with forced labour. Competent authorities investigate, and a decision prohibiting a product leads customs to stop it at the border and to its withdrawal and disposal.',
    scope: {
      categories: [...CONSUMER_CATEGORIES, 'food', 'medical-device', 'chemicals', 'e-cigarette', 'apparel'],
    },
    documents: ['supplier_qualification'],
    advice:
      'Map the supply chain now and keep due-diligence evidence (audits, traceability) to answer an authority request.',
    source: eurlex(
      'Regulation (EU) 2024/3015 on prohibiting products made with forced labour on the Union market',
      'https://eur-lex.europa.eu/eli/reg/2024/3015/oj',
      'Art. 3',
    ),
    effectiveFrom: '2027-12-14',
  },
  {
    id: 'EU-ESS-FOOD-INFO',
    version: 1,
    jurisdiction: 'EU',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Prepacked food and food supplements carry the mandatory food information in the language of the market',
    requirement:
      'Prepacked food bears the name of the food, the list of ingredients with allergens emphasised, the quantity of certain ingredients, the net quantity, the date of minimum durability or use-by date, storage conditions, the name and address of the EU food business operator, the country of origin where required, instructions for use where needed, the alcoholic strength above 1.2 % vol and a nutrition declaration, in a language easily understood by consumers of the member state.',
    scope: { categories: ['food'] },
    labelling: [
      'name of the food',
      'list of ingredients with allergens emphasised',
      'net quantity',
      'date of minimum durability or use-by date',
      'name and address of the EU food business operator',
      'nutrition declaration',
    ],
    source: eurlex(
      'Regulation (EU) No 1169/2011 on the provision of food information to consumers',
      'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
      'Art. 8, 9, 15',
    ),
    effectiveFrom: '2014-12-13',
  },
  {
    id: 'EU-ESS-PPWR',
    version: 1,
    jurisdiction: 'EU',
    topic: 'environment',
    effect: 'information',
    title: 'Packaging must meet the Packaging and Packaging Waste Regulation from 12 August 2026',
    requirement:
      'Packaging placed on the EU market must meet the PPWR requirements on substances in packaging (including limits on lead, cadmium, mercury and hexavalent chromium and, for food-contact packaging, PFAS), minimisation and, as they apply in stages, recyclability and harmonised labelling; producers register for extended producer responsibility in each member state where they make packaging available.',
    scope: { categories: [...CONSUMER_CATEGORIES, 'food', 'chemicals'] },
    advice:
      'Inventory packaging materials per SKU and ask suppliers for substance declarations; register for packaging EPR in each member state of sale.',
    source: eurlex(
      'Regulation (EU) 2025/40 on packaging and packaging waste',
      'https://eur-lex.europa.eu/eli/reg/2025/40/oj',
    ),
    effectiveFrom: '2026-08-12',
  },
  {
    id: 'EU-ESS-IOSS',
    version: 1,
    jurisdiction: 'EU',
    topic: 'tariffs_de_minimis',
    effect: 'information',
    title: 'Import VAT is due on every e-commerce parcel; IOSS lets sellers collect it at sale up to EUR 150',
    requirement:
      'Since 1 July 2021 the VAT exemption for small consignments up to EUR 22 is abolished: import VAT is due on all goods. For distance sales of goods in consignments of an intrinsic value up to EUR 150 (excise goods excluded), the seller or marketplace may charge VAT at the point of sale and declare it through the Import One-Stop Shop (IOSS), so that the parcel is released without VAT at import.',
    scope: {
      categories: [...CONSUMER_CATEGORIES, 'food', 'food-supplement'],
      channels: ['ecommerce_parcel'],
    },
    advice:
      'Register for IOSS (through an EU intermediary if established outside the EU) and put the IOSS number in the customs data.',
    source: eurlex(
      'Council Directive (EU) 2017/2455 amending Directive 2006/112/EC and Directive 2009/132/EC as regards VAT obligations for supplies of services and distance sales of goods',
      'https://eur-lex.europa.eu/eli/dir/2017/2455/oj',
    ),
    effectiveFrom: '2021-07-01',
  },
  {
    id: 'EU-ESS-TRAVELLER-ALCOHOL',
    version: 1,
    jurisdiction: 'EU',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Travellers may bring in duty-free 1 litre of spirits above 22 % from outside the EU',
    requirement:
      "Alcohol in travellers' personal luggage from third countries is exempt from VAT and excise within the quantitative limits: 1 litre of spirits above 22 % vol (or 2 litres up to 22 %), 4 litres of still wine and 16 litres of beer; member states may set lower limits for land-border and sea travellers.",
    scope: {
      categories: ['alcohol'],
      channels: ['personal_import'],
      when: { fact: 'alcohol.abv', op: 'gt', value: 22 },
    },
    quantityLimit: { amount: 1, unit: 'litre', per: 'person' },
    source: eurlex(
      'Council Directive 2007/74/EC on the exemption from VAT and excise duty of goods imported by persons travelling from third countries',
      'https://eur-lex.europa.eu/eli/dir/2007/74/oj',
    ),
    effectiveFrom: '2008-12-01',
  },
];
