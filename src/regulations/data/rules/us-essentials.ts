import type { RuleInput } from '../../knowledge/knowledge.model.ts';

/**
 * United States: the essential federal rules for consumer goods imports (FCC, CPSC, FDA, FAA, DOE, CBP, FTC,
 * DOJ). State laws (California Proposition 65 and others) are not covered here.
 */

const ECFR = 'US eCFR';

/** Top-level taxonomy categories: rules about every import (origin marking, forced labour, de minimis). */
const ALL_GOODS = [
  'electronics',
  'cosmetics',
  'toys',
  'childcare-articles',
  'furniture',
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
  'tobacco',
  'alcohol',
  'knives',
  'weapon-like',
];

const CHILDRENS = ['toys', 'childcare-articles', 'childrens-apparel'];

export const rules: RuleInput[] = [
  // Electronics and radio.
  {
    id: 'US-ESS-FCC-CERTIFICATION',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Intentional radiators (Bluetooth, Wi-Fi, cellular) need FCC certification and an FCC ID',
    requirement:
      'A device that intentionally emits radio energy (a Bluetooth speaker, Wi-Fi module, wireless earbuds, a cellular phone) must be certified by a Telecommunication Certification Body before it is marketed or imported, and carry its FCC ID on the device (or electronically where permitted). Importation of non-authorised radio frequency devices is barred except under the limited exceptions of 47 CFR 2.1204.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['US-FCC-ID'],
    documents: ['test_report', 'technical_documentation'],
    labelling: ['FCC ID (grantee code and product code)', 'Part 15 compliance statement (47 CFR 15.19)'],
    advice:
      'Use a pre-certified radio module only where the grant allows modular use; check the FCC ID in the FCC equipment authorisation database before ordering.',
    source: {
      title: '47 CFR Part 15 (Radio Frequency Devices) and Part 2, Subpart J',
      article: '47 CFR 15.201, 2.925, 2.1204',
      url: 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-A/part-15',
      publisher: ECFR,
    },
    effectiveFrom: '2017-11-02',
  },
  {
    id: 'US-ESS-FCC-SDOC',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: "Digital devices without a transmitter need an FCC Supplier's Declaration of Conformity",
    requirement:
      "Unintentional radiators (digital devices, computers and peripherals, chargers and power supplies with digital circuitry, LED lighting with switching drivers) are authorised by Supplier's Declaration of Conformity: tested against Part 15 emission limits, with a responsible party located in the United States and a compliance information statement supplied with the product.",
    scope: {
      categories: ['electronics'],
      when: { not: { fact: 'radio.present', op: 'eq', value: true } },
    },
    certifications: ['US-FCC-SDOC'],
    documents: ['test_report'],
    labelling: [
      'compliance information statement naming the US responsible party (47 CFR 2.1077)',
      'Part 15 compliance statement (47 CFR 15.19)',
    ],
    source: {
      title: '47 CFR Part 2, Subpart J (Equipment Authorization Procedures)',
      article: '47 CFR 2.906, 2.1077',
      url: 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-A/part-2/subpart-J',
      publisher: ECFR,
    },
    effectiveFrom: '2017-11-02',
  },
  {
    id: 'US-ESS-FCC-COVERED-LIST',
    version: 1,
    jurisdiction: 'US',
    topic: 'data_security',
    effect: 'information',
    title: 'Equipment of companies on the FCC Covered List cannot receive new FCC authorisations',
    requirement:
      'The FCC does not authorise equipment on the Covered List of communications equipment posing an unacceptable risk to national security (including telecommunications and video surveillance equipment of named producers such as Huawei, ZTE, Hytera, Hikvision and Dahua and their affiliates); such equipment cannot be lawfully marketed or imported under new authorisations.',
    scope: { categories: ['radio-equipment', 'it-equipment'] },
    advice:
      "Check the producer and its affiliates against the FCC's Covered List before sourcing radio or camera equipment.",
    source: {
      title: '47 CFR 2.903 (Prohibition on authorization of equipment on the Covered List)',
      article: '47 CFR 2.903',
      url: 'https://www.fcc.gov/supplychain/coveredlist',
      publisher: 'Federal Communications Commission',
    },
    effectiveFrom: '2023-02-06',
  },
  {
    id: 'US-ESS-DOE-EPS',
    version: 1,
    jurisdiction: 'US',
    topic: 'environment',
    effect: 'requirement',
    title: 'External power supplies must meet DOE Level VI efficiency and carry the VI mark',
    requirement:
      'Direct operation external power supplies (phone chargers, laptop adapters) sold in the United States meet the Level VI energy conservation standard for no-load power and average active-mode efficiency, are certified to DOE by the manufacturer and are marked with the Roman numeral VI.',
    scope: { categories: ['charger'], when: { fact: 'mains.present', op: 'eq', value: true } },
    certifications: ['US-DOE-EPS-LEVEL-VI'],
    documents: ['test_report'],
    labelling: ['Roman numeral VI efficiency mark'],
    source: {
      title: '10 CFR Part 430 (Energy Conservation Program for Consumer Products)',
      article: '10 CFR 430.32(w)',
      url: 'https://www.ecfr.gov/current/title-10/chapter-II/subchapter-D/part-430',
      publisher: ECFR,
    },
    effectiveFrom: '2016-02-10',
  },
  {
    id: 'US-ESS-LITHIUM-TRANSPORT',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Lithium batteries and power banks are hazardous materials in transport (49 CFR 173.185)',
    requirement:
      'Lithium cells and batteries, alone or packed with or contained in equipment, may be offered for transport to, from or within the United States only if each cell and battery type has passed the UN Manual of Tests and Criteria 38.3 tests (test summary available), and they are packaged, marked and documented as 49 CFR 173.185 requires; lithium-ion batteries above 100 Wh (and lithium-metal above 2 g per battery) are fully regulated Class 9 dangerous goods. Lithium-ion batteries shipped alone by air are limited to 30 % state of charge.',
    scope: {
      categories: ['battery'],
      when: { fact: 'battery.chemistry', op: 'in', value: ['li-ion', 'li-polymer', 'li-metal'] },
    },
    documents: ['un38_3_test_summary', 'safety_data_sheet'],
    labelling: [
      'lithium battery mark (where required)',
      'Class 9 lithium battery hazard label (fully regulated shipments)',
    ],
    advice:
      'Ask the supplier for the UN 38.3 test summary for the exact battery model and use a carrier that accepts dangerous goods; power banks ship as batteries (UN3480), not as equipment.',
    source: {
      title: '49 CFR 173.185 (Lithium cells and batteries)',
      article: '49 CFR 173.185',
      url: 'https://www.ecfr.gov/current/title-49/subtitle-B/chapter-I/subchapter-C/part-173/subpart-E/section-173.185',
      publisher: ECFR,
    },
    effectiveFrom: '2016-04-01',
  },
  {
    id: 'US-ESS-BUTTON-CELL',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: "Products with button or coin batteries must meet Reese's Law (16 CFR 1263)",
    requirement:
      "Consumer products containing or designed to use button or coin cell batteries must have battery compartments that resist child access (secured by a tool or two independent simultaneous movements), pass the abuse tests, and carry the warnings on the product, packaging and instructions; button and coin batteries themselves must be in child-resistant packaging (Reese's Law, Public Law 117-171).",
    scope: {
      categories: ['electronics', 'toys', 'childcare-articles'],
      when: { fact: 'battery.button_cell', op: 'eq', value: true },
    },
    certifications: ['US-CPSC-GCC'],
    documents: ['test_report', 'general_certificate_of_conformity'],
    labelling: ['button/coin battery ingestion warning on product, packaging and instructions'],
    source: {
      title:
        '16 CFR Part 1263 (Safety Standard for Button Cell or Coin Batteries and Consumer Products Containing Such Batteries)',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1263',
      publisher: ECFR,
    },
    effectiveFrom: '2024-03-19',
  },
  {
    id: 'US-ESS-LASER-PERFORMANCE',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Laser products must meet the FDA laser performance standard and be reported',
    requirement:
      'Laser products (laser pointers, levels, light shows, laser toys) meet the performance standard of 21 CFR 1040.10 and 1040.11 (classification, protective housing, labels, emission indicator), are certified by the manufacturer and reported to FDA CDRH before entering US commerce; the import entry gives the accession number.',
    scope: { categories: ['laser-product'] },
    certifications: ['US-FDA-LASER-REPORT'],
    documents: ['test_report', 'technical_documentation'],
    labelling: [
      'class warning label (CAUTION/DANGER) with laser class',
      'certification and identification label',
      'aperture label',
    ],
    source: {
      title: '21 CFR 1040.10 and 1040.11 (Laser products; specific purpose laser products)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-J/part-1040',
      publisher: ECFR,
    },
    effectiveFrom: '1976-08-02',
  },
  {
    id: 'US-ESS-LASER-POINTER-POWER',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Laser pointers above 5 mW (class 3B, 4) may not be sold as pointers',
    requirement:
      'Laser pointers and other surveying, levelling and alignment lasers may not exceed Class IIIa (5 mW visible); Class IIIb and IV lasers may not be promoted or sold as pointers and are refused entry when they are, and demonstration laser products above Class IIIa need an FDA variance.',
    scope: {
      categories: ['laser-product'],
      when: {
        any: [
          { fact: 'laser.class', op: 'in', value: ['3B', '4'] },
          { fact: 'laser.power_mw', op: 'gt', value: 5 },
        ],
      },
    },
    advice:
      'Source pointers rated Class 2/IIIa or lower with a measured output report; toys should be Class 1.',
    source: {
      title: '21 CFR 1040.11 (Specific purpose laser products)',
      article: '21 CFR 1040.11(b)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-J/part-1040/section-1040.11',
      publisher: ECFR,
    },
    effectiveFrom: '1985-09-19',
  },
  // Children's products and toys.
  {
    id: 'US-ESS-CPSIA-LEAD',
    version: 1,
    jurisdiction: 'US',
    topic: 'substances',
    effect: 'requirement',
    title: "Children's products: lead in substrate at most 100 ppm, in paint and coatings at most 90 ppm",
    requirement:
      "Children's products (designed or intended primarily for children 12 or younger) may not contain more than 100 ppm total lead in any accessible part, and paint or similar surface coatings on them (and on furniture for consumers) may not contain more than 90 ppm lead. Compliance is shown by tests of a CPSC-accepted third-party laboratory and a Children's Product Certificate.",
    scope: {
      categories: [...CHILDRENS, 'jewellery'],
      when: { fact: 'age.min_months', op: 'lt', value: 156 },
    },
    certifications: ['US-CPSC-CPC'],
    documents: ['test_report', 'childrens_product_certificate'],
    source: {
      title: 'Consumer Product Safety Improvement Act of 2008, s. 101 (15 U.S.C. 1278a); 16 CFR Part 1303',
      url: 'https://www.cpsc.gov/Business--Manufacturing/Business-Education/Lead',
      publisher: 'US Consumer Product Safety Commission',
    },
    effectiveFrom: '2011-08-14',
  },
  {
    id: 'US-ESS-CPSIA-PHTHALATES',
    version: 1,
    jurisdiction: 'US',
    topic: 'substances',
    effect: 'requirement',
    title: 'Toys and child care articles: eight phthalates at most 0.1 % in accessible plasticised parts',
    requirement:
      "Children's toys and child care articles may not contain more than 0.1 % of DEHP, DBP, BBP, DINP, DIBP, DPENP, DHEXP or DCHP in any accessible component part, as tested by a CPSC-accepted third-party laboratory.",
    scope: { categories: ['toys', 'childcare-articles'] },
    certifications: ['US-CPSC-CPC'],
    documents: ['test_report', 'childrens_product_certificate'],
    source: {
      title:
        "16 CFR Part 1307 (Prohibition of Children's Toys and Child Care Articles Containing Specified Phthalates)",
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1307',
      publisher: ECFR,
    },
    effectiveFrom: '2018-04-25',
  },
  {
    id: 'US-ESS-CPC-THIRD-PARTY',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: "Children's products need third-party testing and a Children's Product Certificate",
    requirement:
      "The importer of a children's product subject to a children's product safety rule must have it tested by a CPSC-accepted third-party conformity assessment body and issue a Children's Product Certificate (product, rules, importer, test lab, dates and place of manufacture and testing, contact for records) that accompanies the shipment.",
    scope: { categories: CHILDRENS },
    certifications: ['US-CPSC-CPC'],
    documents: ['childrens_product_certificate', 'test_report'],
    advice:
      'Use a CPSC-accepted laboratory (CPSC lab search) and test each material and colour of the production lot.',
    source: {
      title: '15 U.S.C. 2063 (Product certification and labeling); 16 CFR Parts 1107 and 1110',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1110',
      publisher: ECFR,
    },
    effectiveFrom: '2013-02-08',
  },
  {
    id: 'US-ESS-CPSC-EFILING',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Certificates of compliance are electronically filed with CBP at entry (eFiling)',
    requirement:
      "Importers file the data of the Children's Product Certificate or General Certificate of Conformity electronically with CBP at entry for regulated consumer products (the revised 16 CFR Part 1110); goods entered from a foreign-trade zone follow from 8 January 2027.",
    scope: { categories: CHILDRENS },
    documents: ['childrens_product_certificate', 'general_certificate_of_conformity'],
    advice:
      'Register with the CPSC Product Registry or file the certificate data in the CBP ACE PGA message set.',
    source: {
      title: '16 CFR Part 1110 (Certificates of Compliance), as revised 2025',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1110',
      publisher: ECFR,
    },
    effectiveFrom: '2026-07-08',
  },
  {
    id: 'US-ESS-TOY-ASTM-F963',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys must meet ASTM F963-23 (16 CFR 1250)',
    requirement:
      "Toys for children under 14 comply with ASTM F963-23 as the mandatory toy safety standard (mechanical and physical hazards, heavy elements in substrates, battery-operated toys, magnets, acoustics), tested by a CPSC-accepted third-party laboratory and certified in a Children's Product Certificate.",
    scope: { categories: ['toys'] },
    certifications: ['US-CPSC-CPC'],
    documents: ['test_report', 'childrens_product_certificate'],
    labelling: [
      'cautionary labels required by ASTM F963 (small parts, balloons, marbles, functional sharp points)',
    ],
    source: {
      title: '16 CFR Part 1250 (Safety Standard Mandating ASTM F963 for Toys)',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1250',
      publisher: ECFR,
    },
    effectiveFrom: '2024-04-20',
  },
  {
    id: 'US-ESS-SMALL-PARTS',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'requirement',
    title: 'Toys and articles for children under 3 must not contain or release small parts',
    requirement:
      'A toy or other article intended for children under 3 years that is, contains or releases in use and abuse testing a small part fitting the small-parts cylinder is a banned hazardous substance.',
    scope: {
      categories: ['toys', 'childcare-articles'],
      when: { fact: 'age.min_months', op: 'lt', value: 36 },
    },
    advice:
      'Design for under-3s without parts that fit the small-parts cylinder, or label and market the toy for ages 3 and up with the small-parts warning (16 CFR 1500.19).',
    source: {
      title:
        '16 CFR Part 1501 (Method for identifying toys and other articles intended for use by children under 3 years of age which present choking, aspiration, or ingestion hazards because of small parts)',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-C/part-1501',
      publisher: ECFR,
    },
    effectiveFrom: '1980-01-01',
  },
  {
    id: 'US-ESS-TRACKING-LABEL',
    version: 1,
    jurisdiction: 'US',
    topic: 'labelling',
    effect: 'requirement',
    title: "Children's products need permanent tracking labels",
    requirement:
      "Children's products and their packaging carry permanent distinguishing marks that let the purchaser identify the manufacturer or private labeler, the place and date of production and cohort information (batch, run number).",
    scope: { categories: CHILDRENS },
    labelling: [
      'manufacturer or private labeler name',
      'location and date of production',
      'batch or run number',
    ],
    source: {
      title: 'Consumer Product Safety Act s. 14(a)(5) (15 U.S.C. 2063(a)(5))',
      article: '15 U.S.C. 2063(a)(5)',
      url: 'https://www.cpsc.gov/Business--Manufacturing/Business-Education/Business-Guidance/Tracking-Labels',
      publisher: 'US Consumer Product Safety Commission',
    },
    effectiveFrom: '2009-08-14',
  },
  {
    id: 'US-ESS-MAGNETS',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'Loose high-powered magnets for amusement or jewellery must meet the magnet safety standard',
    requirement:
      "Consumer products designed, marketed or intended to be used for entertainment, jewellery (including children's jewellery), mental stimulation or stress relief that contain one or more loose or separable magnets fitting within the small-parts cylinder must have a flux index below 50 kG²mm²; toys for children under 14 follow ASTM F963.",
    scope: { categories: ['toys', 'jewellery'], when: { fact: 'magnets', op: 'eq', value: true } },
    documents: ['test_report', 'general_certificate_of_conformity'],
    source: {
      title: '16 CFR Part 1262 (Safety Standard for Magnets)',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1262',
      publisher: ECFR,
    },
    effectiveFrom: '2022-10-21',
  },
  // Cosmetics.
  {
    id: 'US-ESS-MOCRA-LISTING',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Cosmetics: FDA facility registration and product listing under MoCRA',
    requirement:
      'The facility that manufactures or processes a cosmetic for the US market is registered with FDA and the responsible person (manufacturer, packer or distributor named on the label) lists each product with its ingredients; the responsible person keeps safety substantiation and reports serious adverse events within 15 business days.',
    scope: { categories: ['cosmetics'] },
    certifications: ['US-FDA-COSMETIC-LISTING'],
    advice:
      'Register and list through FDA Cosmetics Direct; small businesses are exempt from registration and listing unless they make certain higher-risk products.',
    source: {
      title: 'Modernization of Cosmetics Regulation Act of 2022 (FD&C Act ss. 604–608)',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/modernization-cosmetics-regulation-act-2022-mocra',
      publisher: 'US Food and Drug Administration',
    },
    effectiveFrom: '2024-07-01',
  },
  {
    id: 'US-ESS-COSMETIC-LABELLING',
    version: 1,
    jurisdiction: 'US',
    topic: 'labelling',
    effect: 'requirement',
    title:
      'Cosmetic labels: identity, net quantity, ingredients, responsible person and adverse-event contact',
    requirement:
      'Cosmetic labels give the statement of identity and net quantity on the principal display panel, the ingredient declaration in descending order of predominance, the name and place of business of the manufacturer, packer or distributor, and (from MoCRA) a domestic address, phone number or electronic contact for adverse event reports; colour additives must be approved for the use and, where required, batch-certified by FDA.',
    scope: { categories: ['cosmetics'] },
    labelling: [
      'statement of identity',
      'net quantity of contents',
      'ingredient declaration',
      'name and place of business of manufacturer, packer or distributor',
      'domestic contact for adverse event reports',
    ],
    source: {
      title: '21 CFR Part 701 (Cosmetic labeling); FD&C Act s. 609',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-G/part-701',
      publisher: ECFR,
    },
    effectiveFrom: '2024-12-29',
  },
  // Food, supplements, food contact.
  {
    id: 'US-ESS-FDA-PRIOR-NOTICE',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported food needs FDA prior notice and a registered food facility',
    requirement:
      'Food (including dietary supplements and beverages) imported or offered for import is notified to FDA before arrival (prior notice, with the registration number of the manufacturing facility); food from a facility not registered under 21 CFR Part 1 Subpart H is held at the port. Importers also run a Foreign Supplier Verification Program (21 CFR Part 1 Subpart L).',
    scope: { categories: ['food'] },
    certifications: ['US-FDA-FOOD-FACILITY'],
    documents: ['prior_notice', 'commercial_invoice'],
    source: {
      title: '21 CFR Part 1, Subpart I (Prior Notice of Imported Food)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-A/part-1/subpart-I',
      publisher: ECFR,
    },
    effectiveFrom: '2003-12-12',
  },
  {
    id: 'US-ESS-SUPPLEMENT-LABEL',
    version: 1,
    jurisdiction: 'US',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Dietary supplements need a Supplement Facts panel and the structure/function disclaimer',
    requirement:
      'Dietary supplements are labelled as a dietary supplement with a Supplement Facts panel (serving size, amount and %DV of dietary ingredients), the net quantity, ingredient list and manufacturer or distributor; structure/function claims carry the FDA disclaimer and are notified to FDA within 30 days; disease claims make the product an unapproved drug.',
    scope: { categories: ['food-supplement'] },
    labelling: [
      '"dietary supplement" statement of identity',
      'Supplement Facts panel',
      'net quantity',
      'name and place of business',
    ],
    source: {
      title: '21 CFR 101.36 (Nutrition labeling of dietary supplements)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-B/part-101/subpart-C/section-101.36',
      publisher: ECFR,
    },
    effectiveFrom: '1999-03-23',
  },
  {
    id: 'US-ESS-FOOD-CONTACT',
    version: 1,
    jurisdiction: 'US',
    topic: 'substances',
    effect: 'requirement',
    title: 'Food-contact materials may use only FDA-authorised food contact substances',
    requirement:
      'Substances that migrate from food-contact articles (kitchenware, containers, packaging) into food are food additives unless they are authorised by regulation (21 CFR Parts 174–186), are GRAS, prior-sanctioned or covered by an effective food contact notification; ceramicware must meet the FDA lead and cadmium leaching guidance.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration', 'test_report'],
    source: {
      title: '21 CFR Parts 174–186 (Indirect food additives)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-B/part-174',
      publisher: ECFR,
    },
    effectiveFrom: '1977-03-15',
  },
  // Medical devices and medicines.
  {
    id: 'US-ESS-DEVICE-807',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Medical devices need establishment registration, device listing and 510(k) where required',
    requirement:
      'Foreign manufacturers and initial importers of medical devices register their establishments with FDA each year, list their devices and name a US agent; class II devices generally need 510(k) clearance and class III premarket approval before import. Devices from unregistered establishments are refused admission.',
    scope: { categories: ['medical-device'] },
    certifications: ['US-FDA-DEVICE-LISTING'],
    documents: ['registration_certificate', 'technical_documentation'],
    source: {
      title:
        '21 CFR Part 807 (Establishment Registration and Device Listing for Manufacturers and Initial Importers of Devices)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-807',
      publisher: ECFR,
    },
    effectiveFrom: '2012-10-01',
  },
  {
    id: 'US-ESS-PERSONAL-MEDICINE',
    version: 1,
    jurisdiction: 'US',
    topic: 'quantity_limits',
    effect: 'restricted',
    title:
      'Personal imports of unapproved medicines: at most a 90-day supply, under FDA enforcement discretion',
    requirement:
      'Unapproved prescription medicines are in principle not importable; FDA may allow an individual to import a supply of no more than 90 days of a medicine for a serious condition, for personal use, when no effective treatment is available in the US and the person gives the name of the treating US-licensed doctor.',
    scope: { categories: ['medicine'], channels: ['personal_import'] },
    quantityLimit: { amount: 90, unit: "days' supply", per: 'person' },
    source: {
      title: 'FDA Personal Importation Policy (Regulatory Procedures Manual, chapter 9-2)',
      url: 'https://www.fda.gov/industry/import-basics/personal-importation',
      publisher: 'US Food and Drug Administration',
    },
    effectiveFrom: '1988-07-20',
  },
  // E-cigarettes.
  {
    id: 'US-ESS-ENDS-PMTA',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'E-cigarettes and e-liquids need FDA marketing authorisation (PMTA)',
    requirement:
      'Electronic nicotine delivery systems are tobacco products; a product not on the market on 15 February 2007 may be marketed only with an FDA marketing granted order. Unauthorised ENDS are illegal to import or sell and are subject to seizure; products are registered and listed, labelled with the nicotine addictiveness warning and sold only to persons 21 and older.',
    scope: { categories: ['e-cigarette'] },
    certifications: ['US-FDA-PMTA'],
    labelling: ['WARNING: This product contains nicotine. Nicotine is an addictive chemical.'],
    advice:
      'Import only products listed by FDA as authorised; flavoured disposables without an order are a common CBP seizure.',
    source: {
      title: 'Federal Food, Drug, and Cosmetic Act s. 910 (21 U.S.C. 387j); 21 CFR Part 1143 (warning)',
      url: 'https://www.fda.gov/tobacco-products/market-and-distribute-tobacco-product/premarket-tobacco-product-applications',
      publisher: 'US Food and Drug Administration',
    },
    effectiveFrom: '2016-08-08',
  },
  {
    id: 'US-ESS-PACT-ACT',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'E-cigarettes may not be mailed through USPS; remote sales follow the PACT Act',
    requirement:
      'Electronic nicotine delivery systems are cigarettes for the Prevent All Cigarette Trafficking Act: the US Postal Service may not carry them (with narrow exceptions), and delivery sellers register with ATF and states, verify age at delivery and pay state and local taxes.',
    scope: { categories: ['e-cigarette'], channels: ['ecommerce_parcel', 'personal_import'] },
    source: {
      title: 'Prevent All Cigarette Trafficking Act (15 U.S.C. 375–378; 18 U.S.C. 1716E)',
      url: 'https://www.atf.gov/alcohol-tobacco/pact-act',
      publisher: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
    },
    effectiveFrom: '2021-03-27',
  },
  // Drones.
  {
    id: 'US-ESS-DRONE-REGISTRATION',
    version: 1,
    jurisdiction: 'US',
    topic: 'certification',
    effect: 'requirement',
    title: 'Drones of 250 g or more must be FAA-registered and broadcast Remote ID',
    requirement:
      'Unmanned aircraft weighing more than 0.55 lb (250 g) are registered with the FAA before flight and marked with the registration number; unless flown in an FAA-recognised identification area they broadcast Remote ID (a standard Remote ID drone with an FAA-accepted declaration of compliance, or a broadcast module).',
    scope: { categories: ['drone'], when: { fact: 'drone.mass_g', op: 'gte', value: 250 } },
    certifications: ['US-FAA-DRONE-REG'],
    labelling: [
      'FAA registration number on the aircraft',
      'Remote ID serial number (standard Remote ID drones)',
    ],
    advice: 'Check the model is on the FAA list of declarations of compliance for standard Remote ID.',
    source: {
      title: '14 CFR Part 48 (Registration) and Part 89 (Remote Identification of Unmanned Aircraft)',
      url: 'https://www.ecfr.gov/current/title-14/chapter-I/subchapter-F/part-89',
      publisher: ECFR,
    },
    effectiveFrom: '2023-09-16',
  },
  // Chemicals.
  {
    id: 'US-ESS-TSCA-IMPORT-CERT',
    version: 1,
    jurisdiction: 'US',
    topic: 'substances',
    effect: 'requirement',
    title: 'Chemical substances and mixtures need a TSCA import certification at entry',
    requirement:
      'The importer of chemical substances, mixtures or articles containing them (when required by rule) certifies at entry either that the shipment complies with all applicable TSCA rules and orders (positive certification) or that it is not subject to TSCA (negative certification, e.g. pesticides, drugs, cosmetics); substances not on the TSCA Inventory need premanufacture notification before import.',
    scope: { categories: ['chemicals'] },
    documents: ['safety_data_sheet', 'commercial_invoice'],
    source: {
      title:
        'Toxic Substances Control Act s. 13 (15 U.S.C. 2612); 19 CFR 12.118–12.127; 40 CFR Part 707 Subpart B',
      url: 'https://www.epa.gov/tsca-import-export-requirements',
      publisher: 'US Environmental Protection Agency',
    },
    effectiveFrom: '2016-06-22',
  },
  // Knives.
  {
    id: 'US-ESS-SWITCHBLADE',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Switchblade and gravity knives may not be imported (Federal Switchblade Act)',
    requirement:
      'Knives whose blade opens automatically by hand pressure on a button or other device in the handle, or by inertia, gravity or both, may not be introduced into interstate commerce or imported; CBP seizes them. Knives with a spring or detent that biases the blade toward closure and need exertion applied to the blade to open (assisted-opening) are excluded.',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    source: {
      title: 'Federal Switchblade Act (15 U.S.C. 1241–1245); 19 CFR 12.95–12.103',
      article: '15 U.S.C. 1242, 1244',
      url: 'https://uscode.house.gov/view.xhtml?path=/prelim@title15/chapter29&edition=prelim',
      publisher: 'Office of the Law Revision Counsel, US House of Representatives',
    },
    effectiveFrom: '1958-08-12',
  },
  // Textiles, apparel, footwear.
  {
    id: 'US-ESS-TEXTILE-FIBRE',
    version: 1,
    jurisdiction: 'US',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Textile products need fibre content, country of origin and manufacturer identity labels',
    requirement:
      'Textile fibre products are labelled with the generic names and percentages by weight of the fibres (5 % or more), the country where processed or manufactured and the name or registered identification number (RN) of the manufacturer or dealer; wool products follow 16 CFR Part 300, and garments carry permanent care instructions (16 CFR Part 423).',
    scope: { categories: ['textiles'] },
    labelling: [
      'generic fibre names and percentages',
      'country of origin',
      'manufacturer or dealer name or RN number',
      'care instructions',
    ],
    source: {
      title: 'Textile Fiber Products Identification Act (15 U.S.C. 70); 16 CFR Part 303',
      url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-303',
      publisher: ECFR,
    },
    effectiveFrom: '1960-03-03',
  },
  {
    id: 'US-ESS-COUNTRY-OF-ORIGIN',
    version: 1,
    jurisdiction: 'US',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Imported articles are marked with their country of origin in English',
    requirement:
      'Every article of foreign origin (or its container) imported into the United States is marked legibly, indelibly and permanently, in a conspicuous place, with the English name of its country of origin, so that the ultimate purchaser knows it; unmarked goods pay 10 % marking duties or are re-marked under CBP supervision.',
    scope: { categories: ALL_GOODS },
    labelling: ['"Made in [country]" in English'],
    source: {
      title: 'Tariff Act of 1930 s. 304 (19 U.S.C. 1304); 19 CFR Part 134',
      url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-134',
      publisher: ECFR,
    },
    effectiveFrom: '1930-06-17',
  },
  // Counterfeits.
  {
    id: 'US-ESS-COUNTERFEIT',
    version: 1,
    jurisdiction: 'US',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Goods bearing counterfeit trademarks are seized by CBP',
    requirement:
      'Articles bearing a counterfeit of a trademark recorded with CBP are seized and forfeited; goods with confusingly similar marks or gray-market goods of recorded marks are detained. The importer may be fined; a traveller may bring one article of a type for personal use in limited cases.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'electronics', 'cosmetics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification'],
    advice:
      'Buy third-party brands only from the brand owner or its authorised distributors and keep the authorisation letters and invoices.',
    source: {
      title: '19 CFR Part 133 (Trademarks, Trade Names, and Copyrights)',
      url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-133',
      publisher: ECFR,
    },
    effectiveFrom: '1996-07-02',
  },
  // Forced labour.
  {
    id: 'US-ESS-UFLPA',
    version: 1,
    jurisdiction: 'US',
    topic: 'labour',
    effect: 'restricted',
    title:
      'Goods made wholly or partly in Xinjiang or by UFLPA Entity List companies are presumed made with forced labour',
    requirement:
      'Goods mined, produced or manufactured wholly or in part in the Xinjiang Uyghur Autonomous Region, or by an entity on the UFLPA Entity List, are presumed to be made with forced labour and denied entry unless the importer shows by clear and convincing evidence that they are not. High-priority sectors include apparel and cotton, tomatoes, polysilicon, PVC, aluminium and seafood.',
    scope: {
      categories: ['textiles', 'footwear'],
      hsPrefixes: ['52', '2002', '2804', '3904', '76', '0303', '0304', '8541'],
      origins: ['CN'],
    },
    documents: ['supplier_qualification', 'certificate_of_origin'],
    advice:
      'Map the supply chain to raw materials (cotton, polysilicon, aluminium) and keep traceability documents; screen suppliers against the UFLPA Entity List.',
    source: {
      title: 'Uyghur Forced Labor Prevention Act (Public Law 117-78)',
      url: 'https://www.cbp.gov/trade/forced-labor/UFLPA',
      publisher: 'US Customs and Border Protection',
    },
    effectiveFrom: '2022-06-21',
  },
  {
    id: 'US-ESS-FORCED-LABOUR-307',
    version: 1,
    jurisdiction: 'US',
    topic: 'labour',
    effect: 'information',
    title: 'Goods made with forced labour may not be imported (Tariff Act s. 307)',
    requirement:
      'Goods mined, produced or manufactured wholly or in part by forced, convict or indentured labour are not entitled to entry; CBP issues withhold release orders and findings against specific producers and goods.',
    scope: { categories: ALL_GOODS },
    advice: 'Check suppliers against the CBP list of active withhold release orders and findings.',
    source: {
      title: 'Tariff Act of 1930 s. 307 (19 U.S.C. 1307)',
      url: 'https://www.cbp.gov/trade/forced-labor',
      publisher: 'US Customs and Border Protection',
    },
    effectiveFrom: '2016-03-10',
  },
  // Tariffs and de minimis.
  {
    id: 'US-ESS-DE-MINIMIS-SUSPENDED',
    version: 1,
    jurisdiction: 'US',
    topic: 'tariffs_de_minimis',
    effect: 'information',
    title: 'Duty-free de minimis is suspended for goods from every country from 29 August 2025',
    requirement:
      'Executive Order 14324 suspends duty-free de minimis treatment under 19 U.S.C. 1321 for all countries: low-value parcels are entered formally or informally and pay all applicable duties; postal shipments pay the duties set by the order.',
    scope: { categories: ALL_GOODS, channels: ['ecommerce_parcel', 'personal_import'] },
    source: {
      title: 'Executive Order 14324, Suspending Duty-Free De Minimis Treatment for All Countries',
      url: 'https://www.cbp.gov/trade/trade-enforcement/tftea/de-minimis',
      publisher: 'US Customs and Border Protection',
    },
    effectiveFrom: '2025-08-29',
    effectiveTo: '2027-06-30',
  },
  {
    id: 'US-ESS-DE-MINIMIS-SUSPENDED',
    version: 2,
    jurisdiction: 'US',
    topic: 'tariffs_de_minimis',
    effect: 'information',
    title: 'Commercial de minimis is repealed by statute from 1 July 2027',
    requirement:
      'Public Law 119-21 (s. 70308) ends the administrative de minimis exemption of 19 U.S.C. 1321 for commercial shipments entered on or after 1 July 2027; every commercial parcel is dutiable whatever its value.',
    scope: { categories: ALL_GOODS, channels: ['ecommerce_parcel', 'personal_import'] },
    source: {
      title: 'Public Law 119-21, s. 70308 (termination of de minimis exemption)',
      url: 'https://www.congress.gov/bill/119th-congress/house-bill/1',
      publisher: 'US Congress',
    },
    effectiveFrom: '2027-07-01',
  },
  {
    id: 'US-ESS-SECTION-301-CN',
    version: 1,
    jurisdiction: 'US',
    topic: 'tariffs_de_minimis',
    effect: 'information',
    title: 'Goods of Chinese origin pay additional Section 301 duties on the USTR lists',
    requirement:
      'Products of China on the Section 301 lists pay additional ad valorem duties (7.5 % to 100 % by list and product) on top of the normal duty, plus any other origin-based duties in force; check the HTSUS chapter 99 heading for the product.',
    scope: { categories: ALL_GOODS, origins: ['CN'] },
    source: {
      title: 'Trade Act of 1974 s. 301; USTR Section 301 tariff actions on China',
      url: 'https://ustr.gov/issue-areas/enforcement/section-301-investigations/tariff-actions',
      publisher: 'Office of the US Trade Representative',
    },
    effectiveFrom: '2018-07-06',
  },
  // Anti-corruption.
  {
    id: 'US-ESS-FCPA',
    version: 1,
    jurisdiction: 'US',
    topic: 'anti_corruption',
    effect: 'information',
    title: 'The FCPA bars bribes to foreign officials (customs, regulators) to obtain or keep business',
    requirement:
      'US issuers, domestic concerns and persons acting in the United States may not pay or offer anything of value to a foreign official to obtain or retain business, including to clear goods through customs or obtain permits; issuers keep accurate books and internal controls.',
    scope: { categories: ALL_GOODS },
    advice:
      'Vet customs brokers and agents, prohibit facilitation payments in the contract and record every payment to officials.',
    source: {
      title: 'Foreign Corrupt Practices Act (15 U.S.C. 78dd-1 et seq.)',
      url: 'https://www.justice.gov/criminal/criminal-fraud/foreign-corrupt-practices-act',
      publisher: 'US Department of Justice',
    },
    effectiveFrom: '1977-12-19',
  },
];
