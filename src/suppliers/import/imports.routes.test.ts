import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, type Page, sleep } from '../../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../../platform/testing/test-database.ts';
import type { Supplier } from '../supplier.model.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;
interface Preview {
  id: string;
  fileName: string;
  format: string;
  headers: string[];
  totalRows: number;
  suggestedMapping: Record<string, string | null>;
  sampleRows: string[][];
}
interface Report {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: { row: number; column: string | null; field: string | null; reason: string }[];
  errorsTruncated: boolean;
}
interface Status {
  id: string;
  status: string;
  created: number | null;
  skipped: number | null;
}
interface AuditEntry {
  actor: { id: string };
  action: string;
  entityType: string;
  entityId: string;
  after: Record<string, unknown>;
}

// Row numbers as a spreadsheet shows them: the header is row 1.
const CSV = [
  'Legal name,Country,Registration number,Contact email,Tags',
  'Good One Ltd,GB,01111111,one@good.test,a;b', // 2
  ',FR,,,', // 3: no name
  'Bad Country Ltd,Narnia,,,', // 4
  'Bad Mail Ltd,GB,,not-an-email,', // 5
  'Dup Reg Ltd,GB,01111111,,', // 6: same number as row 2
  'Good Two GmbH,Germany,HRB 5,,', // 7
  'Taken Reg GmbH,DE,HRB777,,', // 8: number already in the registry
  'Good Three SAS,fr,,,x|y', // 9
].join('\n');

function csvUpload(content: string | Uint8Array, fileName = 'suppliers.csv') {
  const form = new FormData();
  form.append('file', new File([content], fileName));
  return { form };
}

describe.each(testDatabaseKinds())('supplier import routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let adminId: string;
  let preview: Preview;

  const counts = async () => ({
    suppliers: (await admin.get<Page<Supplier>>('/api/suppliers')).body.total,
    audit: (await admin.get<Page<unknown>>('/api/audit')).body.total,
  });
  const waitForEnd = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      const status = await admin.get<Status>(`/api/suppliers/imports/${id}`);
      if (status.body.status !== 'running') return status;
      await sleep(25);
    }
    throw new Error(`import ${id} still running`);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    adminId = (await admin.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    const taken = await admin.post('/api/suppliers', {
      json: { legalName: 'Already Here GmbH', country: 'DE', registrationNumber: 'HRB777' },
    });
    expect(taken.status).toBe(201);
    const upload = await admin.post<Preview>('/api/suppliers/imports', csvUpload(CSV));
    expect(upload.status).toBe(201);
    preview = upload.body;
  });
  afterAll(() => t?.close());

  it('answers the upload with headers, a suggested mapping and the first five rows', () => {
    expect(preview).toEqual({
      id: expect.any(String),
      fileName: 'suppliers.csv',
      format: 'csv',
      headers: ['Legal name', 'Country', 'Registration number', 'Contact email', 'Tags'],
      totalRows: 8,
      suggestedMapping: expect.objectContaining({
        legalName: 'Legal name',
        country: 'Country',
        registrationNumber: 'Registration number',
        contactEmail: 'Contact email',
        tags: 'Tags',
        city: null,
        status: null,
      }),
      sampleRows: CSV.split('\n')
        .slice(1, 6)
        .map((line) => line.split(',')),
    });
    expect(Object.keys(preview.suggestedMapping)).toHaveLength(16);
  });

  it('validates every row: file row numbers, column names and reasons; nothing is written', async () => {
    const before = await counts();
    const response = await admin.post<Report>(`/api/suppliers/imports/${preview.id}/validate`, {
      json: { mapping: preview.suggestedMapping },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      totalRows: 8,
      validRows: 3,
      invalidRows: 5,
      errorsTruncated: false,
      errors: [
        { row: 3, column: 'Legal name', field: 'legalName', reason: 'Required' },
        {
          row: 4,
          column: 'Country',
          field: 'country',
          reason: '"Narnia" is not a country name or ISO 3166-1 alpha-2 code',
        },
        { row: 5, column: 'Contact email', field: 'contactEmail', reason: expect.stringMatching(/email/i) },
        {
          row: 6,
          column: 'Registration number',
          field: 'registrationNumber',
          reason: 'Registration number 01111111 is also on row 2',
        },
        {
          row: 8,
          column: 'Registration number',
          field: 'registrationNumber',
          reason: 'Registration number HRB777 (DE) is already used by a supplier in the registry',
        },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a mapping without the required fields: 400 with the fields named', async () => {
    const response = await admin.post(`/api/suppliers/imports/${preview.id}/validate`, {
      json: { mapping: { legalName: 'Legal name' } },
    });
    const body = expectError(response, 400, 'validation_failed');
    expect(body.error.details).toEqual({
      issues: [{ path: ['mapping', 'country'], message: 'Map a column to country' }],
    });
  });

  it('refuses to commit bad rows without acceptInvalidRows: 400 with the report, and writes nothing', async () => {
    const before = await counts();
    const response = await admin.post(`/api/suppliers/imports/${preview.id}/commit`, {
      json: { mapping: preview.suggestedMapping, acceptInvalidRows: false },
    });
    const body = expectError(response, 400, 'validation_failed');
    const details = body.error.details as { report: Report };
    expect(details.report).toMatchObject({ totalRows: 8, validRows: 3, invalidRows: 5 });
    expect(details.report.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 8]);
    expect(await counts()).toEqual(before);
    const status = await admin.get<Status>(`/api/suppliers/imports/${preview.id}`);
    expect(status.body).toMatchObject({ status: 'uploaded', created: null, skipped: null });
  });

  it('commits the valid rows with acceptInvalidRows: 202, then completed with the counts, audited', async () => {
    const before = await counts();
    const response = await admin.post<Status>(`/api/suppliers/imports/${preview.id}/commit`, {
      json: { mapping: preview.suggestedMapping, acceptInvalidRows: true },
    });
    expect(response.status).toBe(202);
    expect(response.body.id).toBe(preview.id);
    expect(['running', 'completed']).toContain(response.body.status);
    const done = await waitForEnd(preview.id);
    expect(done.body).toEqual({
      id: preview.id,
      fileName: 'suppliers.csv',
      format: 'csv',
      status: 'completed',
      progress: { processed: 8, total: 8 },
      created: 3,
      skipped: 5,
      error: null,
      createdAt: expect.any(String),
      completedAt: expect.any(String),
    });

    const found = await admin.get<Page<Supplier>>('/api/suppliers?q=good');
    const byName = new Map(found.body.items.map((s) => [s.legalName, s]));
    expect([...byName.keys()]).toEqual(['Good One Ltd', 'Good Three SAS', 'Good Two GmbH']);
    expect(byName.get('Good One Ltd')).toMatchObject({
      country: 'GB',
      registrationNumber: '01111111',
      contacts: [{ name: null, email: 'one@good.test', phone: null, role: null }],
      tags: ['a', 'b'],
      status: 'prospect',
      version: 1,
    });
    expect(byName.get('Good Two GmbH')).toMatchObject({ country: 'DE', registrationNumber: 'HRB5' });
    expect(byName.get('Good Three SAS')).toMatchObject({ country: 'FR', tags: ['x', 'y'] });
    // One audit entry for the import, committing to the file, the mapping and the created rows.
    expect(await counts()).toEqual({ suppliers: before.suppliers + 3, audit: before.audit + 1 });
    const audit = await admin.get<Page<AuditEntry>>('/api/audit?entityType=supplier_import');
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'supplier_import.completed',
        entityId: preview.id,
        actor: expect.objectContaining({ id: adminId }),
        after: {
          digestVersion: 1,
          fileName: 'suppliers.csv',
          format: 'csv',
          file: {
            sha256: createHash('sha256').update(CSV).digest('hex'),
            bytes: Buffer.byteLength(CSV),
          },
          mapping: preview.suggestedMapping,
          rows: { inFile: 8, created: 3, skipped: 5 },
          rowsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
          suppliersDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      }),
    ]);
    // Each supplier names the import and the file row it came from.
    const origins = await t.db
      .selectFrom('suppliers')
      .select(['legal_name', 'import_id', 'import_row'])
      .where('import_id', '=', preview.id)
      .orderBy('import_row')
      .execute();
    expect(origins.map((o) => [o.import_row, o.legal_name])).toEqual([
      [2, 'Good One Ltd'],
      [7, 'Good Two GmbH'],
      [9, 'Good Three SAS'],
    ]);
    expect((await admin.get('/api/audit/verify')).body).toEqual({
      ok: true,
      checked: before.audit + 1,
      firstBroken: null,
    });
  });

  it('refuses to commit the same import twice: 409 conflict, whatever the flag, nothing more written', async () => {
    const before = await counts();
    for (const acceptInvalidRows of [true, false]) {
      const again = await admin.post(`/api/suppliers/imports/${preview.id}/commit`, {
        json: { mapping: preview.suggestedMapping, acceptInvalidRows },
      });
      expectError(again, 409, 'conflict');
    }
    expect(await counts()).toEqual(before);
  });

  it("answers 404 to another organisation's admin for the import", async () => {
    const adminB = await t.signIn('admin@b.test');
    expectError(await adminB.get(`/api/suppliers/imports/${preview.id}`), 404, 'not_found');
    const validate = await adminB.post(`/api/suppliers/imports/${preview.id}/validate`, {
      json: { mapping: preview.suggestedMapping },
    });
    expectError(validate, 404, 'not_found');
    expectError(await admin.get('/api/suppliers/imports/unknown'), 404, 'not_found');
  });
});
