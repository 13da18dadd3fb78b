import type { RuleInput } from '../../knowledge/knowledge.model.ts';

/**
 * Japan: the essential rules for consumer goods imports (METI, MIC, MHLW, MLIT, CAA, Customs, PPC). Laws are
 * cited on e-Gov (laws.e-gov.go.jp) or on the responsible ministry's pages.
 */

const EGOV = 'e-Gov Japan';
const DENAN = {
  title: 'Electrical Appliances and Materials Safety Act (Act No. 234 of 1961)',
  url: 'https://laws.e-gov.go.jp/law/336AC0000000234',
  publisher: EGOV,
};

export const rules: RuleInput[] = [
  {
    id: 'JP-ESS-PSE-NOTIFICATION',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Importers of electrical appliances notify METI and mark products with PSE before sale',
    requirement:
      'A business that imports electrical appliances and materials listed under the Electrical Appliances and Materials Safety Act notifies METI of its business within 30 days of starting it, confirms conformity to the technical standards, keeps inspection records and marks the products with the PSE mark and its name before they may be sold. Goods without the PSE mark may not be sold in Japan.',
    scope: {
      categories: ['household-appliance', 'lighting', 'charger', 'power-bank', 'it-equipment'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    documents: ['test_report', 'technical_documentation'],
    labelling: ['PSE mark', 'name of the notified importer', 'rated voltage and power'],
    advice:
      'Sellers on marketplaces are checked by METI; importing through a Japanese notified importer of record is the usual route for foreign sellers.',
    source: { ...DENAN, article: 'Art. 3, 8, 10, 28' },
    effectiveFrom: '2001-04-01',
  },
  {
    id: 'JP-ESS-PSE-CHARGER-DIAMOND',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title:
      'AC adapters and chargers are specified electrical appliances: diamond PSE after third-party certification',
    requirement:
      "DC power supplies (AC adapters, USB wall chargers) are specified electrical appliances and materials: before sale the importer has them assessed by a registered conformity assessment body, obtains its certificate (renewed every 7 years for these products) and marks the diamond PSE mark with the body's name.",
    scope: { categories: ['charger'], when: { fact: 'mains.present', op: 'eq', value: true } },
    certifications: ['JP-PSE-DIAMOND'],
    documents: ['test_report', 'registration_certificate'],
    labelling: [
      'PSE mark (diamond)',
      'name of the registered conformity assessment body',
      'name of the notified importer',
      'rated input and output',
    ],
    source: { ...DENAN, article: 'Art. 9' },
    effectiveFrom: '2001-04-01',
  },
  {
    id: 'JP-ESS-PSE-MOBILE-BATTERY',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mobile batteries (power banks) need the round PSE mark from 1 February 2019',
    requirement:
      'Lithium-ion storage batteries (a single cell with volume energy density of 400 Wh/L or more), including mobile batteries (power banks), are electrical appliances other than specified ones: the importer notifies METI, confirms conformity to the technical standard (J60950 / J62133 based), and marks the round PSE mark, its name and the rated capacity. METI ended the transition for mobile batteries on 1 February 2019: power banks without PSE may not be sold.',
    scope: { categories: ['power-bank'] },
    certifications: ['JP-PSE-CIRCLE'],
    documents: ['test_report'],
    labelling: ['PSE mark (circle)', 'name of the notified importer', 'rated capacity'],
    advice:
      'Ask the supplier for the Japanese technical standard test report for the exact model and cell; marketplace listings without PSE are removed.',
    source: {
      title: 'Electrical Appliances and Materials Safety Act: mobile batteries',
      url: 'https://www.meti.go.jp/policy/consumer/seian/denan/',
      publisher: 'METI',
    },
    effectiveFrom: '2019-02-01',
  },
  {
    id: 'JP-ESS-PSE-LITHIUM-BATTERY',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Lithium-ion storage batteries sold alone need the round PSE mark',
    requirement:
      "Lithium-ion storage batteries with a single-cell volume energy density of 400 Wh/L or more, sold as batteries (not built into equipment or for vehicles and medical devices), are electrical appliances other than specified ones and carry the round PSE mark and the importer's name.",
    scope: {
      categories: ['battery'],
      when: { fact: 'battery.chemistry', op: 'in', value: ['li-ion', 'li-polymer'] },
    },
    certifications: ['JP-PSE-CIRCLE'],
    documents: ['test_report'],
    labelling: ['PSE mark (circle)', 'name of the notified importer', 'rated capacity'],
    source: { ...DENAN, article: 'Art. 10' },
    effectiveFrom: '2008-11-20',
  },
  {
    id: 'JP-ESS-RADIO-GITEKI',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio equipment needs technical conformity certification and the Giteki mark',
    requirement:
      'Radio equipment (Bluetooth, Wi-Fi, cellular, low-power radio) used in Japan without a radio station licence must conform to the Radio Act technical regulations and carry the Giteki mark with its certification number, granted by a registered certification body (or under self-confirmation where allowed). Using equipment without it may breach the Radio Act; a special provision allows testing of foreign-certified Wi-Fi/Bluetooth devices for up to 180 days after notification.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['JP-GITEKI'],
    documents: ['test_report'],
    labelling: ['Giteki mark with certification number (on the device or electronically displayed)'],
    source: {
      title: 'Radio Act (Act No. 131 of 1950)',
      article: 'Art. 38-2-2 et seq.',
      url: 'https://laws.e-gov.go.jp/law/325AC0000000131',
      publisher: EGOV,
    },
    effectiveFrom: '1981-10-01',
  },
  {
    id: 'JP-ESS-BATTERY-RECYCLING-MARK',
    version: 1,
    jurisdiction: 'JP',
    topic: 'environment',
    effect: 'requirement',
    title: 'Small rechargeable batteries carry the recycling mark and are collected',
    requirement:
      'Small secondary batteries (lithium-ion, nickel-metal hydride, nickel-cadmium, small sealed lead-acid) are designated labelling products and their makers and importers are designated recycling businesses: the battery carries the three-arrow recycling mark with the chemistry (e.g. Li-ion) and used batteries are collected (through JBRC).',
    scope: {
      categories: ['battery'],
      when: {
        fact: 'battery.chemistry',
        op: 'in',
        value: ['li-ion', 'li-polymer', 'nimh', 'nicd', 'lead-acid'],
      },
    },
    labelling: ['recycling mark with the battery chemistry'],
    source: {
      title: 'Act on the Promotion of Effective Utilization of Resources (Act No. 48 of 1991)',
      url: 'https://laws.e-gov.go.jp/law/403AC0000000048',
      publisher: EGOV,
    },
    effectiveFrom: '2001-04-01',
  },
  {
    id: 'JP-ESS-PSC-LASER',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Portable laser pointers are special specified products: PSC mark, class 2 or lower (under 1 mW)',
    requirement:
      'Portable laser application devices (laser pointers) are special specified products under the Consumer Product Safety Act: only products meeting the technical standard (JIS C 6802 class 1 or 2, output below 1 mW) that passed conformity inspection by a registered body and carry the PSC mark may be sold. More powerful pointers may not be sold.',
    scope: { categories: ['laser-product'] },
    certifications: ['JP-PSC'],
    documents: ['test_report'],
    labelling: [
      'PSC mark (double circle)',
      'name of the registered inspection body',
      'name of the notified importer',
    ],
    source: {
      title: 'Consumer Product Safety Act (Act No. 31 of 1973)',
      url: 'https://www.meti.go.jp/product_safety/consumer/system/01.html',
      publisher: 'METI',
    },
    effectiveFrom: '2001-03-01',
  },
  {
    id: 'JP-ESS-PSC-LASER-POWER',
    version: 1,
    jurisdiction: 'JP',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Laser pointers above class 2 may not be sold in Japan',
    requirement:
      'A portable laser product of class 3R or above (1 mW or more) cannot meet the technical standard for portable laser application devices and so cannot carry the PSC mark; it may not be sold.',
    scope: {
      categories: ['laser-product'],
      when: {
        any: [
          { fact: 'laser.class', op: 'in', value: ['3R', '3B', '4'] },
          { fact: 'laser.power_mw', op: 'gte', value: 1 },
        ],
      },
    },
    source: {
      title: 'Consumer Product Safety Act (Act No. 31 of 1973)',
      url: 'https://laws.e-gov.go.jp/law/348AC0000000031',
      publisher: EGOV,
    },
    effectiveFrom: '2001-03-01',
  },
  {
    id: 'JP-ESS-CHILD-PSC-TOY',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title:
      "Toys for children under 3 are children's specified products: technical standard, age and warning labels, child PSC mark from 25 December 2025",
    requirement:
      "Under the amended Consumer Product Safety Act, toys designed for children under 3 (infant toys: rattles, teethers, soft toys, blocks, balls) are children's specified products from 25 December 2025: the manufacturer or importer notifies its business to METI, confirms conformity to the technical standard (ISO 8124, EN 71 or ASTM F963 are named as reference standards), labels the suitable age and the warnings, and marks the child PSC mark; products without it may not be sold. Goods made or imported before that date may still be sold unmarked.",
    scope: { categories: ['toys'], when: { fact: 'age.min_months', op: 'lt', value: 36 } },
    certifications: ['JP-CHILD-PSC'],
    documents: ['test_report'],
    labelling: [
      'child PSC mark',
      'suitable age',
      'warnings for use',
      'name of the notified manufacturer or importer',
    ],
    advice:
      'Test to ISO 8124 (the Japan Toy Association ST 2025 standard follows it) and notify METI before the first import.',
    source: {
      title:
        "Consumer Product Safety Act (Act No. 31 of 1973), as amended by the Act of 26 June 2024 (children's specified products)",
      url: 'https://www.meti.go.jp/product_safety/consumer/system/01.html',
      publisher: 'METI',
    },
    effectiveFrom: '2025-12-25',
  },
  {
    id: 'JP-ESS-COSMETIC-MAH',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Cosmetics are marketed by a licensed cosmetics marketing business and notified',
    requirement:
      'Cosmetics may be placed on the Japanese market only by a holder of a cosmetics marketing business licence, who notifies each product before sale, ensures the ingredients meet the Standards for Cosmetics (prohibited and restricted ingredients, positive lists for preservatives, UV filters and tar colours) and labels it in Japanese with all ingredients.',
    scope: { categories: ['cosmetics'] },
    certifications: ['JP-PMD-COSMETIC-MAH'],
    labelling: [
      'name and address of the marketing licence holder',
      'product name',
      'full ingredient list in Japanese',
      'lot number',
      'content',
    ],
    source: {
      title:
        'Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices (Act No. 145 of 1960)',
      article: 'Art. 12, 14-9, 61',
      url: 'https://laws.e-gov.go.jp/law/335AC0000000145',
      publisher: EGOV,
    },
    effectiveFrom: '2014-11-25',
  },
  {
    id: 'JP-ESS-MEDICAL-DEVICE',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Medical devices need a Japanese marketing authorisation holder and approval, certification or notification',
    requirement:
      'Medical devices are marketed by a licensed marketing authorisation holder in Japan with marketing approval (MHLW/PMDA), certification by a registered certification body, or notification (general medical devices), by class; the foreign manufacturer is registered with MHLW.',
    scope: { categories: ['medical-device'] },
    certifications: ['JP-PMD-DEVICE-MAH'],
    documents: ['registration_certificate', 'technical_documentation'],
    source: {
      title:
        'Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices (Act No. 145 of 1960)',
      url: 'https://laws.e-gov.go.jp/law/335AC0000000145',
      publisher: EGOV,
    },
    effectiveFrom: '2014-11-25',
  },
  {
    id: 'JP-ESS-NICOTINE-LIQUID',
    version: 1,
    jurisdiction: 'JP',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Nicotine e-liquids are unapproved medicines: no sale, personal import only',
    requirement:
      'E-liquids and cartridges containing nicotine are treated as pharmaceuticals under the PMD Act; none is approved, so they may not be sold or imported for sale in Japan. Individuals may import a limited quantity for their own use. Nicotine-free e-cigarettes are not medicines.',
    scope: { categories: ['e-cigarette'], when: { fact: 'nicotine.present', op: 'eq', value: true } },
    advice: 'Sell nicotine-free liquids or heated tobacco under the Tobacco Business Act instead.',
    source: {
      title:
        'Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices (Act No. 145 of 1960)',
      url: 'https://www.mhlw.go.jp/',
      publisher: 'Ministry of Health, Labour and Welfare',
    },
    effectiveFrom: '2014-11-25',
  },
  {
    id: 'JP-ESS-FOOD-IMPORT-NOTIFICATION',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Food, food-contact articles and infant toys need an import notification to the quarantine station',
    requirement:
      'Food, food additives, apparatus, containers and packaging and toys designated for infants imported for sale or business use are notified to the MHLW quarantine station at each import (Food Sanitation Act) and may be inspected; products that do not meet the specifications and standards are refused.',
    scope: { categories: ['food', 'food-contact'] },
    certifications: ['JP-FOOD-IMPORT-NOTIFICATION'],
    documents: ['commercial_invoice', 'test_report'],
    source: {
      title: 'Food Sanitation Act (Act No. 233 of 1947)',
      article: 'Art. 27',
      url: 'https://www.mhlw.go.jp/english/topics/importedfoods/',
      publisher: 'Ministry of Health, Labour and Welfare',
    },
    effectiveFrom: '2003-08-29',
  },
  {
    id: 'JP-ESS-FOOD-CONTACT-POSITIVE-LIST',
    version: 1,
    jurisdiction: 'JP',
    topic: 'substances',
    effect: 'requirement',
    title: 'Synthetic resin food-contact articles may use only substances on the positive list',
    requirement:
      'From 1 June 2020, apparatus, containers and packaging made of synthetic resin may use only base polymers and additives on the positive list of the Food Sanitation Act within their limits; suppliers pass conformity information down the chain.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration'],
    source: {
      title:
        'Food Sanitation Act (Act No. 233 of 1947), positive list system for food utensils, containers and packaging',
      article: 'Art. 18',
      url: 'https://laws.e-gov.go.jp/law/322AC0000000233',
      publisher: EGOV,
    },
    effectiveFrom: '2020-06-01',
  },
  {
    id: 'JP-ESS-TEXTILE-LABEL',
    version: 1,
    jurisdiction: 'JP',
    topic: 'labelling',
    effect: 'requirement',
    title:
      "Textiles and apparel need fibre composition, care symbols and the labeller's name (Household Goods Quality Labelling Act)",
    requirement:
      'Textile goods designated under the Household Goods Quality Labelling Act are labelled in Japanese with the fibre composition in percentages, the care instructions using the JIS L 0001 symbols (from 1 December 2016), water repellency where claimed, and the name and address or telephone number of the labeller.',
    scope: { categories: ['textiles'] },
    labelling: [
      'fibre composition (%)',
      'JIS L 0001 care symbols',
      'labeller name and address or phone number',
    ],
    source: {
      title: 'Household Goods Quality Labelling Act (Act No. 104 of 1962)',
      url: 'https://www.caa.go.jp/policies/policy/representation/household_goods/',
      publisher: 'Consumer Affairs Agency',
    },
    effectiveFrom: '2016-12-01',
  },
  {
    id: 'JP-ESS-HARMFUL-HOUSEHOLD',
    version: 1,
    jurisdiction: 'JP',
    topic: 'substances',
    effect: 'requirement',
    title: 'Textiles: azo dyes releasing specified amines and formaldehyde are limited',
    requirement:
      'Under the Act on Control of Household Products Containing Harmful Substances, textile products in contact with skin may not contain azo dyes releasing the 24 specified aromatic amines above the standard (from 1 April 2016), and formaldehyde is limited in textiles (strictest for articles for infants under 24 months).',
    scope: { categories: ['textiles'] },
    documents: ['test_report'],
    source: {
      title: 'Act on Control of Household Products Containing Harmful Substances (Act No. 112 of 1973)',
      url: 'https://laws.e-gov.go.jp/law/348AC0000000112',
      publisher: EGOV,
    },
    effectiveFrom: '2016-04-01',
  },
  {
    id: 'JP-ESS-SWORDS',
    version: 1,
    jurisdiction: 'JP',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Swords, spears and naginata with blades of 15 cm or more need registration (Swords and Firearms Control Law)',
    requirement:
      'Swords, spears and naginata with blades of 15 cm or more and daggers are swords under the Swords and Firearms Control Law and may not be possessed, so not imported, without registration (art swords registered by the prefectural board of education) or permission.',
    scope: { categories: ['weapon-like'], when: { fact: 'blade.length_cm', op: 'gte', value: 15 } },
    documents: ['import_permit'],
    source: {
      title:
        'Act for Controlling the Possession of Firearms or Swords and Other Such Weapons (Act No. 6 of 1958)',
      article: 'Art. 2(2), 3',
      url: 'https://laws.e-gov.go.jp/law/333AC0000000006',
      publisher: EGOV,
    },
    effectiveFrom: '1958-04-01',
  },
  {
    id: 'JP-ESS-SWITCHBLADE',
    version: 1,
    jurisdiction: 'JP',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Switchblade knives are swords under the Swords and Firearms Control Law and may not be possessed',
    requirement:
      'Switchblade knives (blades opening automatically to 45 degrees or more by a device) are swords under the Swords and Firearms Control Law, apart from narrow exceptions for short blades of 5.5 cm or less of a specified shape; they may not be possessed or imported. Other knives with blades over 6 cm may not be carried without a justifiable reason.',
    scope: {
      categories: ['knives', 'weapon-like'],
      when: { fact: 'blade.automatic', op: 'eq', value: true },
    },
    source: {
      title:
        'Act for Controlling the Possession of Firearms or Swords and Other Such Weapons (Act No. 6 of 1958)',
      article: 'Art. 2(2), 3, 22',
      url: 'https://laws.e-gov.go.jp/law/333AC0000000006',
      publisher: EGOV,
    },
    effectiveFrom: '1958-04-01',
  },
  {
    id: 'JP-ESS-DRONE-REGISTRATION',
    version: 1,
    jurisdiction: 'JP',
    topic: 'certification',
    effect: 'requirement',
    title: 'Drones of 100 g or more must be registered with MLIT and carry Remote ID from 20 June 2022',
    requirement:
      'Unmanned aircraft of 100 g or more (including the battery) are registered with MLIT before flight, display the registration mark and transmit Remote ID (built in or external); unregistered aircraft may not fly. Radio links (2.4 GHz, 5.7 GHz) need Giteki certification and, for 5.7 GHz, a radio station licence.',
    scope: { categories: ['drone'], when: { fact: 'drone.mass_g', op: 'gte', value: 100 } },
    certifications: ['JP-DRONE-REG', 'JP-GITEKI'],
    labelling: ['registration mark on the aircraft'],
    source: {
      title: 'Civil Aeronautics Act (Act No. 231 of 1952), unmanned aircraft registration',
      url: 'https://www.mlit.go.jp/koku/drone/',
      publisher: 'MLIT',
    },
    effectiveFrom: '2022-06-20',
  },
  {
    id: 'JP-ESS-COUNTERFEIT',
    version: 1,
    jurisdiction: 'JP',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title:
      'Goods infringing IP rights are prohibited imports, including those sent by overseas sellers to individuals',
    requirement:
      'Goods infringing patents, trademarks, designs, copyrights and other IP rights are prohibited imports under the Customs Act and are seized and destroyed; from 1 October 2022 counterfeits sent by overseas businesses to individuals in Japan are also treated as imported in the course of trade and seized, even for personal use.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'electronics', 'cosmetics', 'toys'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification'],
    advice:
      'Buy from the brand owner or an authorised distributor and keep the authorisation; rights holders can file import suspension applications with Japan Customs.',
    source: {
      title: 'Customs Act (Act No. 61 of 1954)',
      article: 'Art. 69-11',
      url: 'https://www.customs.go.jp/mizugiwa/chiteki/index.htm',
      publisher: 'Japan Customs',
    },
    effectiveFrom: '2022-10-01',
  },
  {
    id: 'JP-ESS-APPI',
    version: 1,
    jurisdiction: 'JP',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected devices collecting personal data are subject to the APPI',
    requirement:
      "Businesses handling personal information of people in Japan (including data collected by connected devices and apps) specify and notify the purpose of use, keep it secure, report leaks to the Personal Information Protection Commission and obtain consent (with information on the foreign country's system) before transferring personal data to a third party abroad.",
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    source: {
      title: 'Act on the Protection of Personal Information (Act No. 57 of 2003)',
      article: 'Art. 28',
      url: 'https://laws.e-gov.go.jp/law/415AC0000000057',
      publisher: EGOV,
    },
    effectiveFrom: '2022-04-01',
  },
  {
    id: 'JP-ESS-FOREIGN-BRIBERY',
    version: 1,
    jurisdiction: 'JP',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'Bribing foreign public officials is a crime under the Unfair Competition Prevention Act',
    requirement:
      'Giving, offering or promising money or other benefits to a foreign public official to obtain an illicit business advantage in international business is punishable, for individuals and companies (with penalties raised by the 2023 amendment).',
    scope: {
      categories: ['electronics', 'cosmetics', 'toys', 'food', 'medical-device', 'textiles', 'chemicals'],
    },
    source: {
      title: 'Unfair Competition Prevention Act (Act No. 47 of 1993)',
      article: 'Art. 18',
      url: 'https://laws.e-gov.go.jp/law/405AC0000000047',
      publisher: EGOV,
    },
    effectiveFrom: '1999-02-15',
  },
];
