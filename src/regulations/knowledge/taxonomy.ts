/**
 * The product taxonomy the rules are written against. Categories form a tree: a rule scoped to `electronics`
 * applies to `power-bank` too. Each category says which HS 2022 chapters, headings or subheadings its goods
 * usually fall under (the HS code a product carries decides where the two disagree), and which words users
 * write for it ("powerbank", "portable charger"), so that a category "in the user's own words" finds its id.
 *
 * HS references: Harmonized System 2022 nomenclature (World Customs Organization); chapter and heading texts
 * checked against the HS 2022 code list in ../shared/data/reference/hs.
 */

export type CategoryDefinition = {
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
  /** HS 2022 prefixes (2, 4 or 6 digits) under which goods of this category are usually classified. */
  readonly hs: readonly string[];
  /** Words users write for it, lower case; the label and the id are matched too. */
  readonly synonyms: readonly string[];
};

export const CATEGORIES: readonly CategoryDefinition[] = [
  // Electrical and electronic goods.
  {
    id: 'electronics',
    label: 'Electrical and electronic equipment',
    parent: null,
    hs: ['84', '85', '9006', '9504'],
    synonyms: ['electronic', 'electrical', 'electronic device', 'gadget', 'consumer electronics', 'eee'],
  },
  {
    id: 'radio-equipment',
    label: 'Radio equipment (Wi-Fi, Bluetooth, cellular...)',
    parent: 'electronics',
    hs: ['8517', '8518', '8525', '8526', '8527'],
    synonyms: ['wireless', 'bluetooth device', 'wifi device', 'radio', 'transmitter', 'wireless device'],
  },
  {
    id: 'mobile-phone',
    label: 'Mobile phones and smartphones',
    parent: 'radio-equipment',
    hs: ['851713', '851714'],
    synonyms: ['smartphone', 'cell phone', 'mobile', 'phone', 'handset'],
  },
  {
    id: 'wireless-audio',
    label: 'Wireless speakers and headphones',
    parent: 'radio-equipment',
    hs: ['851821', '851822', '851829', '851830'],
    synonyms: [
      'bluetooth speaker',
      'wireless speaker',
      'earbuds',
      'wireless headphones',
      'headset',
      'speaker',
    ],
  },
  {
    id: 'drone',
    label: 'Drones (unmanned aircraft)',
    parent: 'radio-equipment',
    hs: ['880621', '880622', '880623', '880624', '880629', '880691', '880692', '880693', '880694', '880699'],
    synonyms: ['drone', 'uav', 'unmanned aircraft', 'quadcopter', 'multicopter'],
  },
  {
    id: 'battery',
    label: 'Batteries and cells',
    parent: 'electronics',
    hs: ['8506', '8507'],
    synonyms: [
      'batteries',
      'cell',
      'lithium battery',
      'li-ion battery',
      'accumulator',
      'rechargeable battery',
    ],
  },
  {
    id: 'power-bank',
    label: 'Power banks (portable battery chargers)',
    parent: 'battery',
    hs: ['850760'],
    synonyms: [
      'powerbank',
      'power bank',
      'portable charger',
      'battery pack',
      'mobile power',
      'portable battery',
    ],
  },
  {
    id: 'charger',
    label: 'Chargers and power adapters',
    parent: 'electronics',
    hs: ['850440'],
    synonyms: [
      'charger',
      'adapter',
      'power adapter',
      'power supply',
      'ac adapter',
      'usb charger',
      'wall charger',
    ],
  },
  {
    id: 'household-appliance',
    label: 'Household electrical appliances',
    parent: 'electronics',
    hs: ['8509', '8516', '8418', '8450', '8508'],
    synonyms: ['appliance', 'kitchen appliance', 'hair dryer', 'kettle', 'blender', 'vacuum cleaner'],
  },
  {
    id: 'lighting',
    label: 'Lamps and lighting',
    parent: 'electronics',
    hs: ['9405', '8539'],
    synonyms: ['lamp', 'led lamp', 'light', 'led bulb', 'luminaire', 'lighting'],
  },
  {
    id: 'laser-product',
    label: 'Laser products (pointers, levels, projectors)',
    parent: 'electronics',
    hs: ['901320', '9013'],
    synonyms: ['laser', 'laser pointer', 'laser level', 'laser projector'],
  },
  {
    id: 'it-equipment',
    label: 'Computers and IT equipment',
    parent: 'electronics',
    hs: ['8471', '8473', '8528'],
    synonyms: ['computer', 'laptop', 'tablet', 'monitor', 'keyboard', 'mouse'],
  },
  // Personal care.
  {
    id: 'cosmetics',
    label: 'Cosmetic products',
    parent: null,
    hs: ['3303', '3304', '3305', '3306', '3307', '3401'],
    synonyms: [
      'cosmetic',
      'makeup',
      'make-up',
      'skincare',
      'skin care',
      'beauty product',
      'lipstick',
      'cream',
      'lotion',
      'shampoo',
      'perfume',
      'nail polish',
      'sunscreen',
    ],
  },
  // Children.
  {
    id: 'toys',
    label: 'Toys (for play by children under 14)',
    parent: null,
    hs: ['9503', '9504', '9505'],
    synonyms: ['toy', 'plaything', 'doll', 'puzzle', 'building blocks', 'plush', 'soft toy', 'stuffed toy'],
  },
  {
    id: 'childcare-articles',
    label: "Childcare articles and children's products",
    parent: null,
    // Prams (8715) only: furniture (9401, 9403) and plastic tableware (3924) are mostly for adults; a cot or a
    // high chair is found by its words.
    hs: ['8715'],
    synonyms: [
      "children's product",
      'baby product',
      'pacifier',
      'feeding bottle',
      'crib',
      'stroller',
      'car seat',
      'teether',
    ],
  },
  {
    id: 'furniture',
    label: 'Furniture',
    parent: null,
    hs: ['9401', '9403'],
    synonyms: ['furniture', 'chair', 'table', 'sofa', 'desk', 'shelf', 'cabinet', 'bed frame'],
  },
  // Food and contact materials.
  {
    id: 'food-contact',
    label: 'Food-contact materials and articles',
    parent: null,
    hs: ['3924', '6911', '6912', '7013', '7323', '7615', '8215'],
    synonyms: [
      'food contact',
      'kitchenware',
      'tableware',
      'cookware',
      'food container',
      'cup',
      'plate',
      'cutlery',
      'lunch box',
      'water bottle',
    ],
  },
  {
    id: 'food',
    label: 'Food',
    parent: null,
    hs: ['02', '03', '04', '07', '08', '09', '10', '11', '15', '16', '17', '18', '19', '20', '21', '22'],
    synonyms: ['foodstuff', 'snack', 'beverage', 'drink', 'groceries', 'confectionery'],
  },
  {
    id: 'food-supplement',
    label: 'Food supplements',
    parent: 'food',
    hs: ['210690'],
    synonyms: ['supplement', 'dietary supplement', 'vitamin', 'vitamins', 'nutraceutical', 'protein powder'],
  },
  // Health.
  {
    id: 'medical-device',
    label: 'Medical devices',
    parent: null,
    hs: ['9018', '9019', '9020', '9021', '9022', '3005', '3006', '902519'],
    synonyms: [
      'medical',
      'medical equipment',
      'thermometer',
      'blood pressure monitor',
      'face mask',
      'mask',
      'bandage',
      'pulse oximeter',
      'hearing aid',
    ],
  },
  {
    id: 'medicine',
    label: 'Medicines',
    parent: null,
    hs: ['3003', '3004'],
    synonyms: ['medicine', 'drug', 'pharmaceutical', 'medication', 'pills'],
  },
  // Textiles.
  {
    id: 'textiles',
    label: 'Textile products',
    parent: null,
    hs: ['50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '63'],
    synonyms: ['textile', 'fabric', 'bedding', 'towel', 'curtain'],
  },
  {
    id: 'apparel',
    label: 'Apparel and clothing',
    parent: 'textiles',
    hs: ['61', '62', '6505'],
    synonyms: [
      'clothing',
      'clothes',
      'garment',
      'apparel',
      'shirt',
      't-shirt',
      'dress',
      'jacket',
      'trousers',
      'sportswear',
    ],
  },
  {
    id: 'footwear',
    label: 'Footwear',
    parent: null,
    hs: ['64'],
    synonyms: ['shoes', 'shoe', 'boots', 'sneakers', 'sandals', 'trainers'],
  },
  {
    id: 'childrens-apparel',
    label: "Children's clothing",
    parent: 'apparel',
    hs: ['6111', '6209'],
    synonyms: ["children's clothing", 'kids clothing', 'baby clothes', 'childrenswear'],
  },
  // Counterfeit-prone goods.
  {
    id: 'jewellery',
    label: 'Jewellery and watches',
    parent: null,
    hs: ['7113', '7114', '7116', '7117', '9101', '9102'],
    synonyms: ['jewelry', 'jewellery', 'necklace', 'ring', 'earrings', 'bracelet', 'watch', 'watches'],
  },
  {
    id: 'luxury-goods',
    label: 'Luxury and branded goods (counterfeit-prone)',
    parent: null,
    hs: ['4202', '9004', '3303'],
    synonyms: ['luxury', 'designer', 'branded goods', 'handbag', 'bag', 'sunglasses', 'designer bag'],
  },
  // Chemicals and regulated goods.
  {
    id: 'chemicals',
    label: 'Chemical substances and mixtures',
    parent: null,
    hs: ['28', '29', '32', '34', '38'],
    synonyms: [
      'chemical',
      'chemicals',
      'mixture',
      'solvent',
      'paint',
      'adhesive',
      'glue',
      'detergent',
      'cleaning product',
    ],
  },
  {
    id: 'e-cigarette',
    label: 'Electronic cigarettes and refills',
    parent: null,
    hs: ['8543', '2404'],
    synonyms: [
      'e-cigarette',
      'ecigarette',
      'vape',
      'vaping',
      'e-liquid',
      'vape pen',
      'e-cig',
      'heated tobacco',
    ],
  },
  {
    id: 'tobacco',
    label: 'Tobacco products',
    parent: null,
    hs: ['24'],
    synonyms: ['tobacco', 'cigarettes', 'cigars'],
  },
  {
    id: 'alcohol',
    label: 'Alcoholic beverages',
    parent: 'food',
    hs: ['2203', '2204', '2205', '2206', '2207', '2208'],
    synonyms: ['alcohol', 'wine', 'beer', 'spirits', 'liquor', 'whisky'],
  },
  {
    id: 'knives',
    label: 'Knives and bladed articles',
    parent: null,
    hs: ['8211', '8214', '9307'],
    synonyms: [
      'knife',
      'knives',
      'blade',
      'pocket knife',
      'folding knife',
      'machete',
      'dagger',
      'sword',
      'butterfly knife',
      'flick knife',
    ],
  },
  {
    id: 'weapon-like',
    label: 'Weapons and weapon-like goods (replicas, air guns, pepper spray)',
    parent: null,
    hs: ['93', '9304'],
    synonyms: [
      'air gun',
      'airsoft',
      'replica gun',
      'pepper spray',
      'stun gun',
      'taser',
      'crossbow',
      'imitation firearm',
    ],
  },
  {
    id: 'plants-animals',
    label: 'Plants, animals and their products (incl. CITES species)',
    parent: null,
    hs: ['01', '05', '06', '4101', '4301', '9601'],
    synonyms: ['plant', 'seeds', 'animal', 'ivory', 'fur', 'leather', 'wildlife'],
  },
];

const byId = new Map(CATEGORIES.map((category) => [category.id, category]));

export function findCategory(id: string): CategoryDefinition | undefined {
  return byId.get(id);
}

const lineages = new Map<string, readonly string[]>();

/** The category and every ancestor, nearest first: `power-bank` → [power-bank, battery, electronics]. */
export function lineageOf(id: string): readonly string[] {
  const known = lineages.get(id);
  if (known) return known;
  const lineage = computeLineage(id);
  if (byId.has(id)) lineages.set(id, lineage);
  return lineage;
}

function computeLineage(id: string): string[] {
  const lineage: string[] = [];
  let current = byId.get(id);
  while (current && !lineage.includes(current.id)) {
    lineage.push(current.id);
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return lineage;
}
