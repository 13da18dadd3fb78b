import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * A product catalogue for the compliance benchmarks (fixed seed): the kinds of goods the rules are written for —
 * power banks, chargers, wireless speakers, drones, toys, lipsticks and creams with real INCI names, kitchenware,
 * apparel, jewellery, knives, laser pointers, e-liquids, supplements — in the words product files use, with
 * specifications and ingredients that vary from row to row.
 *
 *   node bench/regulations/generate-products.ts --rows 100000 --out products.csv
 */

type Template = {
  names: string[];
  category: string[];
  hs: string;
  specs: string[];
  ingredients?: string[][];
};

const TEMPLATES: Template[] = [
  {
    names: ['Power bank', 'Portable charger', 'Slim powerbank'],
    category: ['power bank', 'portable charger', 'powerbank'],
    hs: '850760',
    specs: [
      'Li-ion {mah} mAh 3.7 V; USB-C PD',
      'Lithium polymer {mah}mAh 3.85V, wireless charging Qi',
      'Li-ion 26800 mAh 3.6 V (96.5 Wh)',
    ],
  },
  {
    names: ['USB-C charger', 'Wall adapter', 'GaN charger'],
    category: ['charger', 'usb charger', 'power adapter'],
    hs: '850440',
    specs: ['Input 100-240V AC 50/60Hz, output 5V 3A / 20V 3.25A', 'Input 230V AC, 65 W'],
  },
  {
    names: ['Bluetooth speaker', 'Wireless earbuds', 'Smart speaker'],
    category: ['bluetooth speaker', 'earbuds', 'wireless speaker'],
    hs: '851822',
    specs: [
      'Bluetooth 5.3; Li-ion 2000 mAh 3.7 V',
      'Wi-Fi 802.11ac, Bluetooth, mains 230V AC',
      'BLE; 500 mAh 3.7V',
    ],
  },
  {
    names: ['Camera drone', 'Mini drone', 'FPV quadcopter'],
    category: ['drone', 'quadcopter'],
    hs: '880622',
    specs: ['249 g, 4K camera, GPS, Wi-Fi', '570 g, camera, GNSS, 2.4 GHz', '95 g, no camera, Bluetooth'],
  },
  {
    names: ['Teddy bear', 'Wooden blocks', 'Baby rattle', 'Building bricks'],
    category: ['plush toy', 'toy', 'toys', 'building blocks'],
    hs: '950300',
    specs: ['ages 3+', 'from birth', '18 months+', 'ages 8+'],
  },
  {
    names: ['Ruby lipstick', 'Night cream', 'Sun lotion', 'Hair dye'],
    category: ['lipstick', 'cosmetics', 'cream', 'sunscreen'],
    hs: '330499',
    specs: [''],
    ingredients: [
      ['Ricinus Communis Seed Oil', 'Cera Alba', 'CI 77491 (CAS 1309-37-1)', 'Tocopherol'],
      [
        'Aqua (CAS 7732-18-5)',
        'Glycerin',
        'Cetearyl Alcohol',
        'Phenoxyethanol 0.8%',
        'Methylisothiazolinone',
      ],
      ['Aqua', 'Homosalate 12%', 'Octocrylene', 'Zinc Oxide 25%', 'Benzophenone-3 (CAS 131-57-7)'],
      ['Aqua', 'p-Phenylenediamine 2%', 'Resorcinol', 'Ammonium Hydroxide', 'Lead acetate'],
    ],
  },
  {
    names: ['Lunch box', 'Water bottle', 'Bamboo plate set'],
    category: ['lunch box', 'water bottle', 'tableware'],
    hs: '392410',
    specs: ['food-grade PP', 'food contact, stainless steel 304', 'melamine, food contact'],
  },
  {
    names: ['Cotton T-shirt', 'Rain jacket', 'Kids pyjamas'],
    category: ['t-shirt', 'jacket', 'kids clothing'],
    hs: '610910',
    specs: ['100% cotton', 'polyester 80%, elastane 20%', 'cotton, ages 3+'],
  },
  {
    names: ['Sneakers', 'Leather boots'],
    category: ['sneakers', 'shoes'],
    hs: '640411',
    specs: ['textile upper, rubber sole', 'leather upper'],
  },
  {
    names: ['Silver necklace', 'Designer handbag', 'Wrist watch'],
    category: ['jewelry', 'handbag', 'watch'],
    hs: '711319',
    specs: ['925 silver', 'leather', 'quartz, stainless steel'],
  },
  {
    names: ['Pocket knife', 'Chef knife', 'Butterfly knife'],
    category: ['knife', 'folding knife', 'knives'],
    hs: '821193',
    specs: ['folding knife, 3.5" blade, liner lock', 'blade 20 cm, fixed', 'folding, 9 cm blade, automatic'],
  },
  {
    names: ['Laser pointer', 'Laser level'],
    category: ['laser pointer', 'laser level'],
    hs: '901320',
    specs: ['green laser class 3R, 5 mW', 'laser class 2, 1 mW', 'class IIIa laser, 4.9 mW'],
  },
  {
    names: ['E-liquid', 'Disposable vape', 'Vape pod kit'],
    category: ['e-liquid', 'vape', 'e-cigarette'],
    hs: '240412',
    specs: ['10 ml, 20 mg/ml nicotine', '2 ml, 18 mg/ml, 600 puffs', 'nicotine-free, 50 ml'],
  },
  {
    names: ['Vitamin D3 capsules', 'Protein powder'],
    category: ['supplement', 'vitamins', 'protein powder'],
    hs: '210690',
    specs: ['60 capsules'],
  },
  {
    names: ['Pulse oximeter', 'Digital thermometer', 'Face masks'],
    category: ['pulse oximeter', 'thermometer', 'face mask'],
    hs: '901890',
    specs: ['AAA batteries', 'CR2032 lithium coin cell', 'box of 50'],
  },
];

const COUNTRIES = ['CN', 'CN', 'CN', 'VN', 'IN', 'TR', 'DE', 'US', 'BD', 'TH'];

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GeneratedProduct = {
  sku: string;
  name: string;
  category: string;
  hsCode: string;
  brand: string;
  ingredients: string[];
  specifications: string;
  origin: string;
};

export function generateProducts(rows: number, seed = 20261122): GeneratedProduct[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const products: GeneratedProduct[] = [];
  for (let i = 0; i < rows; i++) {
    const template = pick(TEMPLATES);
    const mah = pick([5000, 10000, 20000, 26800]);
    products.push({
      sku: `SKU-${String(i + 1).padStart(7, '0')}`,
      name: `${pick(template.names)} ${1 + Math.floor(next() * 900)}`,
      category: pick(template.category),
      hsCode: template.hs,
      brand: pick(['Voltix', 'Nordwind', 'Rouge', 'Kumo', 'Aster', '']),
      ingredients: template.ingredients ? pick(template.ingredients) : [],
      specifications: pick(template.specs).replace('{mah}', String(mah)),
      origin: pick(COUNTRIES),
    });
  }
  return products;
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function productsCsv(products: readonly GeneratedProduct[]): string {
  const lines = ['sku,name,category,hs_code,brand,ingredients,specifications,origin'];
  for (const p of products) {
    lines.push(
      [p.sku, p.name, p.category, p.hsCode, p.brand, p.ingredients.join('; '), p.specifications, p.origin]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      out: { type: 'string', default: 'products.csv' },
    },
  });
  writeFileSync(values.out, productsCsv(generateProducts(Number(values.rows))));
  process.stdout.write(`${values.rows} products written to ${values.out}\n`);
}
