import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CountryProfile } from './data/profile.ts';
import { EGYPT, EMIRATES, SAUDI_ARABIA } from './data/profiles-arabic.ts';
import { CHINA } from './data/profiles-cjk.ts';
import { RUSSIA, UKRAINE } from './data/profiles-cyrillic.ts';
import { FRANCE, GERMANY, POLAND, SPAIN, TURKIYE } from './data/profiles-europe.ts';
import { BRAZIL, INDIA, UNITED_KINGDOM, UNITED_STATES, VIETNAM } from './data/profiles-world.ts';
import { createRng, type Rng } from './data/rng.ts';

/**
 * A realistic supplier file, the same for the same seed: the headers the importer maps on its own, names in
 * Latin (with accents), Chinese, Cyrillic and Arabic script with their English forms among the other names,
 * registration numbers unique per country, and a few percent of the optional cells left empty.
 *
 *   node bench/generate-suppliers.ts [--rows 100000] [--seed 20261122] [--out suppliers.csv]
 */

export const SUPPLIER_HEADERS = [
  'Legal name',
  'Other names',
  'Country',
  'Registration number',
  'Registration type',
  'Address line 1',
  'City',
  'Postal code',
  'Contact name',
  'Contact email',
  'Product categories',
  'Status',
  'Tags',
] as const;

export const DEFAULT_SEED = 20261122;
/** Share of the rows in which each optional cell is empty. */
const EMPTY_RATE = 0.03;

const PROFILES: readonly CountryProfile[] = [
  CHINA,
  UNITED_STATES,
  GERMANY,
  UNITED_KINGDOM,
  INDIA,
  FRANCE,
  TURKIYE,
  VIETNAM,
  RUSSIA,
  SPAIN,
  BRAZIL,
  EMIRATES,
  POLAND,
  SAUDI_ARABIA,
  UKRAINE,
  EGYPT,
];

const CATEGORIES = [
  'Electronics',
  'Consumer electronics',
  'Textiles',
  'Apparel',
  'Footwear',
  'Toys',
  'Cosmetics',
  'Chemicals',
  'Food contact materials',
  'Food',
  'Machinery',
  'Furniture',
  'Packaging',
  'Medical devices',
  'Batteries',
  'Lighting',
  'Plastics',
  'Metals',
  'Automotive parts',
  'Timber',
];
const TAGS = [
  'tier-1',
  'tier-2',
  'strategic',
  'critical',
  'audit-2025',
  'audit-2026',
  'conflict-minerals',
  'reach',
  'rohs',
  'fsc',
  'single-source',
  'sample-approved',
];
// Weighted: most suppliers of a working registry are approved.
const STATUSES = [
  ...Array<string>(9).fill('approved'),
  ...Array<string>(4).fill('prospect'),
  ...Array<string>(3).fill('onboarding'),
  ...Array<string>(2).fill('conditional'),
  'suspended',
  'blacklisted',
];
const ROLE_MAILBOXES = ['info', 'sales', 'export', 'contact', 'office'];

function pickCountry(r: Rng): CountryProfile {
  let roll = r.int(100);
  for (const profile of PROFILES) {
    if (roll < profile.weight) return profile;
    roll -= profile.weight;
  }
  return CHINA;
}

function someOf(r: Rng, items: readonly string[], min: number, max: number): string[] {
  const count = r.between(min, max);
  const chosen = new Set<string>();
  for (let i = 0; i < count * 3 && chosen.size < count; i++) chosen.add(r.pick(items));
  return [...chosen];
}

function mailbox(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** Registration numbers are unique per country once spaces are dropped, as the importer compares them. */
function uniqueRegistration(
  r: Rng,
  profile: CountryProfile,
  first: { type: string; number: string },
  taken: Set<string>,
): { type: string; number: string } {
  let registration = first;
  for (let attempt = 0; attempt < 50; attempt++) {
    const key = `${profile.code}|${registration.number.toUpperCase().replace(/\s+/g, '')}`;
    if (!taken.has(key)) {
      taken.add(key);
      return registration;
    }
    registration = profile.supplier(r).registration;
  }
  return { type: '', number: '' };
}

/** The rows of the file (without the header), drawn one after the other from the seed. */
export function generateSupplierRows(options: { rows: number; seed?: number }): string[][] {
  const r = createRng(options.seed ?? DEFAULT_SEED);
  const taken = new Set<string>();
  const rows: string[][] = [];
  const optional = (value: string) => (r.chance(EMPTY_RATE) ? '' : value);
  for (let i = 0; i < options.rows; i++) {
    const profile = pickCountry(r);
    const supplier = profile.supplier(r);
    const registration = uniqueRegistration(r, profile, supplier.registration, taken);
    const person = profile.person(r);
    const domain = `${mailbox(supplier.company.latin).split('.').slice(0, 2).join('-') || 'supplier'}.${r.pick(profile.domains)}`;
    const local = r.chance(0.4) ? r.pick(ROLE_MAILBOXES) : mailbox(`${person.first}.${person.last}`);
    const status = r.pick(STATUSES);
    const hasRegistration = registration.number !== '' && !r.chance(EMPTY_RATE);
    rows.push([
      supplier.company.legalName,
      optional(supplier.company.otherNames.join(r.chance(0.8) ? '; ' : ' | ')),
      r.pick(profile.spellings),
      hasRegistration ? registration.number : '',
      hasRegistration ? optional(r.chance(0.1) ? registration.type.toUpperCase() : registration.type) : '',
      optional(supplier.street),
      optional(supplier.city),
      optional(supplier.postalCode),
      optional(person.name),
      optional(`${local || 'info'}@${domain}`),
      optional(someOf(r, CATEGORIES, 1, 3).join('; ')),
      optional(r.chance(0.2) ? `${status[0]?.toUpperCase()}${status.slice(1)}` : status),
      optional(someOf(r, TAGS, 0, 3).join(r.chance(0.7) ? '; ' : '|')),
    ]);
  }
  return rows;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole file as Excel's "CSV UTF-8" writes it: a byte order mark, commas, quotes where needed. */
export function generateSuppliersCsv(options: { rows: number; seed?: number }): string {
  const lines = [SUPPLIER_HEADERS.join(',')];
  for (const row of generateSupplierRows(options)) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000) throw new Error('--rows: 1 to 1,000,000');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const csv = generateSuppliersCsv({ rows, seed });
  if (values.out) {
    writeFileSync(values.out, csv);
    const bytes = Buffer.byteLength(csv);
    process.stderr.write(
      `${values.out}: ${rows} rows, ${bytes} bytes, seed ${seed}, sha256 ${sha256(csv)}\n`,
    );
  } else {
    process.stdout.write(csv);
  }
}
