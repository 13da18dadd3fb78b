import type { CertificationInput } from '../../knowledge/knowledge.model.ts';

/**
 * Certifications, marks, registrations and declarations of the United States, Japan and China (the essentials
 * files). Ids carry the market prefix so they cannot collide with other regional certification files.
 */
export const certifications: CertificationInput[] = [
  // United States.
  {
    id: 'US-FCC-ID',
    name: 'FCC equipment certification (FCC ID)',
    kind: 'certificate',
    jurisdictions: ['US'],
    issuedBy:
      'A Telecommunication Certification Body (TCB) on behalf of the Federal Communications Commission',
    description:
      'Equipment authorisation by certification, required for intentional radiators (Bluetooth, Wi-Fi, cellular and other transmitters) before they are marketed or imported. The grant is listed in the FCC equipment authorisation database and the device carries its FCC ID (grantee code and product code).',
    source: {
      title: '47 CFR Part 2, Subpart J (Equipment Authorization Procedures)',
      article: '47 CFR 2.907, 2.925',
      url: 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-A/part-2/subpart-J',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-FCC-SDOC',
    name: "FCC Supplier's Declaration of Conformity (SDoC)",
    kind: 'declaration',
    jurisdictions: ['US'],
    issuedBy: 'The responsible party (manufacturer or importer), which must be located in the United States',
    description:
      "Self-declaration for unintentional radiators (digital devices, chargers' and computers' emissions) under 47 CFR Part 15: the product is tested, a US responsible party keeps the records, and a compliance information statement ships with the product. The FCC logo is optional.",
    source: {
      title: '47 CFR Part 2, Subpart J (Equipment Authorization Procedures)',
      article: '47 CFR 2.906, 2.1071–2.1077',
      url: 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-A/part-2/subpart-J',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-CPSC-CPC',
    name: "Children's Product Certificate (CPC)",
    kind: 'declaration',
    jurisdictions: ['US'],
    issuedBy:
      'The importer or domestic manufacturer, on test reports from a CPSC-accepted third-party laboratory',
    description:
      "A certificate that a children's product (designed or intended primarily for children 12 years or younger) complies with every applicable CPSC rule, based on testing by a CPSC-accepted third-party conformity assessment body. It accompanies the shipment and is furnished to distributors, retailers, CBP and the CPSC.",
    source: {
      title: '16 CFR Part 1110 (Certificates of Compliance); 15 U.S.C. 2063',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1110',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-CPSC-GCC',
    name: 'General Certificate of Conformity (GCC)',
    kind: 'declaration',
    jurisdictions: ['US'],
    issuedBy: 'The importer or domestic manufacturer (test or reasonable testing programme)',
    description:
      "A certificate for non-children's consumer products subject to a CPSC rule, ban, standard or regulation, stating each rule the product complies with, based on a test of each product or a reasonable testing programme.",
    source: {
      title: '16 CFR Part 1110 (Certificates of Compliance); 15 U.S.C. 2063',
      url: 'https://www.ecfr.gov/current/title-16/chapter-II/subchapter-B/part-1110',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-FDA-COSMETIC-LISTING',
    name: 'FDA cosmetic facility registration and product listing (MoCRA)',
    kind: 'registration',
    jurisdictions: ['US'],
    issuedBy: 'US Food and Drug Administration (Cosmetics Direct)',
    description:
      'Under the Modernization of Cosmetics Regulation Act of 2022, facilities that manufacture or process cosmetics for the US market register with FDA and the responsible person lists each cosmetic product with its ingredients; FDA enforces both from 1 July 2024.',
    source: {
      title: 'Modernization of Cosmetics Regulation Act of 2022 (FD&C Act s. 607)',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/modernization-cosmetics-regulation-act-2022-mocra',
      publisher: 'US Food and Drug Administration',
    },
  },
  {
    id: 'US-FDA-FOOD-FACILITY',
    name: 'FDA food facility registration',
    kind: 'registration',
    jurisdictions: ['US'],
    issuedBy: 'US Food and Drug Administration',
    description:
      'Domestic and foreign facilities that manufacture, process, pack or hold food for consumption in the United States register with FDA and renew every even-numbered year; a foreign facility names a US agent.',
    source: {
      title: '21 CFR Part 1, Subpart H (Registration of Food Facilities)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-A/part-1/subpart-H',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-FDA-DEVICE-LISTING',
    name: 'FDA medical device establishment registration, device listing and premarket notification',
    kind: 'registration',
    jurisdictions: ['US'],
    issuedBy: 'US Food and Drug Administration (CDRH)',
    description:
      'Establishments that make or import medical devices for the US register annually and list their devices; a foreign establishment names a US agent. Most class II devices need 510(k) clearance, class III devices premarket approval.',
    source: {
      title: '21 CFR Part 807 (Establishment Registration and Device Listing; Premarket Notification)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-H/part-807',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-FDA-PMTA',
    name: 'FDA marketing authorisation for a new tobacco product (PMTA marketing granted order)',
    kind: 'licence',
    jurisdictions: ['US'],
    issuedBy: 'US Food and Drug Administration (Center for Tobacco Products)',
    description:
      'A new tobacco product, including an electronic nicotine delivery system (e-cigarette, e-liquid), may be marketed only with an FDA marketing granted order (premarket tobacco product application) or another FDA authorisation.',
    source: {
      title: 'Federal Food, Drug, and Cosmetic Act s. 910 (21 U.S.C. 387j)',
      url: 'https://www.fda.gov/tobacco-products/market-and-distribute-tobacco-product/premarket-tobacco-product-applications',
      publisher: 'US Food and Drug Administration',
    },
  },
  {
    id: 'US-FDA-LASER-REPORT',
    name: 'FDA radiation-emitting product report (laser product report and accession number)',
    kind: 'notification',
    jurisdictions: ['US'],
    issuedBy: 'US Food and Drug Administration (CDRH), which assigns an accession number',
    description:
      'Manufacturers of laser products submit a product report to FDA before introducing them into US commerce and certify compliance with the laser performance standard; the accession number is given on the import entry (Form FDA 2877).',
    source: {
      title: '21 CFR Part 1002 (Records and Reports) and Part 1040 (Light-emitting products)',
      url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-J/part-1002',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-FAA-DRONE-REG',
    name: 'FAA unmanned aircraft registration',
    kind: 'registration',
    jurisdictions: ['US'],
    issuedBy: 'Federal Aviation Administration (FAADroneZone)',
    description:
      'Unmanned aircraft weighing more than 0.55 lb (250 g) are registered with the FAA by their operator before flight and marked with the registration number.',
    source: {
      title: '14 CFR Part 48 (Registration and Marking Requirements for Small Unmanned Aircraft)',
      url: 'https://www.ecfr.gov/current/title-14/chapter-I/subchapter-C/part-48',
      publisher: 'US eCFR',
    },
  },
  {
    id: 'US-DOE-EPS-LEVEL-VI',
    name: 'DOE external power supply efficiency Level VI mark',
    kind: 'marking',
    jurisdictions: ['US'],
    issuedBy: 'The manufacturer, certifying compliance to the Department of Energy',
    description:
      'External power supplies sold in the US meet the Level VI energy conservation standard (from 10 February 2016), are certified to DOE and are marked with the Roman numeral VI.',
    source: {
      title: '10 CFR 430.32(w) (Energy conservation standards: external power supplies)',
      url: 'https://www.ecfr.gov/current/title-10/chapter-II/subchapter-D/part-430',
      publisher: 'US eCFR',
    },
  },
  // Japan.
  {
    id: 'JP-PSE-DIAMOND',
    name: 'PSE mark (diamond) for specified electrical appliances and materials',
    kind: 'marking',
    jurisdictions: ['JP'],
    issuedBy:
      'The notified importer or manufacturer, after conformity certification by a registered conformity assessment body',
    description:
      "Specified electrical appliances and materials (among them AC adapters and other DC power supplies, many wiring devices and heaters) are checked against the technical standards, certified by a registered conformity assessment body, and marked with the diamond PSE mark, the body's name and the notifier's name before they may be sold.",
    source: {
      title: 'Electrical Appliances and Materials Safety Act (Act No. 234 of 1961)',
      url: 'https://www.meti.go.jp/policy/consumer/seian/denan/',
      publisher: 'METI',
    },
  },
  {
    id: 'JP-PSE-CIRCLE',
    name: 'PSE mark (circle) for electrical appliances and materials other than specified ones',
    kind: 'marking',
    jurisdictions: ['JP'],
    issuedBy: 'The notified importer or manufacturer (self-confirmation against the technical standards)',
    description:
      "Electrical appliances and materials other than specified ones (among them lithium-ion storage batteries and mobile batteries, LED lamps, audio-visual equipment) are self-checked by the notified business against the technical standards and marked with the round PSE mark and the notifier's name.",
    source: {
      title: 'Electrical Appliances and Materials Safety Act (Act No. 234 of 1961)',
      url: 'https://www.meti.go.jp/policy/consumer/seian/denan/',
      publisher: 'METI',
    },
  },
  {
    id: 'JP-GITEKI',
    name: 'Technical regulations conformity certification mark (Giteki mark)',
    kind: 'certificate',
    jurisdictions: ['JP'],
    issuedBy:
      'A registered certification body (or the manufacturer for a technical conformity self-confirmation)',
    description:
      'Specified radio equipment (Wi-Fi, Bluetooth, cellular, low-power radio) is certified against the Radio Act technical regulations and carries the Giteki mark with its certification number; without it the user needs a radio station licence.',
    source: {
      title: 'Radio Act (Act No. 131 of 1950)',
      url: 'https://www.tele.soumu.go.jp/e/adm/equ/',
      publisher: 'Ministry of Internal Affairs and Communications',
    },
  },
  {
    id: 'JP-PSC',
    name: 'PSC mark for specified consumer products',
    kind: 'marking',
    jurisdictions: ['JP'],
    issuedBy:
      'The notified importer or manufacturer; for special specified products (double circle) after conformity inspection by a registered body',
    description:
      'Specified consumer products under the Consumer Product Safety Act (portable laser products, infant beds, pressure cookers, helmets and others) meet the technical standards and carry the PSC mark before they may be sold.',
    source: {
      title: 'Consumer Product Safety Act (Act No. 31 of 1973)',
      url: 'https://www.meti.go.jp/product_safety/consumer/system/01.html',
      publisher: 'METI',
    },
  },
  {
    id: 'JP-CHILD-PSC',
    name: "Child PSC mark for children's specified products",
    kind: 'marking',
    jurisdictions: ['JP'],
    issuedBy:
      'The manufacturer or importer notified to METI (self-confirmation against the technical standard)',
    description:
      "From 25 December 2025, children's specified products under the Consumer Product Safety Act (first toys for children under 3 and infant beds) meet the technical standard, carry age and warning labels and the child PSC mark before they may be sold.",
    source: {
      title: 'Consumer Product Safety Act (Act No. 31 of 1973), as amended in 2024',
      url: 'https://www.meti.go.jp/product_safety/consumer/system/01.html',
      publisher: 'METI',
    },
  },
  {
    id: 'JP-PMD-COSMETIC-MAH',
    name: 'Cosmetics marketing business licence and marketing notification (PMD Act)',
    kind: 'licence',
    jurisdictions: ['JP'],
    issuedBy: 'The prefectural governor (licence); notification to the PMDA/prefecture for each product',
    description:
      'A cosmetic is placed on the Japanese market by a holder of a cosmetics marketing business licence (a business in Japan), who notifies each product and is responsible for labelling in Japanese and for meeting the Standards for Cosmetics.',
    source: {
      title:
        'Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices (Act No. 145 of 1960)',
      url: 'https://laws.e-gov.go.jp/law/335AC0000000145',
      publisher: 'e-Gov Japan',
    },
  },
  {
    id: 'JP-PMD-DEVICE-MAH',
    name: 'Medical device marketing licence and approval, certification or notification (PMD Act)',
    kind: 'licence',
    jurisdictions: ['JP'],
    issuedBy:
      'MHLW/PMDA (approval), a registered certification body (certification) or notification, by class',
    description:
      'A medical device is marketed in Japan by a licensed marketing authorisation holder, with a marketing approval, third-party certification or notification according to its class; the foreign manufacturer is registered.',
    source: {
      title:
        'Act on Securing Quality, Efficacy and Safety of Products Including Pharmaceuticals and Medical Devices (Act No. 145 of 1960)',
      url: 'https://laws.e-gov.go.jp/law/335AC0000000145',
      publisher: 'e-Gov Japan',
    },
  },
  {
    id: 'JP-FOOD-IMPORT-NOTIFICATION',
    name: 'Notification for importation of foods (Food Sanitation Act)',
    kind: 'notification',
    jurisdictions: ['JP'],
    issuedBy: 'MHLW quarantine stations',
    description:
      'Food, food additives, utensils, containers and packaging and designated infant toys imported for sale or business use are notified to a quarantine station at each import and may be inspected before customs clearance.',
    source: {
      title: 'Food Sanitation Act (Act No. 233 of 1947)',
      url: 'https://www.mhlw.go.jp/english/topics/importedfoods/',
      publisher: 'Ministry of Health, Labour and Welfare',
    },
  },
  {
    id: 'JP-DRONE-REG',
    name: 'Unmanned aircraft registration (with Remote ID)',
    kind: 'registration',
    jurisdictions: ['JP'],
    issuedBy: 'Ministry of Land, Infrastructure, Transport and Tourism (MLIT)',
    description:
      'Unmanned aircraft of 100 g or more are registered with MLIT from 20 June 2022, display the registration mark and transmit Remote ID; unregistered aircraft may not fly outdoors.',
    source: {
      title: 'Civil Aeronautics Act (Act No. 231 of 1952)',
      url: 'https://www.mlit.go.jp/koku/drone/',
      publisher: 'MLIT',
    },
  },
  // China.
  {
    id: 'CN-CCC',
    name: 'China Compulsory Certification (CCC mark)',
    kind: 'certificate',
    jurisdictions: ['CN'],
    issuedBy:
      'A CNCA-designated certification body, on tests by a designated laboratory and a factory inspection',
    description:
      'Products in the Catalogue of Products Subject to Compulsory Certification (household appliances, audio-video and IT equipment, lighting, telecommunication terminals, toys, lithium-ion batteries and power banks and others) may not be imported, sold or used in business without CCC certification and the CCC mark.',
    source: {
      title: 'Administrative Provisions on Compulsory Product Certification',
      url: 'https://www.cnca.gov.cn/',
      publisher: 'Certification and Accreditation Administration of China (CNCA)',
    },
  },
  {
    id: 'CN-SRRC',
    name: 'Radio transmission equipment type approval (SRRC / CMIIT ID)',
    kind: 'certificate',
    jurisdictions: ['CN'],
    issuedBy:
      'Ministry of Industry and Information Technology (MIIT), tested by the State Radio Monitoring Center',
    description:
      'Radio transmitters produced or imported for sale or use in China receive MIIT type approval; the CMIIT ID is marked on the equipment.',
    source: {
      title: "Regulations of the People's Republic of China on Radio Administration",
      url: 'https://www.srrc.org.cn/',
      publisher: 'State Radio Monitoring Center (MIIT)',
    },
  },
  {
    id: 'CN-NAL',
    name: 'Telecommunications equipment network access licence (NAL)',
    kind: 'licence',
    jurisdictions: ['CN'],
    issuedBy: 'Ministry of Industry and Information Technology (MIIT)',
    description:
      'Telecommunication terminal equipment connecting to public networks (mobile phones, modems and other listed equipment) needs a network access licence and its label before sale.',
    source: {
      title: "Telecommunications Regulations of the People's Republic of China",
      url: 'https://www.miit.gov.cn/',
      publisher: 'Ministry of Industry and Information Technology',
    },
  },
  {
    id: 'CN-NMPA-COSMETIC',
    name: 'NMPA registration (special cosmetics) or filing (general cosmetics) of imported cosmetics',
    kind: 'registration',
    jurisdictions: ['CN'],
    issuedBy: 'National Medical Products Administration (NMPA)',
    description:
      'Under the Cosmetics Supervision and Administration Regulation (in force 1 January 2021), imported special cosmetics (hair dyes, perms, whitening, sunscreen, anti-hair-loss, new efficacy) are registered and imported general cosmetics filed with NMPA through a domestic responsible person before import.',
    source: {
      title: 'Cosmetics Supervision and Administration Regulation (State Council Decree No. 727)',
      url: 'https://www.nmpa.gov.cn/',
      publisher: 'National Medical Products Administration',
    },
  },
  {
    id: 'CN-NMPA-DEVICE',
    name: 'NMPA medical device registration (class II, III) or filing (class I)',
    kind: 'registration',
    jurisdictions: ['CN'],
    issuedBy: 'National Medical Products Administration (NMPA)',
    description:
      'Imported class II and III medical devices are registered with NMPA and class I devices filed, through a designated legal agent in China, before import and sale.',
    source: {
      title:
        'Regulations on the Supervision and Administration of Medical Devices (State Council Decree No. 739)',
      url: 'https://www.nmpa.gov.cn/',
      publisher: 'National Medical Products Administration',
    },
  },
  {
    id: 'CN-GACC-FOOD-MANUFACTURER',
    name: 'GACC registration of overseas food manufacturers (Decree 248)',
    kind: 'registration',
    jurisdictions: ['CN'],
    issuedBy:
      'General Administration of Customs of China (GACC), on recommendation of the exporting country or by the manufacturer',
    description:
      'From 1 January 2022 every overseas manufacturer, processor and storage facility of food exported to China is registered with GACC and the registration number is marked on the inner and outer packaging.',
    source: {
      title:
        'Administrative Provisions on Registration of Overseas Manufacturers of Imported Food (GACC Decree No. 248)',
      url: 'https://english.customs.gov.cn/',
      publisher: 'General Administration of Customs of China',
    },
  },
];
