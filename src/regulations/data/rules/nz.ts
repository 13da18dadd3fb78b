import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * New Zealand: what differs from Australia. Shared RCM and EESS database, but New Zealand's own electrical safety
 * regulations, RSM radio rules, product safety and consumer information standards under the Fair Trading Act
 * (fibre content and origin labelling that Australia does not require), the HSNO cosmetic group standard (EU
 * annex lists), vaping product rules, high-power laser pointers, Medsafe WAND, MPI food importers, GST on
 * low-value goods from 1 December 2019 and the Privacy Act 2020. Where the law's commencement could not be
 * verified, `effectiveFrom` is a date by which the rule was in force (marked "in force by").
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

const PRODUCT_SAFETY: Source = {
  title: 'Fair Trading Act 1986: product safety standards and consumer information standards',
  url: 'https://www.productsafety.govt.nz/',
  publisher: 'New Zealand Ministry of Business, Innovation and Employment (Product Safety)',
};

const VAPING: Source = {
  title:
    'Smokefree Environments and Regulated Products Act 1990 and the Smokefree Environments and Regulated Products Regulations 2021 (as amended in 2023)',
  url: 'https://www.health.govt.nz/regulation-legislation/vaping-herbal-smoking-and-smokeless-tobacco',
  publisher: 'New Zealand Ministry of Health',
};

const CUSTOMS: Source = {
  title: 'Customs and Excise Act 2018: prohibited and restricted imports',
  url: 'https://www.customs.govt.nz/personal/prohibited-and-restricted-items/',
  publisher: 'New Zealand Customs Service',
};

export const rules: RuleInput[] = [
  {
    id: 'NZ-ELECTRICAL-SAFETY',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mains electrical appliances must be electrically safe, carry the RCM and, if declared, an SDoC',
    requirement:
      'Electrical appliances and fittings for connection to the 230 V supply must be electrically safe and comply with the cited AS/NZS standards; the New Zealand responsible supplier must be registered on the EESS database and apply the RCM, and declared (high-risk) articles such as chargers and power supplies, heaters and portable appliances need a supplier declaration of conformity and registration.',
    scope: {
      categories: ['household-appliance', 'charger', 'lighting', 'it-equipment', 'electronics'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['RCM', 'AU-EESS-REG'],
    documents: ['test_report', 'declaration_of_conformity'],
    labelling: ['RCM', 'electrical ratings'],
    source: {
      title: 'Electricity (Safety) Regulations 2010',
      url: 'https://www.legislation.govt.nz/regulation/public/2010/0036/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'NZ-CHARGER-DECLARED',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mains chargers and power supplies are declared articles: supplier declaration of conformity',
    requirement:
      'Power supplies and battery chargers for mains connection are declared (high-risk) articles: the New Zealand supplier needs a supplier declaration of conformity based on a test report or certificate to the cited standard, and registration on the EESS database, before sale.',
    scope: { categories: ['charger'], when: { fact: 'mains.present', op: 'eq', value: true } },
    certifications: ['NZ-EESS-SDOC', 'RCM'],
    documents: ['test_report', 'declaration_of_conformity'],
    source: {
      title: 'Electricity (Safety) Regulations 2010 (declared articles)',
      url: 'https://www.legislation.govt.nz/regulation/public/2010/0036/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'NZ-RSM-RADIO',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio equipment must meet the RSM radio standards and carry the RCM',
    requirement:
      'Radio transmitters (Wi-Fi, Bluetooth, cellular, short-range devices, drones) must meet the standards cited by Radio Spectrum Management and operate under a general user radio licence; the supplier keeps a supplier declaration of conformity and compliance records and labels the product with the RCM. Electronic products must also meet the cited EMC standards.',
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['RCM'],
    documents: ['declaration_of_conformity', 'test_report'],
    labelling: ['RCM'],
    source: {
      title: 'Radiocommunications Act 1989; Radiocommunications Regulations 2001 (compliance and labelling)',
      url: 'https://www.rsm.govt.nz/',
      publisher: 'Radio Spectrum Management (MBIE)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-03-01',
  },
  {
    id: 'NZ-LASER-POINTER',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      "High-power laser pointers (over 1 mW) may be imported only with the Director-General of Health's consent",
    requirement:
      'The import of high-power laser pointers — hand-held, battery-operated devices of the laser pointer kind producing a low-divergence beam with a power output greater than 1 mW — is prohibited except with the consent of the Director-General of Health and on its conditions; their supply and acquisition also need authorisation.',
    scope: { categories: ['laser-product'], when: { fact: 'laser.power_mw', op: 'gt', value: 1 } },
    certifications: ['NZ-HPLP-CONSENT'],
    documents: ['import_permit'],
    advice: 'Sell only pointers of 1 mW or less into New Zealand.',
    source: {
      title: 'Customs Import Prohibition (High-power Laser Pointers) Order 2019',
      article: 'cl. 3–4',
      url: 'https://www.legislation.govt.nz/regulation/public/2019/0294/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    effectiveFrom: '2020-03-01',
  },
  {
    id: 'NZ-KNIVES-WEAPONS',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Flick knives, butterfly knives, sword sticks and knuckle-dusters are prohibited imports without a Police permit',
    requirement:
      'Flick knives and other spring- or gravity-opening knives, butterfly knives, sword sticks, knuckle-dusters and knives disguised as other objects may not be imported without the permission of the New Zealand Police.',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    documents: ['import_permit'],
    source: CUSTOMS,
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'NZ-ARMS',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Firearms, airguns, pepper spray and stun guns need a Police import permit',
    requirement:
      'Firearms, their parts and ammunition, airguns, pistols and restricted weapons (pepper spray, stun guns and other electric shock devices) may be imported only with a permit to import issued by the New Zealand Police under the Arms Act 1983.',
    scope: { categories: ['weapon-like'] },
    documents: ['import_permit'],
    source: {
      title: 'Arms Act 1983',
      url: 'https://www.legislation.govt.nz/act/public/1983/0044/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'NZ-VAPE-NOTIFICATION',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Vaping products must be notified to the Ministry of Health before sale',
    requirement:
      "Manufacturers and importers must notify each vaping product (devices, e-liquids, pods) to the Ministry of Health's Vaping Regulatory Authority before it is sold in New Zealand, and the product must meet the product safety requirements (ingredients, labelling, child-resistant containers).",
    scope: { categories: ['e-cigarette'] },
    certifications: ['NZ-VAPE-NOTIFICATION'],
    labelling: ['nicotine content and health warning', 'child-resistant container for e-liquids'],
    source: VAPING,
    // in force by (commencement not verified)
    effectiveFrom: '2021-08-11',
  },
  {
    id: 'NZ-VAPE-NICOTINE-LIMIT',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'substances',
    effect: 'prohibited',
    title: 'Vaping products over 28.5 mg/mL nicotine (20 mg/mL for single-use) may not be sold',
    requirement:
      'Vaping substances may not exceed 28.5 mg/mL nicotine (equivalent to 50 mg/mL nicotine salt) in reusable products, or 20 mg/mL in single-use devices; devices must have removable batteries and a child-safety mechanism, and flavour names must come from the permitted list. Single-use devices had to comply from 21 December 2023 and reusable products from 21 March 2024.',
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.mg_per_ml', op: 'gt', value: 28.5 } },
    source: VAPING,
    effectiveFrom: '2024-03-21',
  },
  {
    id: 'NZ-TOYS-UNDER-36-MONTHS',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys for children up to 36 months must pass the small-parts requirements',
    requirement:
      "Toys for children up to and including 36 months must comply with the small-parts requirements of the product safety standard for children's toys (AS/NZS ISO 8124.1 small-parts cylinder and use-and-abuse tests).",
    scope: { categories: ['toys'], when: { fact: 'age.min_months', op: 'lte', value: 36 } },
    documents: ['test_report'],
    source: { ...PRODUCT_SAFETY, title: "Product Safety Standards (Children's Toys) Regulations 2005" },
    // in force by (commencement not verified)
    effectiveFrom: '2006-01-01',
  },
  {
    id: 'NZ-BABY-PRODUCTS',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: "Household cots, baby walkers and children's nightwear must meet product safety standards",
    requirement:
      "Household cots and baby walkers must meet the mandatory product safety standards, and children's nightwear must meet the reduced-fire-hazard standard (AS/NZS 1249) with its fire-danger labels; other childcare articles must be safe under the Fair Trading Act.",
    scope: { categories: ['childcare-articles', 'childrens-apparel'] },
    documents: ['test_report'],
    source: PRODUCT_SAFETY,
    // in force by (commencement not verified)
    effectiveFrom: '2017-01-01',
  },
  {
    id: 'NZ-FIBRE-CONTENT',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textiles and clothing must carry fibre content and care labels',
    requirement:
      'Textile products and clothing supplied in New Zealand must be labelled with their fibre content (generic fibre names, in descending order of proportion) and with care instructions (a permanent care label for clothing and household textiles), in English.',
    scope: { categories: ['textiles'] },
    labelling: ['fibre content by generic fibre name', 'permanent care instructions in English'],
    source: {
      ...PRODUCT_SAFETY,
      title:
        'Consumer Information Standards (Fibre Content Labelling) Regulations 2000; Consumer Information Standards (Care Labelling) Regulations 2000',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2001-01-01',
  },
  {
    id: 'NZ-ORIGIN-CLOTHING-FOOTWEAR',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Clothing and footwear must be labelled with their country of origin',
    requirement:
      'Clothing and footwear supplied in New Zealand must carry a label stating the country in which they were made, attached to the goods and legible.',
    scope: { categories: ['apparel', 'footwear'] },
    labelling: ['country of origin (e.g. "Made in ...")'],
    source: {
      ...PRODUCT_SAFETY,
      title: 'Consumer Information Standards (Origin (Clothing and Footwear) Labelling) Regulations',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2001-01-01',
  },
  {
    id: 'NZ-COSMETICS-GROUP-STANDARD',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'substances',
    effect: 'requirement',
    title: 'Cosmetics must meet the HSNO Cosmetic Products Group Standard (EU-aligned ingredient schedules)',
    requirement:
      'Cosmetic products imported or made in New Zealand must comply with the Cosmetic Products Group Standard: they must not contain components in its Schedule 4 (prohibited) and may contain Schedule 5–8 components (restricted substances, colourants, preservatives, UV filters) only within the limits and conditions set — schedules kept consistent with the EU Cosmetics Regulation annexes — and must meet the IFRA standards and labelling (ingredient list) requirements. Sunscreens are also covered.',
    scope: { categories: ['cosmetics'] },
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    labelling: ['ingredient list', 'name and address of the New Zealand importer or manufacturer'],
    source: {
      title: 'Hazardous Substances and New Organisms Act 1996: Cosmetic Products Group Standard (HSR002552)',
      url: 'https://www.epa.govt.nz/industry-areas/hazardous-substances/rules-for-hazardous-substances/cosmetics/',
      publisher: 'New Zealand Environmental Protection Authority',
    },
    effectiveFrom: '2006-07-01',
  },
  {
    id: 'NZ-WAND-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Medical devices must be notified to Medsafe (WAND) within 30 working days of first supply',
    requirement:
      'The New Zealand sponsor (importer or manufacturer) of a medical device must notify it to the WAND database within 30 working days of first importing or supplying it and keep evidence that it is safe and performs as intended (e.g. CE, TGA or FDA approvals).',
    scope: { categories: ['medical-device'] },
    certifications: ['NZ-WAND'],
    documents: ['declaration_of_conformity'],
    source: {
      title: 'Medicines Act 1981; Medicines (Database of Medical Devices) Regulations 2003',
      url: 'https://www.medsafe.govt.nz/regulatory/DevicesNew/industry.asp',
      publisher: 'Medsafe',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2004-01-01',
  },
  {
    id: 'NZ-FOOD-IMPORTER',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'certification',
    effect: 'requirement',
    title: 'Food imported for sale must be imported by an MPI-registered food importer',
    requirement:
      'Food imported for sale must be imported by a food importer registered with MPI (or through one), meet the Australia New Zealand Food Standards Code, including labelling in English, and, for high-regulatory-interest foods, the specific MPI clearance requirements.',
    scope: { categories: ['food'] },
    certifications: ['NZ-MPI-FOOD-IMPORTER'],
    labelling: [
      'labelling under the Australia New Zealand Food Standards Code',
      'name and New Zealand or Australian address of the supplier',
    ],
    source: {
      title: 'Food Act 2014',
      url: 'https://www.mpi.govt.nz/import/food/',
      publisher: 'New Zealand Ministry for Primary Industries',
    },
    effectiveFrom: '2016-03-01',
  },
  {
    id: 'NZ-BIOSECURITY',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Food, plants, animals and their products must meet MPI import health standards',
    requirement:
      'Risk goods — food, plants and seeds, animal products, wood and natural materials — may be imported only if they meet the applicable import health standard (permits, certificates, treatments) and are declared and cleared by MPI at the border.',
    scope: { categories: ['food', 'plants-animals'] },
    documents: ['import_permit', 'phytosanitary_certificate', 'health_certificate'],
    source: {
      title: 'Biosecurity Act 1993: import health standards',
      url: 'https://www.mpi.govt.nz/import/',
      publisher: 'New Zealand Ministry for Primary Industries',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2000-01-01',
  },
  {
    id: 'NZ-GST-LOW-VALUE-GOODS',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'tariffs_de_minimis',
    effect: 'requirement',
    title:
      'GST on low-value imported goods (NZ$1,000 or less) is collected by the overseas seller or marketplace',
    requirement:
      'Overseas suppliers, marketplaces and re-deliverers selling more than NZ$60,000 a year to New Zealand consumers must register for GST and charge 15% GST at the point of sale on goods valued at NZ$1,000 or less; tobacco and alcohol are excluded.',
    scope: { categories: ANY_GOODS, channels: ['ecommerce_parcel'] },
    source: {
      title:
        'Goods and Services Tax Act 1985, as amended by the Taxation (Annual Rates for 2019–20, GST Offshore Supplier Registration, and Remedial Matters) Act 2019',
      url: 'https://www.ird.govt.nz/gst/gst-for-overseas-businesses/low-value-imported-goods',
      publisher: 'Inland Revenue (New Zealand)',
    },
    effectiveFrom: '2019-12-01',
  },
  {
    id: 'NZ-COUNTERFEIT',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Goods infringing a trade mark under a border protection notice are detained',
    requirement:
      'Trade-mark owners may lodge a border protection notice with New Zealand Customs; imported goods suspected of infringing the mark are detained and released only if the owner does not start proceedings. Importers of third-party branded goods must be able to show the goods are genuine.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: {
      title: 'Trade Marks Act 2002, Part 7 (border protection measures)',
      url: 'https://www.customs.govt.nz/business/import/intellectual-property-rights/',
      publisher: 'New Zealand Customs Service',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2003-08-20',
  },
  {
    id: 'NZ-PRIVACY',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected products collecting personal information are subject to the Privacy Act 2020',
    requirement:
      'Agencies collecting personal information in New Zealand — including through connected devices and apps — must follow the information privacy principles, notify serious privacy breaches to the Privacy Commissioner and affected people, and disclose information overseas only with comparable safeguards.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Privacy Act 2020',
      url: 'https://www.legislation.govt.nz/act/public/2020/0031/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    effectiveFrom: '2020-12-01',
  },
  {
    id: 'NZ-BRIBERY',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'anti_corruption',
    effect: 'information',
    title:
      'Bribing New Zealand or foreign public officials is a crime; facilitation payments are narrowly exempt',
    requirement:
      'Bribing New Zealand officials (including Customs officers) or foreign public officials is an offence under the Crimes Act 1961 and the Secret Commissions Act 1910; the exception for small facilitation payments is narrow and must be recorded.',
    scope: { categories: ANY_GOODS },
    source: {
      title: 'Crimes Act 1961, Part 6 (bribery and corruption)',
      url: 'https://www.legislation.govt.nz/act/public/1961/0043/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2002-01-01',
  },
  {
    id: 'NZ-MEDICINES-PERSONAL-IMPORT',
    version: 1,
    jurisdiction: 'NZ',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: "Personal imports of prescription medicines: up to 3 months' supply, with a prescription",
    requirement:
      "An individual may import prescription medicines for their own use (by mail or with them) up to 3 months' supply at the recommended dose, with a prescription or a letter from their doctor; controlled drugs have lower limits and some medicines cannot be imported at all.",
    scope: { categories: ['medicine'], channels: ['personal_import', 'ecommerce_parcel'] },
    quantityLimit: { amount: 3, unit: "months' supply", per: 'consignment' },
    source: {
      title: 'Medicines Act 1981 (importation of medicines for personal use)',
      url: 'https://www.medsafe.govt.nz/consumers/Safety-of-Medicines/Importing-medicines.asp',
      publisher: 'Medsafe',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
];
