import type { CertificationInput } from '../../knowledge/knowledge.model.ts';

/**
 * Certifications, marks and registrations of the Asian markets beyond the Japan and China essentials (whose
 * marks, JP-PSE-*, JP-GITEKI, CN-CCC, CN-SRRC and the others, are defined in us-jp-cn-essentials.ts and
 * referenced, not repeated). Ids carry the market prefix.
 */

const LAW_GO_KR = 'Korea Ministry of Government Legislation (law.go.kr)';

export const certifications: CertificationInput[] = [
  // South Korea.
  {
    id: 'KR-KC-SAFETY',
    name: 'KC mark for electrical appliances (safety certification, safety confirmation or supplier conformity)',
    kind: 'marking',
    jurisdictions: ['KR'],
    issuedBy:
      'A safety certification body designated by KATS (safety certification, safety confirmation), or the manufacturer or importer (supplier conformity confirmation)',
    description:
      'Electrical appliances listed under the Electrical Appliances and Consumer Products Safety Control Act go through one of three procedures according to their hazard: safety certification (type test and factory inspection), safety confirmation (a type test by a designated testing body, then a report to it) or supplier conformity confirmation (the supplier tests or has tested and keeps the records). The product carries the KC mark with its certification or confirmation number.',
    source: {
      title: 'Electrical Appliances and Consumer Products Safety Control Act',
      url: 'https://www.law.go.kr/법령/전기용품및생활용품안전관리법',
      publisher: LAW_GO_KR,
    },
  },
  {
    id: 'KR-KC-RADIO',
    name: 'KC conformity assessment of broadcasting and communication equipment (certification or registration)',
    kind: 'certificate',
    jurisdictions: ['KR'],
    issuedBy:
      'The National Radio Research Agency (RRA) or a designated testing body, under the Ministry of Science and ICT',
    description:
      'Radio equipment and other broadcasting and communication equipment need conformity assessment under the Radio Waves Act before manufacture, sale or import: conformity certification or conformity registration according to the equipment class. The equipment carries the KC mark and its certification or registration number.',
    source: {
      title: 'Radio Waves Act',
      article: 'Art. 58-2',
      url: 'https://www.law.go.kr/법령/전파법',
      publisher: LAW_GO_KR,
    },
  },
  {
    id: 'KR-KC-CHILDREN',
    name: "KC mark for children's products (safety certification, safety confirmation or supplier conformity)",
    kind: 'marking',
    jurisdictions: ['KR'],
    issuedBy:
      'A safety certification or testing body designated by KATS, or the manufacturer or importer for supplier conformity products',
    description:
      'Products meant for children aged 13 or under are sorted by hazard into safety certification, safety confirmation (e.g. toys, infant textiles, strollers) and supplier conformity confirmation products; each must meet the common and product safety standards and carry the KC mark before it is sold.',
    source: {
      title: "Special Act on the Safety of Children's Products",
      url: 'https://www.law.go.kr/법령/어린이제품안전특별법',
      publisher: LAW_GO_KR,
    },
  },
  {
    id: 'KR-MFDS-COSMETIC-SELLER',
    name: 'Registration as a responsible cosmetics seller (MFDS)',
    kind: 'registration',
    jurisdictions: ['KR'],
    issuedBy: 'The Ministry of Food and Drug Safety (MFDS), through its regional office',
    description:
      'A business that imports cosmetics to distribute or sell them in Korea registers with the MFDS as a responsible cosmetics seller, is responsible for the quality and safety of what it places on the market and puts its name and address on the label.',
    source: {
      title: 'Cosmetics Act',
      article: 'Art. 3',
      url: 'https://www.law.go.kr/법령/화장품법',
      publisher: LAW_GO_KR,
    },
  },
  {
    id: 'KR-MFDS-DEVICE',
    name: 'Medical device import business licence and product certification or notification (MFDS)',
    kind: 'licence',
    jurisdictions: ['KR'],
    issuedBy: 'The Ministry of Food and Drug Safety (MFDS)',
    description:
      'A business importing medical devices holds an import business licence from the MFDS and, for each device, a product approval, certification or notification according to its class.',
    source: {
      title: 'Medical Devices Act',
      url: 'https://www.law.go.kr/법령/의료기기법',
      publisher: LAW_GO_KR,
    },
  },
  // India.
  {
    id: 'IN-BIS-CRS',
    name: 'BIS Compulsory Registration Scheme registration (Standard Mark with the R-number)',
    kind: 'registration',
    jurisdictions: ['IN'],
    issuedBy:
      'The Bureau of Indian Standards, on a self-declaration with a test report from a BIS-recognised laboratory',
    description:
      'Electronics and IT goods listed in the Schedule of the Electronics and Information Technology Goods (Requirements for Compulsory Registration) Order, 2012 are tested to the specified Indian Standard in a BIS-recognised laboratory and registered with BIS; the product shows the Standard Mark with its registration number. The same applies to foreign manufacturers, which nominate an authorised Indian representative.',
    source: {
      title:
        'Electronics and Information Technology Goods (Requirements for Compulsory Registration) Order, 2012',
      url: 'https://www.crsbis.in/BIS/',
      publisher: 'Bureau of Indian Standards',
    },
  },
  {
    id: 'IN-BIS-ISI',
    name: 'BIS product certification licence and Standard Mark (ISI mark)',
    kind: 'licence',
    jurisdictions: ['IN'],
    issuedBy:
      'The Bureau of Indian Standards (Scheme-I of Schedule-II of the BIS (Conformity Assessment) Regulations, 2018; the Foreign Manufacturers Certification Scheme for factories abroad)',
    description:
      'A licence granted to a manufacturing unit after factory inspection and testing, to mark its products with the ISI Standard Mark and the licence number; required for goods under a Quality Control Order such as toys. Foreign factories apply under the Foreign Manufacturers Certification Scheme.',
    source: {
      title: 'Bureau of Indian Standards Act, 2016 and the BIS (Conformity Assessment) Regulations, 2018',
      article: 'Sections 16 and 17 of the Act',
      url: 'https://www.bis.gov.in',
      publisher: 'Bureau of Indian Standards',
    },
  },
  {
    id: 'IN-CDSCO-COSMETIC',
    name: 'Registration certificate for the import of cosmetics (CDSCO, Form COS-2)',
    kind: 'registration',
    jurisdictions: ['IN'],
    issuedBy: 'The Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)',
    description:
      'Cosmetics may be imported into India only under a registration certificate granted by the Central Licensing Authority to the manufacturer, its authorised agent in India or the importer, applied for on the SUGAM portal.',
    source: {
      title: 'Cosmetics Rules, 2020',
      url: 'https://cdsco.gov.in',
      publisher: 'Central Drugs Standard Control Organisation',
    },
  },
  {
    id: 'IN-CDSCO-DEVICE',
    name: 'Medical device import licence (CDSCO, Form MD-15)',
    kind: 'licence',
    jurisdictions: ['IN'],
    issuedBy: 'The Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)',
    description:
      'Medical devices are imported into India under an import licence granted by the Central Licensing Authority under the Medical Devices Rules, 2017, applied for by the authorised agent of the foreign manufacturer.',
    source: {
      title: 'Medical Devices Rules, 2017',
      url: 'https://cdsco.gov.in',
      publisher: 'Central Drugs Standard Control Organisation',
    },
  },
];
