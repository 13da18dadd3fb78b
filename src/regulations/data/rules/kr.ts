import type { RuleInput } from '../../knowledge/knowledge.model.ts';

/**
 * South Korea: the basic rules for consumer goods imports (KATS, MSIT/RRA, MFDS, PIPC). Laws are cited on the
 * National Law Information Center (law.go.kr), which keeps the text in force and its history.
 */

const LAW_GO_KR = 'Korea Ministry of Government Legislation (law.go.kr)';
const SAFETY_ACT = {
  title: 'Electrical Appliances and Consumer Products Safety Control Act',
  url: 'https://www.law.go.kr/법령/전기용품및생활용품안전관리법',
  publisher: LAW_GO_KR,
};

export const rules: RuleInput[] = [
  {
    id: 'KR-KC-ELECTRICAL',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Mains-powered electrical appliances need KC safety certification, safety confirmation or supplier conformity',
    requirement:
      'Electrical appliances listed under the Electrical Appliances and Consumer Products Safety Control Act may be sold or imported for sale only after the procedure their hazard class requires: safety certification (type test and factory inspection by a designated body), safety confirmation (type test by a designated testing body, reported to it) or supplier conformity confirmation. The product carries the KC mark and its certification or confirmation number; the importer is responsible for it.',
    scope: {
      categories: ['household-appliance', 'lighting', 'charger', 'it-equipment'],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['KR-KC-SAFETY'],
    documents: ['test_report', 'registration_certificate'],
    labelling: [
      'KC mark',
      'certification or confirmation number',
      'model name, rated voltage and power',
      'importer name',
    ],
    advice:
      'Check the item and its procedure on the Safety Korea portal (safetykorea.kr) operated by KATS before shipping; many certificates from CB-scheme test reports are accepted by designated bodies.',
    source: SAFETY_ACT,
    effectiveFrom: '2017-01-28',
  },
  {
    id: 'KR-KC-LITHIUM-BATTERY',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title: 'Lithium secondary batteries and power banks are KC safety confirmation items',
    requirement:
      'Lithium-ion secondary batteries for portable devices, including portable battery packs, are electrical appliances subject to safety confirmation under the Electrical Appliances and Consumer Products Safety Control Act: a type test to the Korean standard by a designated testing body, a report of the confirmation, and the KC mark with the confirmation number on the product before sale.',
    scope: {
      categories: ['battery'],
      when: { fact: 'battery.chemistry', op: 'in', value: ['li-ion', 'li-polymer'] },
    },
    certifications: ['KR-KC-SAFETY'],
    documents: ['test_report', 'un38_3_test_summary'],
    labelling: ['KC mark', 'safety confirmation number', 'rated capacity and voltage', 'importer name'],
    advice:
      'Check the exact scope (cell or pack, capacity) for the battery on safetykorea.kr before ordering the test.',
    source: SAFETY_ACT,
    effectiveFrom: '2017-01-28',
  },
  {
    id: 'KR-RADIO-CONFORMITY',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio equipment needs KC conformity assessment under the Radio Waves Act',
    requirement:
      'A person who manufactures, sells or imports broadcasting and communication equipment, including any product with a radio transmitter (Bluetooth, Wi-Fi, cellular), obtains conformity certification or conformity registration from the National Radio Research Agency or a designated body before sale, and marks the KC mark with the certification or registration number on the equipment.',
    scope: { categories: ['electronics'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['KR-KC-RADIO'],
    documents: ['test_report', 'technical_documentation'],
    labelling: ['KC mark', 'conformity certification or registration number'],
    advice:
      'Radio modules certified alone do not cover the finished product in every case; check with RRA (rra.go.kr) whether the host product needs its own assessment.',
    source: {
      title: 'Radio Waves Act',
      article: 'Art. 58-2',
      url: 'https://www.law.go.kr/법령/전파법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2011-01-01',
  },
  {
    id: 'KR-CHILDREN-PRODUCTS-KC',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title: "Children's products (13 or under) meet the safety standards and carry the KC mark",
    requirement:
      "Products meant for children aged 13 or under may be sold only after the procedure their hazard class requires under the Special Act on the Safety of Children's Products: safety certification, safety confirmation (toys, infant textiles, strollers, high chairs and others) or supplier conformity confirmation. They meet the common safety standard for children's products (harmful substances such as lead, phthalates and nickel; small parts; magnets) and carry the KC mark.",
    scope: { categories: ['toys', 'childcare-articles', 'childrens-apparel'] },
    certifications: ['KR-KC-CHILDREN'],
    documents: ['test_report'],
    labelling: [
      'KC mark',
      'certification or confirmation number',
      'age of use',
      'manufacturer or importer name and address',
      'warnings',
    ],
    source: {
      title: "Special Act on the Safety of Children's Products",
      url: 'https://www.law.go.kr/법령/어린이제품안전특별법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2015-06-04',
  },
  {
    id: 'KR-COSMETICS-RESPONSIBLE-SELLER',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Imported cosmetics are placed on the market by an MFDS-registered responsible seller with Korean labelling',
    requirement:
      'A business importing cosmetics to distribute or sell them registers with the Ministry of Food and Drug Safety as a responsible cosmetics seller (Cosmetics Act Art. 3). The container or package states in Korean the product name, the name and address of the manufacturer and of the responsible seller, all ingredients, the content, the batch number and the expiry date or period after opening (Art. 10).',
    scope: { categories: ['cosmetics'] },
    certifications: ['KR-MFDS-COSMETIC-SELLER'],
    documents: ['commercial_invoice'],
    labelling: [
      'product name in Korean',
      'name and address of the manufacturer and of the responsible seller',
      'all ingredients',
      'content (weight or volume)',
      'batch number',
      'expiry date or period after opening',
    ],
    source: {
      title: 'Cosmetics Act',
      article: 'Art. 3, 10',
      url: 'https://www.law.go.kr/법령/화장품법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2000-07-01',
  },
  {
    id: 'KR-MEDICAL-DEVICE-IMPORT',
    version: 1,
    jurisdiction: 'KR',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Medical devices are imported only by an MFDS-licensed importer with product approval or notification',
    requirement:
      'Medical devices may be imported for sale only by a business holding an import licence from the Ministry of Food and Drug Safety, and each device needs approval, certification or notification according to its class before it is sold.',
    scope: { categories: ['medical-device'] },
    certifications: ['KR-MFDS-DEVICE'],
    documents: ['import_licence', 'registration_certificate', 'technical_documentation'],
    source: {
      title: 'Medical Devices Act',
      url: 'https://www.law.go.kr/법령/의료기기법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2004-05-30',
  },
  {
    id: 'KR-IMPORTED-FOOD-REPORT',
    version: 1,
    jurisdiction: 'KR',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Imported food and food-contact articles are reported to the MFDS; overseas facilities are registered',
    requirement:
      'Under the Special Act on Imported Food Safety Control, food, health functional food and food utensils, containers and packaging imported for sale are reported to the Ministry of Food and Drug Safety on each import and inspected, and the overseas manufacturing facility is registered with the MFDS beforehand.',
    scope: { categories: ['food', 'food-supplement', 'food-contact'] },
    documents: ['commercial_invoice', 'food_contact_declaration'],
    source: {
      title: 'Special Act on Imported Food Safety Control',
      url: 'https://www.law.go.kr/법령/수입식품안전관리특별법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2016-02-04',
  },
  {
    id: 'KR-PIPA',
    version: 1,
    jurisdiction: 'KR',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected devices that process personal data fall under the Personal Information Protection Act',
    requirement:
      'A business that collects personal data of users in Korea through a connected product or its app needs a legal basis (usually consent), tells users what it collects and why, keeps the data secure, and meets the rules on transfers abroad under the Personal Information Protection Act, enforced by the Personal Information Protection Commission.',
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    source: {
      title: 'Personal Information Protection Act',
      url: 'https://www.law.go.kr/법령/개인정보보호법',
      publisher: LAW_GO_KR,
    },
    effectiveFrom: '2011-09-30',
  },
];
