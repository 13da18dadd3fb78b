import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Australia: the Australian Consumer Law's mandatory safety and information standards, the Electrical Equipment
 * Safety System and the ACMA's RCM arrangements, the TGA (medical devices, vaping goods), the Customs (Prohibited
 * Imports) Regulations 1956, biosecurity and imported food, the food standards code, GST on low-value imported
 * goods, modern slavery reporting, privacy and the smart-device security standard.
 * Where the law's commencement could not be verified, `effectiveFrom` is a date by which the rule was in force
 * (marked "in force by").
 */

/** Every top-level category: for duties that concern any goods (GST, modern slavery, bribery). */
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

/** Consumer goods the ACL's safety provisions concern. */
const CONSUMER_GOODS = [
  'electronics',
  'cosmetics',
  'toys',
  'childcare-articles',
  'food-contact',
  'textiles',
  'footwear',
  'jewellery',
  'luxury-goods',
  'knives',
];

const MANDATORY_STANDARDS: Source = {
  title:
    'Australian Consumer Law (Competition and Consumer Act 2010, Schedule 2): mandatory safety and information standards',
  article: 'ss. 104, 106, 134, 136',
  url: 'https://www.productsafety.gov.au/business/search-mandatory-standards',
  publisher: 'ACCC Product Safety Australia',
};

const PROHIBITED_IMPORTS: Source = {
  title: 'Customs (Prohibited Imports) Regulations 1956',
  url: 'https://www.abf.gov.au/importing-exporting-and-manufacturing/prohibited-goods',
  publisher: 'Australian Border Force',
};

const TGA_VAPING: Source = {
  title:
    'Therapeutic Goods Act 1989 as amended by the Therapeutic Goods and Other Legislation Amendment (Vaping Reforms) Act 2024',
  url: 'https://www.tga.gov.au/products/unapproved-therapeutic-goods/vaping-hub',
  publisher: 'Therapeutic Goods Administration',
};

const EESS: Source = {
  title:
    'Electrical Equipment Safety System (AS/NZS 4417.2) under state and territory electrical safety laws',
  url: 'https://www.eess.gov.au/registration/registration-in-scope-electrical-equipment/',
  publisher: 'Electrical Equipment Safety System (EESS)',
};

export const rules: RuleInput[] = [
  // Consumer product safety: mandatory standards under the ACL.
  {
    id: 'AU-BUTTON-BATTERY-PRODUCTS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Consumer goods containing button/coin batteries must have secure battery compartments and be tested',
    requirement:
      "Consumer goods that contain or are supplied with button or coin batteries must have a battery compartment that resists opening by children (a tool, or two independent simultaneous movements, to open it) where the battery is replaceable, and must pass the standard's compliance tests (abuse, drop, crush, compression tests) so that the battery cannot be released. Suppliers must hold evidence of testing.",
    scope: {
      categories: ['electronics', 'toys'],
      when: { fact: 'battery.chemistry', op: 'eq', value: 'li-metal' },
    },
    documents: ['test_report'],
    advice:
      'Ask the manufacturer for a test report to the button/coin battery safety standard (or IEC 62368-1 / AS/NZS 60065 secured-compartment clauses it accepts); check that battery doors need a tool or two movements.',
    source: {
      title: 'Consumer Goods (Products Containing Button/Coin Batteries) Safety Standard 2020',
      url: 'https://www.legislation.gov.au/F2020L01656/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2022-06-22',
  },
  {
    id: 'AU-BUTTON-BATTERY-WARNINGS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Goods containing button/coin batteries must carry the mandatory warnings',
    requirement:
      'Consumer goods containing button or coin batteries must carry warnings on the product (where practicable), the packaging and the instructions: a safety alert symbol, a warning to keep batteries away from children, that swallowing can lead to chemical burns, perforation of soft tissue and death, that severe burns can occur within 2 hours of ingestion, and to seek medical attention immediately; instructions must also cover battery type, disposal and the secure compartment.',
    scope: {
      categories: ['electronics', 'toys'],
      when: { fact: 'battery.chemistry', op: 'eq', value: 'li-metal' },
    },
    labelling: [
      'safety alert symbol and warning "keep batteries away from children"',
      'warning that swallowing can lead to chemical burns, perforation of soft tissue, and death; severe burns can occur within 2 hours',
      'instruction to seek medical attention immediately',
      'battery type and disposal instructions',
    ],
    source: {
      title: 'Consumer Goods (Products Containing Button/Coin Batteries) Information Standard 2020',
      url: 'https://www.legislation.gov.au/F2020L01657/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2022-06-22',
  },
  {
    id: 'AU-BUTTON-BATTERY-PACKAGING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Loose button/coin batteries must be sold in child-resistant packaging with warnings',
    requirement:
      'Lithium button/coin batteries (and other button batteries of 16 mm or more) supplied on their own must be in child-resistant packaging meeting one of the standards the safety standard lists (e.g. AS 5808, EN 862, ISO 28862, 16 CFR Subchapter E), and the packaging must carry the mandatory warnings.',
    scope: { categories: [], hsPrefixes: ['850650', '850640', '850660'] },
    documents: ['test_report'],
    labelling: ['child-resistant packaging', 'mandatory button/coin battery warnings on the packaging'],
    source: {
      title: 'Consumer Goods (Button/Coin Batteries) Safety Standard 2020',
      url: 'https://www.legislation.gov.au/F2020L01658/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2022-06-22',
  },
  {
    id: 'AU-TOYS-UNDER-36-MONTHS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys for children up to 36 months must not have small parts that can be swallowed or inhaled',
    requirement:
      'Toys designed or intended for children up to and including 36 months of age must meet the mandatory safety standard for small parts (AS/NZS ISO 8124.1 small-parts cylinder and the use-and-abuse tests): no small parts, or parts that detach in foreseeable use, that fit in the small-parts cylinder.',
    scope: { categories: ['toys'], when: { fact: 'age.min_months', op: 'lte', value: 36 } },
    documents: ['test_report'],
    advice:
      'Test to AS/NZS ISO 8124.1 (or EN 71-1, which covers the same small-parts tests) before the first shipment.',
    source: {
      ...MANDATORY_STANDARDS,
      title: 'Consumer Goods (Toys for Children up to and including 36 Months of Age) Safety Standard',
    },
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-CHILDRENS-NIGHTWEAR',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: "Children's nightwear must meet the flammability standard and carry a fire-hazard label",
    requirement:
      'Children\'s nightwear and limited daywear in sizes 00 to 14 must meet the design and flammability requirements of the mandatory standard (AS/NZS 1249) and carry the fire-hazard label for its category (e.g. "low fire danger" or "warning: high fire danger — keep away from fire").',
    scope: {
      categories: [],
      hsPrefixes: ['6107', '6108', '6207', '6208'],
      when: { fact: 'age.min_months', op: 'lt', value: 168 },
    },
    documents: ['test_report'],
    labelling: ['fire hazard label for the garment category (AS/NZS 1249)'],
    source: {
      title:
        "Consumer Goods (Children's Nightwear and Limited Daywear and Paper Patterns for Children's Nightwear) Safety Standard 2017",
      url: 'https://www.legislation.gov.au/F2017L00452/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2017-04-20',
  },
  {
    id: 'AU-BABY-PRODUCTS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Cots, prams and strollers, baby walkers, bath aids and child car restraints must meet mandatory standards',
    requirement:
      'Household cots, portable folding cots, prams and strollers, baby walkers, baby bath aids and child restraints for motor vehicles are covered by mandatory safety standards (and some by information standards with warning labels). Before supply, check which standard the product falls under and hold test reports showing it complies.',
    scope: { categories: ['childcare-articles'] },
    documents: ['test_report'],
    labelling: [
      'mandatory warnings of the applicable standard (e.g. cot, pram and stroller, bath aid warnings)',
    ],
    source: MANDATORY_STANDARDS,
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-ACL-INJURY-REPORTING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'information',
    title: 'Suppliers must report deaths and serious injuries associated with consumer goods within two days',
    requirement:
      'A supplier who becomes aware that a consumer good it supplied has caused, or may have caused, a death or serious injury or illness must notify the Commonwealth Minister (through the ACCC) within two days. Goods subject to a ban or a compulsory recall may not be supplied.',
    scope: { categories: CONSUMER_GOODS },
    source: {
      title: 'Australian Consumer Law (Competition and Consumer Act 2010, Schedule 2)',
      article: 's. 131',
      url: 'https://www.legislation.gov.au/C2004A00109/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-COSMETICS-INGREDIENT-LABELLING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Cosmetics must list their ingredients on the container or packaging',
    requirement:
      'Cosmetics supplied in Australia must carry an ingredient list (INCI or Australian names) in descending order of volume or mass (ingredients under 1% may follow in any order), on the container, or on the outer packaging, or on a tag/leaflet where the container is too small.',
    scope: { categories: ['cosmetics'] },
    labelling: ['ingredient list in descending order by volume or mass, using INCI names'],
    source: {
      ...MANDATORY_STANDARDS,
      title: 'Mandatory information standard for cosmetics ingredients labelling',
    },
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-CARE-LABELLING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Clothing and textile products must carry permanent care instructions',
    requirement:
      'Clothing, household textiles, furnishings, piece goods and yarns must carry care instructions (washing, bleaching, drying, ironing, dry-cleaning) in English, on a label permanently attached and legible for the life of the article where the standard requires it.',
    scope: { categories: ['textiles'] },
    labelling: [
      'permanent care label with washing, drying, ironing and dry-cleaning instructions in English',
    ],
    source: {
      ...MANDATORY_STANDARDS,
      title: 'Mandatory information standard for care labelling of clothing and textile products',
    },
    effectiveFrom: '2011-01-01',
  },
  // Electrical equipment: EESS and the ACMA.
  {
    id: 'AU-EESS-IN-SCOPE',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mains-powered electrical equipment needs a registered responsible supplier and the RCM',
    requirement:
      'In-scope electrical equipment (designed for low-voltage supply, 50–1000 V AC, and for household, personal or similar use) may be sold only by a responsible supplier registered on the EESS national database, who holds evidence that the equipment is electrically safe (test reports to the AS/NZS standard) and marks it with the RCM. Level 2 equipment is registered on the database; level 3 (declared) equipment also needs a certificate of conformity.',
    scope: {
      categories: ['household-appliance', 'charger', 'lighting', 'it-equipment', 'electronics'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['RCM', 'AU-EESS-REG'],
    documents: ['test_report', 'declaration_of_conformity'],
    labelling: [
      'RCM',
      'name or registration of the responsible supplier',
      'electrical ratings (voltage, frequency, power)',
    ],
    advice:
      'Use an Australian responsible supplier (importer or agent) registered on the EESS database; a CB test report with Australian national differences usually supports the certificate.',
    source: EESS,
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'AU-EESS-LEVEL3-CHARGER',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Mains chargers and power supplies are level 3 declared equipment: certificate of conformity and registration',
    requirement:
      'Power supplies and battery chargers designed for mains connection are level 3 (declared) in-scope electrical equipment: before sale they need a certificate of conformity from a recognised certifier (to AS/NZS 60335.2.29 or AS/NZS 62368.1 as applicable), registration on the EESS national database and the RCM.',
    scope: { categories: ['charger'], when: { fact: 'mains.present', op: 'eq', value: true } },
    certifications: ['AU-EESS-COC', 'AU-EESS-REG', 'RCM'],
    documents: ['test_report'],
    labelling: ['RCM', 'electrical ratings'],
    source: {
      title: 'Electrical Equipment Safety System: level 3 in-scope electrical equipment (AS/NZS 4417.2)',
      url: 'https://business.qld.gov.au/industries/manufacturing-retail/retail-wholesale/selling-electrical-equipment/in-scope',
      publisher: 'Queensland Government (Electrical Safety Office)',
    },
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'AU-ACMA-RADIO',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio and telecommunications equipment must meet ACMA standards and carry the RCM',
    requirement:
      "Radiocommunications devices (Wi-Fi, Bluetooth, cellular, short-range devices, drones' radio links) must comply with the applicable ACMA standards (e.g. the Radiocommunications (Short Range Devices) Standard, the EME exposure standard) and operate within a class licence; mobile phones and other customer equipment connecting to the telecommunications network must meet the telecommunications technical standards. The Australian supplier registers on the national database, keeps a declaration of conformity and compliance records, and applies the RCM before supply.",
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['RCM'],
    documents: ['declaration_of_conformity', 'test_report', 'technical_documentation'],
    labelling: ['RCM'],
    source: {
      title:
        'Radiocommunications Act 1992; Radiocommunications Equipment (General) Rules 2021; Telecommunications Act 1997 (labelling notices)',
      url: 'https://www.acma.gov.au/',
      publisher: 'Australian Communications and Media Authority',
    },
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'AU-ACMA-EMC',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title: 'Electronic equipment must meet the EMC standards and carry the RCM',
    requirement:
      'Electrical and electronic products with electronic circuitry (including power banks, chargers, lighting with electronic drivers, IT equipment) must meet the applicable electromagnetic compatibility standard (e.g. CISPR 32, CISPR 14-1, CISPR 15) under the EMC labelling notice. The Australian supplier keeps a declaration of conformity and a compliance folder and applies the RCM.',
    scope: {
      // Devices with electronic circuitry; plain cells and batteries are not EMC apparatus.
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
    certifications: ['RCM'],
    documents: ['declaration_of_conformity', 'test_report'],
    labelling: ['RCM'],
    source: {
      title: 'Radiocommunications Labelling (Electromagnetic Compatibility) Notice 2017',
      url: 'https://www.acma.gov.au/',
      publisher: 'Australian Communications and Media Authority',
    },
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'AU-GEMS-ENERGY',
    version: 1,
    jurisdiction: 'AU',
    topic: 'environment',
    effect: 'requirement',
    title:
      'Appliances, lighting and monitors covered by a GEMS determination must be registered and meet MEPS',
    requirement:
      'Products covered by a Greenhouse and Energy Minimum Standards determination (refrigerators, washing machines, dishwashers, dryers, air conditioners, televisions and monitors, lamps and lighting, external power supplies and others) must be registered on the energy rating database, meet the minimum energy performance standard, and carry the energy rating label where the determination requires, before they are supplied or used commercially.',
    // GEMS covers product types, not whole categories: scoped by their HS headings.
    scope: {
      categories: [],
      hsPrefixes: ['8415', '8418', '842211', '8450', '845121', '8528', '8539', '850440'],
    },
    certifications: ['AU-GEMS'],
    documents: ['test_report'],
    labelling: ['energy rating label where the GEMS determination requires it'],
    source: {
      title: 'Greenhouse and Energy Minimum Standards Act 2012',
      url: 'https://www.energyrating.gov.au/',
      publisher: 'Australian Government Energy Rating',
    },
    effectiveFrom: '2012-10-01',
  },
  {
    id: 'AU-SMART-DEVICE-SECURITY',
    version: 1,
    jurisdiction: 'AU',
    topic: 'data_security',
    effect: 'requirement',
    title: 'Consumer smart devices must meet the security standard and come with a statement of compliance',
    requirement:
      'Consumer-grade connectable products (smart speakers, cameras, wearables, smart appliances and toys, but not desktops, laptops, tablets or smartphones) manufactured or supplied from 4 March 2026 must have no universal default passwords, publish a way to report security issues, publish the minimum period of security updates, and be accompanied by a statement of compliance kept for five years.',
    scope: {
      categories: ['wireless-audio', 'household-appliance', 'lighting', 'toys', 'drone'],
      hsPrefixes: ['852589', '851762'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['AU-SMART-DEVICE-SOC'],
    documents: ['declaration_of_conformity'],
    labelling: [
      'defined support period for security updates (published)',
      'vulnerability reporting contact (published)',
    ],
    advice:
      'Products meeting ETSI EN 303 645 provisions 5.1-1, 5.1-2, 5.2-1 and 5.3-13 (as for the UK PSTI regime) meet the three requirements.',
    source: {
      title:
        'Cyber Security Act 2024, Part 2; Cyber Security (Security Standards for Smart Devices) Rules 2025',
      url: 'https://www.homeaffairs.gov.au/about-us/our-portfolios/cyber-security/security-standards-for-smart-devices',
      publisher: 'Australian Department of Home Affairs',
    },
    effectiveFrom: '2026-03-04',
  },
  // Therapeutic goods and vaping.
  {
    id: 'AU-TGA-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medical devices must be included in the ARTG by an Australian sponsor before import and supply',
    requirement:
      'Medical devices (including IVDs, masks, thermometers, blood-pressure monitors) may be imported and supplied only once included in the Australian Register of Therapeutic Goods by an Australian sponsor, on conformity assessment evidence (TGA certificate, or an acceptable overseas one such as an EU MDR or MDSAP certificate), and must meet the essential principles, labelling included.',
    scope: { categories: ['medical-device'] },
    certifications: ['AU-TGA-ARTG'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'name and address of the Australian sponsor',
      'device identification and instructions for use',
    ],
    advice: 'Appoint an Australian sponsor; a current EU MDR certificate often supports ARTG inclusion.',
    source: {
      title: 'Therapeutic Goods Act 1989, Chapter 4; Therapeutic Goods (Medical Devices) Regulations 2002',
      url: 'https://www.legislation.gov.au/C2004A03952/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2002-10-04',
  },
  {
    id: 'AU-TGA-PERSONAL-IMPORT',
    version: 1,
    jurisdiction: 'AU',
    topic: 'quantity_limits',
    effect: 'restricted',
    title:
      "Personal imports of medicines: up to 3 months' supply, prescription medicines only with a prescription",
    requirement:
      "Under the personal importation scheme, an individual may import unapproved medicines for their own or their immediate family's use, up to 3 months' supply at the manufacturer's maximum dose in one importation (and no more than 15 months' supply in 12 months); prescription-only medicines need an Australian prescription. Certain substances (e.g. controlled drugs) cannot be imported this way.",
    scope: { categories: ['medicine'], channels: ['personal_import', 'ecommerce_parcel'] },
    quantityLimit: { amount: 3, unit: "months' supply", per: 'consignment' },
    source: {
      title: 'Therapeutic Goods Regulations 1990: personal importation scheme',
      url: 'https://www.tga.gov.au/products/unapproved-therapeutic-goods/personal-importation-scheme',
      publisher: 'Therapeutic Goods Administration',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-VAPE-IMPORT',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Nicotine vaping products may be imported only with an Australian prescription',
    requirement:
      "Nicotine vaping products (nicotine e-liquids, pods, prefilled e-cigarettes) are prescription-only medicines: consumers may import them from overseas only with a valid prescription from an Australian medical practitioner, up to 3 months' supply per importation. Border Force may seize and destroy imports without a prescription.",
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.present', op: 'eq', value: true } },
    source: {
      title: 'Poisons Standard (nicotine in Schedule 4) and the personal importation scheme',
      url: 'https://www.tga.gov.au/resources/resource/guidance/nicotine-vaping-products-frequently-asked-questions',
      publisher: 'Therapeutic Goods Administration',
    },
    effectiveFrom: '2021-10-01',
    effectiveTo: '2023-12-31',
  },
  {
    id: 'AU-VAPE-IMPORT',
    version: 2,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Disposable single-use vapes may not be imported; other nicotine vapes only on prescription',
    requirement:
      'From 1 January 2024 the importation of disposable single-use vapes is prohibited regardless of nicotine content (a licence and permit is available only for limited therapeutic and scientific purposes). Other nicotine vaping products remain importable by consumers only with an Australian prescription.',
    scope: { categories: ['e-cigarette'] },
    certifications: ['AU-ODC-VAPE-PERMIT'],
    source: {
      ...PROHIBITED_IMPORTS,
      title:
        'Customs (Prohibited Imports) Regulations 1956 as amended for disposable vapes (from 1 January 2024)',
    },
    effectiveFrom: '2024-01-01',
    effectiveTo: '2024-02-29',
  },
  {
    id: 'AU-VAPE-IMPORT',
    version: 3,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'All vaping goods may be imported only under an ODC licence and permit, for TGA-notified products',
    requirement:
      'From 1 March 2024 the importation of all vaping goods (devices, accessories and vaping substances, with or without nicotine) is prohibited unless the importer holds a licence and permit from the Office of Drug Control and has notified the TGA that the products meet the product standard; the personal importation scheme no longer applies to vapes. Travellers may bring a small quantity for their own treatment (see AU-VAPE-TRAVELLER).',
    scope: { categories: ['e-cigarette'] },
    certifications: ['AU-ODC-VAPE-PERMIT'],
    documents: ['import_licence', 'import_permit'],
    advice:
      'Only licensed importers supplying pharmacies can bring vapes in commercially; do not sell vapes to Australia by parcel.',
    source: TGA_VAPING,
    effectiveFrom: '2024-03-01',
  },
  {
    id: 'AU-VAPE-SUPPLY',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Vapes may be supplied only by pharmacies, on prescription',
    requirement:
      'From 1 July 2024 the domestic manufacture, supply, commercial possession and advertising of vapes is prohibited except for therapeutic vapes supplied by a pharmacist on a prescription; retail shops, tobacconists and convenience stores may not sell vapes.',
    scope: { categories: ['e-cigarette'] },
    source: TGA_VAPING,
    effectiveFrom: '2024-07-01',
    effectiveTo: '2024-09-30',
  },
  {
    id: 'AU-VAPE-SUPPLY',
    version: 2,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Vapes only from pharmacies: adults without prescription up to 20 mg/mL nicotine, otherwise on prescription',
    requirement:
      'From 1 October 2024 pharmacists may supply therapeutic vapes with a nicotine concentration of 20 mg/mL or less to adults (18+) without a prescription after a consultation, where state law allows; higher concentrations and supply to under-18s need a prescription. Flavours are limited to mint, menthol and tobacco and products must be in pharmaceutical packaging. Supply is in person only (no online sale).',
    scope: { categories: ['e-cigarette'] },
    advice:
      'Supply only through licensed importers to pharmacies; products must be on the TGA notified vape list.',
    source: TGA_VAPING,
    effectiveFrom: '2024-10-01',
  },
  {
    id: 'AU-VAPE-TRAVELLER',
    version: 1,
    jurisdiction: 'AU',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Travellers may bring only a small personal quantity of vapes',
    requirement:
      "Under the traveller exemption, a passenger may bring vapes for their own or a family member's treatment in accompanied baggage: up to 2 vaping devices, 20 vaping accessories (cartridges, capsules, pods) and 200 mL of vaping liquid. Vapes may not be mailed or sent by courier to individuals.",
    scope: { categories: ['e-cigarette'], channels: ['personal_import'] },
    quantityLimit: { amount: 200, unit: 'mL vaping liquid', per: 'person' },
    source: TGA_VAPING,
    effectiveFrom: '2024-03-01',
  },
  // Weapons, knives and lasers at the border.
  {
    id: 'AU-LASER-POINTER',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Hand-held laser pointers over 1 mW need import permission',
    requirement:
      'Hand-held, battery-operated laser pointers with an accessible emission limit greater than 1 mW are prohibited imports unless written permission is granted (the importer must meet a specified purpose such as astronomy or a police-certified need); several states also ban their possession.',
    scope: { categories: ['laser-product'], when: { fact: 'laser.power_mw', op: 'gt', value: 1 } },
    certifications: ['AU-B709-PERMIT'],
    documents: ['import_permit'],
    advice: 'Sell only laser pointers of 1 mW or less (class 1 or 2) into Australia.',
    source: PROHIBITED_IMPORTS,
    effectiveFrom: '2008-07-01',
  },
  {
    id: 'AU-KNIVES-PROHIBITED',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Flick knives, gravity knives and similar bladed weapons need import permission',
    requirement:
      'Flick knives, gravity knives (blades that open by a spring, button or gravity), push daggers, trench knives, knuckle-duster knives, butterfly knives and other knives listed as prohibited weapons may be imported only with written permission (form B709 with police or Attorney-General certification).',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    certifications: ['AU-B709-PERMIT'],
    documents: ['import_permit'],
    source: PROHIBITED_IMPORTS,
    // in force by (commencement not verified)
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-WEAPONS-PERMIT',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Weapon-like goods (pepper spray, stun guns, replicas, airsoft) need import permission',
    requirement:
      'Firearms, replica and imitation firearms, airsoft and paintball markers, crossbows, electric shock devices, pepper and OC sprays, knuckle-dusters and other weapons listed in the regulations are prohibited imports unless permission is granted and, for firearms and replicas, state police certification is obtained.',
    scope: { categories: ['weapon-like'] },
    certifications: ['AU-B709-PERMIT'],
    documents: ['import_permit'],
    source: PROHIBITED_IMPORTS,
    // in force by (commencement not verified)
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'AU-ASBESTOS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'substances',
    effect: 'information',
    title:
      'Goods containing asbestos are prohibited imports; high-risk goods need evidence they are asbestos-free',
    requirement:
      'The importation of goods containing asbestos is prohibited. Border Force targets goods with a known asbestos risk (crayons and toys with talc, gaskets, heating elements, building products); importers should hold test results from an accredited laboratory showing the goods are asbestos-free.',
    scope: { categories: ['toys', 'chemicals', 'household-appliance'] },
    documents: ['test_report'],
    source: {
      ...PROHIBITED_IMPORTS,
      title: 'Customs (Prohibited Imports) Regulations 1956: importation of asbestos',
    },
    effectiveFrom: '2003-12-31',
  },
  {
    id: 'AU-COUNTERFEIT-NOTICE',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Goods under a third-party brand can be seized where the trade-mark owner has lodged a notice of objection',
    requirement:
      'Trade-mark owners may lodge a notice of objection with the Australian Border Force; imported goods bearing a sign that infringes the notified mark are seized and released only if the owner does not act. Importers of branded goods they do not own must be able to show the goods are genuine.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    advice:
      "Keep the brand owner's authorisation or the chain of invoices back to the brand's authorised distributor with each shipment.",
    source: {
      title: 'Trade Marks Act 1995, Part 13 (importation of goods infringing Australian trade marks)',
      url: 'https://www.abf.gov.au/importing-exporting-and-manufacturing/intellectual-property-rights',
      publisher: 'Australian Border Force',
    },
    effectiveFrom: '1996-01-01',
  },
  // Chemicals, food and biosecurity.
  {
    id: 'AU-AICIS-REGISTRATION',
    version: 1,
    jurisdiction: 'AU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Importers of industrial chemicals, including cosmetic ingredients, must register with AICIS',
    requirement:
      'A business importing industrial chemicals — on their own, in mixtures, or in cosmetics, soaps, inks, paints and cleaning products — must register with AICIS before importing (annual registration) and categorise each chemical introduction (exempted, reported, assessed), keeping records.',
    scope: { categories: ['chemicals', 'cosmetics'] },
    certifications: ['AU-AICIS'],
    documents: ['safety_data_sheet'],
    source: {
      title: 'Industrial Chemicals Act 2019',
      url: 'https://www.industrialchemicals.gov.au/',
      publisher: 'Australian Industrial Chemicals Introduction Scheme',
    },
    effectiveFrom: '2020-07-01',
  },
  {
    id: 'AU-BIOSECURITY-IMPORT',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Food, plants, animals and their products must meet BICON import conditions',
    requirement:
      'Goods that may carry pests or diseases — food, plant material, seeds, animal products, wood and some natural fibres — must meet the import conditions in the Biosecurity Import Conditions system (BICON): some need an import permit, a phytosanitary or health certificate, or treatment; others are prohibited. All such goods must be declared and are subject to inspection.',
    scope: { categories: ['food', 'plants-animals'] },
    documents: ['import_permit', 'phytosanitary_certificate', 'health_certificate'],
    advice:
      'Check the commodity in BICON before ordering; apply for the import permit first where one is needed.',
    source: {
      title: 'Biosecurity Act 2015',
      url: 'https://www.legislation.gov.au/C2015A00061/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2016-06-16',
  },
  {
    id: 'AU-IMPORTED-FOOD-INSPECTION',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Imported food is subject to the Imported Food Inspection Scheme and must meet the Food Standards Code',
    requirement:
      'Imported food must meet Australian public health and safety standards (the Food Standards Code) and is referred to the Imported Food Inspection Scheme: risk food is inspected and tested at a higher rate, or accepted under a recognised foreign food safety certificate.',
    scope: { categories: ['food'] },
    documents: ['health_certificate'],
    source: {
      title: 'Imported Food Control Act 1992',
      url: 'https://www.agriculture.gov.au/biosecurity-trade/import/goods/food',
      publisher: 'Australian Department of Agriculture, Fisheries and Forestry',
    },
    // in force by (commencement not verified)
    effectiveFrom: '1993-01-01',
  },
  {
    id: 'AU-FOOD-LABELLING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Packaged food must be labelled in English under the Australia New Zealand Food Standards Code',
    requirement:
      'Packaged food must carry in English: the name of the food, lot identification, the name and Australian (or New Zealand) business address of the supplier, mandatory warnings and allergen declarations, the ingredient list, date marking, directions for storage where needed, a nutrition information panel and characterising ingredient percentages.',
    scope: { categories: ['food'] },
    labelling: [
      'name of the food',
      'name and Australian or New Zealand street address of the supplier',
      'ingredient list and allergen declarations',
      'best-before or use-by date',
      'nutrition information panel',
      'lot identification',
    ],
    source: {
      title: 'Australia New Zealand Food Standards Code, Chapter 1 (Part 1.2 labelling)',
      url: 'https://www.foodstandards.gov.au/food-standards-code',
      publisher: 'Food Standards Australia New Zealand',
    },
    effectiveFrom: '2016-03-01',
  },
  {
    id: 'AU-FOOD-COUNTRY-OF-ORIGIN',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Food sold in Australia must carry country-of-origin labelling',
    requirement:
      'Most food offered for retail sale must carry a country-of-origin label: priority foods a standard mark with the kangaroo logo (for Australian-made) and a bar chart of Australian ingredient content, imported foods a statement such as "Product of [country]" or "Made in [country] from imported ingredients".',
    scope: { categories: ['food'] },
    labelling: ['country-of-origin statement (standard mark for priority foods)'],
    source: {
      title: 'Country of Origin Food Labelling Information Standard 2016',
      url: 'https://www.accc.gov.au/business/advertising-and-promotions/country-of-origin-claims/country-of-origin-food-labelling',
      publisher: 'ACCC',
    },
    effectiveFrom: '2018-07-01',
  },
  {
    id: 'AU-FOOD-CONTACT',
    version: 1,
    jurisdiction: 'AU',
    topic: 'substances',
    effect: 'requirement',
    title: 'Food-contact articles must not make food unsafe (Food Standards Code)',
    requirement:
      'Packaging and articles that come into contact with food must not cause food to become unsafe or unsuitable; plastics in contact with food must meet AS 2070. Glazed ceramic ware is checked for lead and cadmium release. Importers should hold a declaration of compliance from the manufacturer with migration test results.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration', 'test_report'],
    source: {
      title:
        'Australia New Zealand Food Standards Code, Standard 3.2.2 and Standard 1.4.3 (articles and materials in contact with food)',
      url: 'https://www.foodstandards.gov.au/food-standards-code',
      publisher: 'Food Standards Australia New Zealand',
    },
    effectiveFrom: '2016-03-01',
  },
  // Tax, labour, privacy, corruption.
  {
    id: 'AU-GST-LOW-VALUE-GOODS',
    version: 1,
    jurisdiction: 'AU',
    topic: 'tariffs_de_minimis',
    effect: 'requirement',
    title:
      'GST on low-value imported goods (A$1,000 or less) is collected by the overseas seller or marketplace',
    requirement:
      'Overseas vendors, electronic distribution platforms and redeliverers with Australian sales of A$75,000 or more a year must register for GST and charge 10% GST at the point of sale on goods worth A$1,000 or less (customs value) sold to Australian consumers; tobacco and alcohol are excluded. Goods above A$1,000 pay GST and duty at the border.',
    scope: { categories: ANY_GOODS, channels: ['ecommerce_parcel'] },
    advice:
      'Register for simplified GST with the ATO and show the GST-inclusive price and the ABN/ARN on the invoice.',
    source: {
      title:
        'A New Tax System (Goods and Services Tax) Act 1999, Division 84 (offshore supplies of low value goods)',
      url: 'https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-for-non-resident-businesses/gst-on-low-value-imported-goods',
      publisher: 'Australian Taxation Office',
    },
    effectiveFrom: '2018-07-01',
  },
  {
    id: 'AU-MODERN-SLAVERY',
    version: 1,
    jurisdiction: 'AU',
    topic: 'labour',
    effect: 'information',
    title: 'Entities with A$100 million revenue must publish an annual modern slavery statement',
    requirement:
      'Entities carrying on business in Australia with annual consolidated revenue of at least A$100 million must report each year on the modern slavery risks in their operations and supply chains and the actions taken (due diligence, remediation) in a statement lodged on the public register.',
    scope: { categories: ANY_GOODS },
    documents: ['supplier_qualification'],
    source: {
      title: 'Modern Slavery Act 2018 (Cth)',
      url: 'https://www.legislation.gov.au/C2018A00153/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'AU-PRIVACY-CONNECTED',
    version: 1,
    jurisdiction: 'AU',
    topic: 'data_security',
    effect: 'information',
    title:
      'Devices and services that collect personal information are subject to the Australian Privacy Principles',
    requirement:
      'Organisations with annual turnover over A$3 million (and some smaller ones) that collect personal information — including through connected devices and apps — must comply with the Australian Privacy Principles (notice, use and disclosure, cross-border disclosure, security) and notify eligible data breaches.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Privacy Act 1988, Schedule 1 (Australian Privacy Principles)',
      url: 'https://www.legislation.gov.au/C2004A03712/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
    effectiveFrom: '2014-03-12',
  },
  {
    id: 'AU-FOREIGN-BRIBERY',
    version: 1,
    jurisdiction: 'AU',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribing a foreign public official is an offence; companies are liable for failing to prevent it',
    requirement:
      'Bribing a foreign public official (including to obtain customs clearance or permits) is a Commonwealth offence. From 8 September 2024 a company is also liable if an associate bribes a foreign official for its benefit, unless it had adequate procedures to prevent foreign bribery.',
    scope: { categories: ANY_GOODS },
    source: {
      title:
        'Criminal Code Act 1995, Division 70 (bribery of foreign public officials), as amended by the Crimes Legislation Amendment (Combatting Foreign Bribery) Act 2024',
      url: 'https://www.ag.gov.au/crime/foreign-bribery',
      publisher: "Australian Attorney-General's Department",
    },
    effectiveFrom: '2024-09-08',
  },
  {
    id: 'AU-ILLEGAL-LOGGING',
    version: 1,
    jurisdiction: 'AU',
    topic: 'environment',
    effect: 'requirement',
    title: 'Importers of regulated timber products must carry out due diligence against illegal logging',
    requirement:
      'Importing illegally logged timber is an offence. Importers of regulated timber products — wood and wood articles, pulp, paper and paperboard, and wooden furniture — must carry out due diligence before import (gather information on species and harvest country, assess and mitigate the risk of illegal logging, keep records) and answer the community protection question in the import declaration.',
    scope: {
      categories: [],
      hsPrefixes: ['44', '47', '48', '940330', '940340', '940350', '940360', '940161', '940169'],
    },
    documents: ['supplier_qualification', 'certificate_of_origin'],
    advice: 'FSC or PEFC chain-of-custody certification helps show the timber was lawfully harvested.',
    source: {
      title: 'Illegal Logging Prohibition Act 2012; Illegal Logging Prohibition Regulation',
      url: 'https://www.agriculture.gov.au/agriculture-land/forestry/policies/illegal-logging',
      publisher: 'Australian Department of Agriculture, Fisheries and Forestry',
    },
    effectiveFrom: '2014-11-30',
  },
  {
    id: 'AU-DRONE-CASA',
    version: 1,
    jurisdiction: 'AU',
    topic: 'prohibited_restricted',
    effect: 'information',
    title:
      'Drones flown for business must be registered with CASA and flown by an accredited or licensed pilot',
    requirement:
      'Since 28 January 2021 every drone flown for business or work (any purpose other than sport or recreation), whatever its weight, must be registered with the Civil Aviation Safety Authority and flown by a person holding an RPA operator accreditation or a remote pilot licence; operations with drones over 2 kg for business need an operator certificate. Recreational drones must follow the standard operating conditions.',
    scope: { categories: ['drone'] },
    source: {
      title:
        'Civil Aviation Safety Regulations 1998, Part 101 and Part 47 (registration of remotely piloted aircraft)',
      url: 'https://www.casa.gov.au/drones',
      publisher: 'Civil Aviation Safety Authority',
    },
    effectiveFrom: '2021-01-28',
  },
  {
    id: 'AU-POISONS-STANDARD',
    version: 1,
    jurisdiction: 'AU',
    topic: 'substances',
    effect: 'information',
    title:
      'Chemicals and cosmetics containing scheduled poisons must meet the Poisons Standard labelling and packaging',
    requirement:
      'Products containing substances listed in the Poisons Standard (SUSMP) — for example some hair dyes, solvents, cleaning chemicals and pesticides — must be labelled with the signal heading, warnings and first-aid instructions and packaged (child-resistant closures where required) according to their schedule, and some substances may not be supplied to consumers at all (Appendix C).',
    scope: { categories: ['chemicals', 'cosmetics'] },
    source: {
      title:
        'Poisons Standard (Standard for the Uniform Scheduling of Medicines and Poisons), Therapeutic Goods Act 1989 s. 52D',
      url: 'https://www.tga.gov.au/how-we-regulate/ingredients-and-scheduling-medicines-and-chemicals/poisons-standard-and-scheduling-medicines-and-chemicals',
      publisher: 'Therapeutic Goods Administration',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-06-01',
  },
  {
    id: 'AU-TRAVELLER-ALCOHOL',
    version: 1,
    jurisdiction: 'AU',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Travellers may bring 2.25 litres of alcohol duty-free',
    requirement:
      'Each traveller aged 18 or over may bring up to 2.25 litres of alcoholic beverages into Australia free of duty and tax; above the allowance the whole quantity of that type is dutiable, and commercial quantities are treated as imports.',
    scope: { categories: ['alcohol'], channels: ['personal_import'] },
    quantityLimit: { amount: 2.25, unit: 'litres', per: 'person' },
    source: {
      title: 'Customs Act 1901 and Customs By-laws: passenger concessions (duty-free allowances)',
      url: 'https://www.abf.gov.au/entering-and-leaving-australia/can-you-bring-it-in/duty-free',
      publisher: 'Australian Border Force',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2015-01-01',
  },
  {
    id: 'AU-COMPLEMENTARY-MEDICINES',
    version: 1,
    jurisdiction: 'AU',
    topic: 'certification',
    effect: 'restricted',
    title: 'Vitamin, mineral and herbal supplements with therapeutic claims must be listed in the ARTG',
    requirement:
      'Supplements presented for a therapeutic use (vitamins, minerals, herbal and other complementary medicines in tablet, capsule or similar dose form) are therapeutic goods: they must be listed in the ARTG (AUST L) by an Australian sponsor, use only permitted ingredients and indications, and be made under GMP. Products that are foods (e.g. formulated supplementary sports foods) must instead meet the Food Standards Code.',
    scope: { categories: ['food-supplement'] },
    certifications: ['AU-TGA-ARTG'],
    labelling: ['AUST L number', 'name of the Australian sponsor'],
    source: {
      title: 'Therapeutic Goods Act 1989, Chapter 3 (listed medicines)',
      url: 'https://www.tga.gov.au/products/complementary-medicines',
      publisher: 'Therapeutic Goods Administration',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2011-01-01',
  },
];
