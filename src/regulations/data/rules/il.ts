import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Israel: goods subject to mandatory (official) standards under the Standards Law and the import groups of the
 * Import and Export Order (2022 groups reform, 2024 "do not stop at the port" reform, the European route), Ministry
 * of Communications approval for wireless equipment, Ministry of Health cosmetics, medical devices (AMAR) and food
 * (the European food route from 2025), Hebrew labelling, privacy and bribery. Where the law's commencement could
 * not be verified, `effectiveFrom` is a date by which the rule was in force (marked "in force by").
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

/** Goods for which Israeli mandatory standards commonly apply. */
const STANDARDISED_GOODS = ['electronics', 'toys', 'childcare-articles', 'food-contact', 'chemicals'];

const IMPORT_GROUPS: Source = {
  title: 'Standards Law 5713-1953; Import and Export Order (Import Groups) 5782-2022',
  url: 'https://www.gov.il/en/departments/ministry_of_economy',
  publisher: 'Israel Ministry of Economy and Industry (Standardization Commissioner)',
};

export const rules: RuleInput[] = [
  {
    id: 'IL-MANDATORY-STANDARDS',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Goods under an Israeli mandatory standard are imported by import group (type approval or declaration)',
    requirement:
      "Goods subject to an Israeli mandatory (official) standard — electrical appliances, toys, baby products, tableware, cleaning products and others — are released according to their import group: group 1 needs a type approval and shipment tests by a recognised laboratory (SII or another), group 2 a type approval and the importer's declaration of conformity per shipment, group 3 only the importer's declaration, with a product file kept for market surveillance.",
    scope: { categories: STANDARDISED_GOODS },
    certifications: ['IL-IMPORTER-DOC'],
    documents: ['declaration_of_conformity', 'test_report', 'technical_documentation'],
    labelling: ['Hebrew marking required by the applicable standard'],
    source: IMPORT_GROUPS,
    effectiveFrom: '2022-06-01',
    effectiveTo: '2024-06-30',
  },
  {
    id: 'IL-MANDATORY-STANDARDS',
    version: 2,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Goods under an Israeli mandatory standard: declaration at customs for groups 2 and 3, type approval for group 1',
    requirement:
      "From 1 July 2024 goods in import groups 2 and 3 are released on the importer's declaration entered at customs (exemption code) without a prior application to a laboratory; the importer must keep the declaration and a product file (test reports, technical documentation) and present it within 144 hours when the Standardization Commissioner asks. Group 1 goods still need a type approval and shipment tests. Goods complying with the European regulations adopted in the Standards Law's fifth schedule may use the European route on a declaration of conformity.",
    scope: { categories: STANDARDISED_GOODS },
    certifications: ['IL-IMPORTER-DOC'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: ['Hebrew marking required by the applicable standard'],
    advice:
      'Keep the product file ready: EU declarations of conformity and test reports support both the Israeli and the European route.',
    source: {
      ...IMPORT_GROUPS,
      title:
        'Import and Export Order [New Version] 5739-1979 as amended (No. 6) 5784-2024; Standards Law 5713-1953',
    },
    effectiveFrom: '2024-07-01',
  },
  {
    id: 'IL-GROUP1-TYPE-APPROVAL',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Products for babies and toddlers and other group 1 goods need SII (or recognised lab) type approval',
    requirement:
      'High-risk goods classified in import group 1 — including products intended for babies and toddlers (e.g. cribs, strollers, pacifiers and toys for under-3s) and gas appliances — need a type approval from the Standards Institution of Israel or another recognised laboratory and tests of each shipment before release.',
    scope: {
      categories: ['childcare-articles', 'toys'],
      when: { fact: 'age.min_months', op: 'lt', value: 36 },
    },
    certifications: ['IL-SII-CERT'],
    documents: ['test_report'],
    source: IMPORT_GROUPS,
    effectiveFrom: '2022-06-01',
  },
  {
    id: 'IL-MOC-WIRELESS',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title: 'Wireless equipment needs a Ministry of Communications approval before import',
    requirement:
      'Equipment with radio functions (Wi-Fi, Bluetooth, cellular, short-range devices, drones) may be imported and sold only with the Ministry of Communications approval: a type approval, or a trade approval on a declaration for equipment meeting the exemption orders (generally on European or US conformity evidence), and must use the frequencies permitted in Israel.',
    scope: {
      // Any equipment with a radio function: phones, speakers, laptops, smart appliances, radio-controlled toys.
      categories: ['electronics', 'toys'],
      when: { fact: 'radio.present', op: 'eq', value: true },
    },
    certifications: ['IL-MOC-APPROVAL'],
    documents: ['declaration_of_conformity', 'test_report'],
    source: {
      title: 'Wireless Telegraphy Ordinance [New Version] 5732-1972; Free Import Order 5774-2014',
      url: 'https://www.gov.il/en/departments/ministry_of_communications',
      publisher: 'Israel Ministry of Communications',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2014-06-01',
  },
  {
    id: 'IL-COSMETICS',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title: 'Cosmetics must be notified to the Ministry of Health by a responsible importer',
    requirement:
      'Cosmetic preparations are notified to the Ministry of Health by the Israeli manufacturer or importer before marketing, must not contain substances prohibited or exceed limits set for restricted substances (the ministry applies the lists of the EU Cosmetics Regulation), and are labelled in Hebrew with the importer. Products for babies and oral hygiene products follow the stricter track.',
    scope: { categories: ['cosmetics'] },
    certifications: ['IL-MOH-COSMETIC'],
    documents: ['product_information_file'],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    labelling: [
      'Hebrew labelling with the name of the Israeli importer',
      'ingredient list',
      'batch and expiry',
    ],
    source: {
      title: 'Pharmacists Ordinance [New Version] 5741-1981 (cosmetic preparations)',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2016-01-01',
  },
  {
    id: 'IL-MEDICAL-DEVICES',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'restricted',
    title: 'Medical devices must be registered in the AMAR register before marketing',
    requirement:
      "Medical devices may be imported and marketed only once registered with the Ministry of Health's Medical Devices Division (AMAR) by an Israeli registration holder, usually on the basis of approvals in recognised countries (EU, US, Canada, Australia, Japan).",
    scope: { categories: ['medical-device'] },
    certifications: ['IL-AMAR'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    source: {
      title: 'Medical Equipment Law 5772-2012',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2013-06-01',
  },
  {
    id: 'IL-FOOD-IMPORT',
    version: 1,
    jurisdiction: 'IL',
    topic: 'certification',
    effect: 'requirement',
    title: 'Food may be imported through the European route by a proper importer, or under the Israeli route',
    requirement:
      'From 1 January 2025 food may be imported by an importer with "proper importer" status on the European route, on a declaration that it is lawfully marketed in the EU and meets the EU food regulations Israel adopted (contaminants, additives, contact materials), with the importer responsible for risk management and quality control; other imports follow the Israeli route with the National Food Service. Food is labelled in Hebrew.',
    scope: { categories: ['food'] },
    documents: ['health_certificate', 'declaration_of_conformity'],
    labelling: ['Hebrew labelling (name, ingredients, importer, dates)'],
    source: {
      title: 'Public Health Protection Law (Food) 5776-2015 as amended by the food import reform',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health (National Food Service)',
    },
    effectiveFrom: '2025-01-01',
  },
  {
    id: 'IL-FOOD-RED-LABEL',
    version: 1,
    jurisdiction: 'IL',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Food high in sodium, sugar or saturated fat must carry the red front-of-pack symbol',
    requirement:
      'Prepackaged food whose sodium, sugars or saturated fat exceed the thresholds must carry the red front-of-package warning symbol for each; a green symbol may mark recommended products.',
    scope: { categories: ['food'] },
    labelling: ['red front-of-pack warning symbols where thresholds are exceeded'],
    source: {
      title: 'Public Health Protection (Food) (Nutritional Labelling) Regulations 5777-2017',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health',
    },
    effectiveFrom: '2020-01-01',
  },
  {
    id: 'IL-HEBREW-LABELLING',
    version: 1,
    jurisdiction: 'IL',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Consumer goods must be marked in Hebrew with the importer, origin and quantity',
    requirement:
      'Consumer goods sold in Israel must be marked in Hebrew (other languages may be added) with the product name, the name and address of the manufacturer or importer, the country of manufacture, and the quantity or size; care and safety instructions must also be given in Hebrew.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'food-contact',
        'cosmetics',
      ],
    },
    labelling: ['Hebrew marking: product name, importer name and address, country of manufacture, quantity'],
    source: {
      title: 'Consumer Protection Law 5741-1981 and the Consumer Protection (Marking of Goods) Order',
      url: 'https://www.gov.il/en/departments/consumer_protection_and_fair_trade_authority',
      publisher: 'Israel Consumer Protection and Fair Trade Authority',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'IL-WEAPONS',
    version: 1,
    jurisdiction: 'IL',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Firearms, air guns, stun guns and tear-gas sprays need a licence',
    requirement:
      'Firearms, air guns, stun guns and tear-gas (pepper) sprays may be imported and held only with a licence under the Firearms Law; without it they are seized.',
    scope: { categories: ['weapon-like'] },
    certifications: ['IL-MOE-IMPORT-LICENCE'],
    documents: ['import_licence'],
    source: {
      title: 'Firearms Law 5709-1949; Free Import Order 5774-2014',
      url: 'https://www.gov.il/en/departments/ministry_of_public_security',
      publisher: 'Israel Ministry of National Security',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2014-06-01',
  },
  {
    id: 'IL-COUNTERFEIT',
    version: 1,
    jurisdiction: 'IL',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Customs detain goods suspected of infringing trade marks',
    requirement:
      "The Customs Authority may detain imported goods suspected of infringing a registered trade mark or copyright, on the owner's notice; the importer must prove the goods are genuine (parallel imports of genuine goods are allowed).",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    source: {
      title: 'Trade Marks Ordinance [New Version] 5732-1972; Customs Ordinance',
      url: 'https://www.gov.il/en/departments/israel_tax_authority',
      publisher: 'Israel Tax Authority (Customs)',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2010-01-01',
  },
  {
    id: 'IL-PRIVACY',
    version: 1,
    jurisdiction: 'IL',
    topic: 'data_security',
    effect: 'information',
    title: 'Databases of personal data must meet the Privacy Protection (Data Security) Regulations',
    requirement:
      'Owners of databases of personal information — including data collected by connected devices and apps — must register where required and meet the security levels of the Data Security Regulations (access control, risk assessment, incident reporting).',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Protection of Privacy Law 5741-1981; Privacy Protection (Data Security) Regulations 5777-2017',
      url: 'https://www.gov.il/en/departments/the_privacy_protection_authority',
      publisher: 'Israel Privacy Protection Authority',
    },
    effectiveFrom: '2018-05-08',
    effectiveTo: '2025-08-13',
  },
  {
    id: 'IL-PRIVACY',
    version: 2,
    jurisdiction: 'IL',
    topic: 'data_security',
    effect: 'information',
    title: 'Personal data processing is subject to the Privacy Protection Law as amended by Amendment 13',
    requirement:
      'From 14 August 2025 Amendment 13 expands the Privacy Protection Law: broader definitions of personal and sensitive data, duties to notify data subjects, data protection officers for certain controllers, and substantial administrative fines by the Privacy Protection Authority, on top of the Data Security Regulations.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    source: {
      title: 'Protection of Privacy Law 5741-1981, Amendment No. 13',
      url: 'https://www.gov.il/en/departments/the_privacy_protection_authority',
      publisher: 'Israel Privacy Protection Authority',
    },
    effectiveFrom: '2025-08-14',
  },
  {
    id: 'IL-BRIBERY',
    version: 1,
    jurisdiction: 'IL',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribing Israeli or foreign public officials is a criminal offence',
    requirement:
      'Giving a bribe to an Israeli public servant or to a foreign public official in connection with business is an offence under the Penal Law; companies are liable, and there is no facilitation-payment exception.',
    scope: { categories: ANY_GOODS },
    source: {
      title:
        'Penal Law 5737-1977, article on bribery (including s. 291A, bribery of a foreign public official)',
      url: 'https://www.gov.il/en/departments/ministry_of_justice',
      publisher: 'Israel Ministry of Justice',
    },
    // in force by (commencement not verified)
    effectiveFrom: '2009-01-01',
  },
];
