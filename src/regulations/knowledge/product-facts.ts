import { z } from 'zod';

/**
 * The facts about a product that rules look at, beyond its category and HS code. Rules name them by path in
 * their conditions (`{ fact: 'battery.wh', op: 'gt', value: 100 }`); the validator reads them from the
 * product's specifications. A fact that is not known is `undefined`, and a condition on an unknown fact is
 * "unknown", never silently false: the validator then asks for it.
 */

export const CHANNELS = ['b2b_import', 'ecommerce_parcel', 'personal_import'] as const;
export type Channel = (typeof CHANNELS)[number];

export const BATTERY_CHEMISTRIES = [
  'li-ion',
  'li-polymer',
  'li-metal',
  'nimh',
  'nicd',
  'lead-acid',
  'alkaline',
  'other',
] as const;

export const RADIO_FUNCTIONS = [
  'wifi',
  'bluetooth',
  'cellular',
  'nfc',
  'zigbee',
  'lora',
  'rfid',
  'gnss',
  'other',
] as const;

export const LASER_CLASSES = ['1', '1M', '2', '2M', '3R', '3B', '4'] as const;

/** Every fact a rule condition may name, with its type. */
export const FACT_TYPES = {
  /** Battery chemistry; `li-ion`, `li-polymer` and `li-metal` are lithium batteries. */
  'battery.chemistry': 'enum',
  /** Watt-hour rating of one battery (or the largest in the product). */
  'battery.wh': 'number',
  /** Lithium metal content in grams per cell (for lithium-metal batteries). */
  'battery.lithium_g': 'number',
  /** Whether the product contains or is a battery at all. */
  'battery.present': 'boolean',
  /** A button or coin cell (CR2032, LR44...): the ingestion hazard rules are about these. */
  'battery.button_cell': 'boolean',
  'radio.present': 'boolean',
  'radio.functions': 'enum-list',
  /** Connects to the internet or to a network (consumer IoT, smart devices), not only to a paired device. */
  connectable: 'boolean',
  /** Rated mains input voltage in volts (AC); absent for battery-only or USB-powered goods. */
  'mains.voltage': 'number',
  'mains.present': 'boolean',
  /** Youngest age the product is meant for, in months (toys: 0 = from birth, 36 = "3+"). */
  'age.min_months': 'number',
  'laser.class': 'enum',
  /** Laser output power in milliwatts. */
  'laser.power_mw': 'number',
  'drone.mass_g': 'number',
  'drone.camera': 'boolean',
  'blade.length_cm': 'number',
  'blade.folding': 'boolean',
  'blade.locking': 'boolean',
  /** Opens by a spring, gravity or a button (flick knives, gravity knives). */
  'blade.automatic': 'boolean',
  'nicotine.present': 'boolean',
  'nicotine.mg_per_ml': 'number',
  /** Volume of a refill container or tank, in millilitres. */
  'liquid.volume_ml': 'number',
  food_contact: 'boolean',
  /** Made to be used once and thrown away (disposable vapes, single-use plastics). */
  single_use: 'boolean',
  /** Used, second-hand or refurbished goods. */
  used: 'boolean',
  /** Contains small or loose magnets (toys, desk toys). */
  magnets: 'boolean',
  /** The goods carry a brand the importer does not own (counterfeit risk). */
  'brand.third_party': 'boolean',
  channel: 'enum',
  origin: 'enum',
  /** Quantity of items in the consignment. */
  quantity: 'number',
  /** Alcohol by volume, percent. */
  'alcohol.abv': 'number',
} as const;
export type FactPath = keyof typeof FACT_TYPES;
export const FACT_PATHS = Object.keys(FACT_TYPES) as FactPath[];

export type FactValue = string | number | boolean | readonly string[];
export type ProductFacts = Partial<Record<FactPath, FactValue>>;

const factPath = z.enum(FACT_PATHS as [FactPath, ...FactPath[]]);

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | {
      readonly fact: FactPath;
      readonly op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'includes' | 'present';
      readonly value?: string | number | boolean | readonly string[];
    };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z
      .object({
        fact: factPath,
        op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'includes', 'present']),
        value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
      })
      .strict()
      .refine(
        (c) => c.op === 'present' || c.value !== undefined,
        'every operator but "present" needs a value',
      ),
  ]),
);
