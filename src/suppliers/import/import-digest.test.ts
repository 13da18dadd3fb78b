import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, toJsonValue } from '../../platform/audit/audit-chain.ts';
import { addressSchema, contactSchema, supplierInputSchema } from '../supplier.model.ts';
import { type CreatedRow, canonicalRowJson, createImportDigests } from './import-digest.ts';

// Every field of the model set, so that a field the fast canonical JSON leaves out shows as a difference.
const full = supplierInputSchema.parse({
  legalName: 'Ромашка ООО',
  otherNames: ['Romashka LLC', 'Chamomile'],
  country: 'RU',
  registrationNumber: '1027700132195',
  registrationType: 'ogrn',
  address: {
    line1: 'ul. Lenina 1',
    line2: 'office 2',
    city: 'Moskva',
    postalCode: '101000',
    region: 'Moscow',
  },
  contacts: [
    { name: 'Ivan', email: 'ivan@romashka.test', phone: '+7 495 000 00 00', role: 'sales' },
    { name: 'Olga', email: null, phone: null, role: null },
  ],
  productCategories: ['Textiles'],
  status: 'approved',
  tags: ['key', 'eu-sanctions-checked'],
});

describe('import digests', () => {
  it('writes the same canonical JSON as the audit chain, for a row with every field set', () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(supplierInputSchema.shape).sort());
    expect(Object.keys(full.address).sort()).toEqual(Object.keys(addressSchema.shape).sort());
    expect(Object.keys(full.contacts[0] ?? {}).sort()).toEqual(Object.keys(contactSchema.shape).sort());
    const row: CreatedRow = { id: 'sup-1', fileRow: 7, input: full };
    expect(canonicalRowJson(row)).toBe(canonicalJson(toJsonValue({ ...full, id: 'sup-1', fileRow: 7 })));
    const sparse = supplierInputSchema.parse({ legalName: 'Plain Ltd', country: 'GB' });
    expect(canonicalRowJson({ id: 'sup-2', fileRow: 2, input: sparse })).toBe(
      canonicalJson(toJsonValue({ ...sparse, id: 'sup-2', fileRow: 2 })),
    );
  });

  it('digests the rows in file-row order, whatever the chunks', () => {
    const rows: CreatedRow[] = [2, 3, 5].map((fileRow) => ({ id: `s${fileRow}`, fileRow, input: full }));
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const whole = createImportDigests();
    whole.add(rows);
    const chunked = createImportDigests();
    chunked.add(rows.slice(0, 1));
    chunked.add(rows.slice(1));
    const expected = {
      count: 3,
      rowsDigest: sha256(rows.map(canonicalRowJson).join('\n')),
      suppliersDigest: sha256('2 s2\n3 s3\n5 s5'),
    };
    expect(whole.finish()).toEqual(expected);
    expect(chunked.finish()).toEqual(expected);
  });
});
