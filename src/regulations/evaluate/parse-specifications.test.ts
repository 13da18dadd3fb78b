import { describe, expect, it } from 'vitest';
import { parseSpecifications } from './parse-specifications.ts';
import { resolveCategory } from './resolve-category.ts';

describe('parseSpecifications', () => {
  it('reads a power bank: chemistry, Wh from mAh at the cell voltage (not the 5 V output)', () => {
    const { facts, readFrom } = parseSpecifications(
      'Li-ion 10000 mAh 3.7V; output 5V 2A; USB-C',
      'power-bank',
    );
    expect(facts['battery.chemistry']).toBe('li-ion');
    expect(facts['battery.wh']).toBe(37);
    expect(facts['battery.present']).toBe(true);
    expect(readFrom['battery.wh']).toBe('10000 mAh at 3.7V');
  });

  it('prefers a stated Wh figure and reads radio functions', () => {
    const { facts } = parseSpecifications(
      'Lithium polymer 2000mAh 7.4Wh, Bluetooth 5.3, Wi-Fi 802.11ac, GPS',
    );
    expect(facts['battery.wh']).toBe(7.4);
    expect(facts['battery.chemistry']).toBe('li-polymer');
    expect(facts['radio.functions']).toEqual(['bluetooth', 'wifi', 'gnss']);
    expect(facts['radio.present']).toBe(true);
  });

  it('reads mains voltage ranges and leaves USB-only goods without mains', () => {
    expect(parseSpecifications('Input 100-240V AC 50/60Hz, output 5V 3A').facts['mains.voltage']).toBe(240);
    expect(parseSpecifications('USB powered, 5V 1A').facts['mains.present']).toBeUndefined();
  });

  it('reads ages for toys, and not "5+" from a non-child product', () => {
    expect(parseSpecifications('Wooden blocks, ages 3+', 'toys').facts['age.min_months']).toBe(36);
    expect(parseSpecifications('Rattle, from birth', 'toys').facts['age.min_months']).toBe(0);
    expect(parseSpecifications('Soft toy 18 months+', 'toys').facts['age.min_months']).toBe(18);
    expect(
      parseSpecifications('Router, 5+ antennas', 'it-equipment').facts['age.min_months'],
    ).toBeUndefined();
  });

  it('reads lasers, drones, knives and e-liquids', () => {
    const laser = parseSpecifications('Green laser pointer, class 3R, 5 mW', 'laser-product').facts;
    expect(laser['laser.class']).toBe('3R');
    expect(laser['laser.power_mw']).toBe(5);
    expect(parseSpecifications('Laser level class IIIa').facts['laser.class']).toBe('3R');
    const drone = parseSpecifications('Quadcopter 249 g, 4K camera', 'drone').facts;
    expect(drone['drone.mass_g']).toBe(249);
    expect(drone['drone.camera']).toBe(true);
    const knife = parseSpecifications('Folding knife, 3.5" blade, liner lock', 'knives').facts;
    expect(knife['blade.length_cm']).toBe(8.9);
    expect(knife['blade.folding']).toBe(true);
    expect(knife['blade.locking']).toBe(true);
    const liquid = parseSpecifications('E-liquid 10 ml, 20 mg/ml nicotine', 'e-cigarette').facts;
    expect(liquid['nicotine.mg_per_ml']).toBe(20);
    expect(liquid['liquid.volume_ml']).toBe(10);
    expect(liquid['nicotine.present']).toBe(true);
  });

  it('lets explicit fact=value pairs win and ignores unknown keys and hostile text', () => {
    const { facts } = parseSpecifications(
      'battery.wh=120; radio.present=no; evil.key=1; <script>alert(1)</script>',
    );
    expect(facts['battery.wh']).toBe(120);
    expect(facts['radio.present']).toBe(false);
    expect(Object.keys(facts)).not.toContain('evil.key');
    expect(parseSpecifications('x'.repeat(1_000_000)).facts).toEqual({});
  });
});

describe('resolveCategory', () => {
  it('finds categories from users’ words, longest term first, then from the HS code', () => {
    expect(resolveCategory('Power Bank')?.id).toBe('power-bank');
    expect(resolveCategory('10000mAh power bank with USB-C')?.id).toBe('power-bank');
    expect(resolveCategory('Bluetooth speaker')?.id).toBe('wireless-audio');
    expect(resolveCategory('lipstick')?.id).toBe('cosmetics');
    expect(resolveCategory('Toys')?.id).toBe('toys');
    expect(resolveCategory('something unheard of', '850760')).toEqual({
      id: 'power-bank',
      matchedBy: 'hs',
      term: '850760',
    });
    expect(resolveCategory('something unheard of')).toBeUndefined();
  });
});

describe('parseSpecifications: hazards and kinds of goods', () => {
  it('reads button cells, connectivity, single use, used goods and magnets', () => {
    const { facts } = parseSpecifications(
      'Smart tracker with CR2032 coin cell, app-controlled over Wi-Fi; magnetic mount',
    );
    expect(facts['battery.button_cell']).toBe(true);
    expect(facts.connectable).toBe(true);
    expect(facts.magnets).toBe(true);
    expect(parseSpecifications('Disposable vape, 600 puffs').facts.single_use).toBe(true);
    expect(parseSpecifications('Refurbished phone').facts.used).toBe(true);
    expect(parseSpecifications('Bluetooth speaker').facts.connectable).toBeUndefined();
  });
});
