import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/tenancy/actor.ts';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { supplierInputSchema } from '../suppliers/supplier.model.ts';
import { createSupplier } from '../suppliers/suppliers.service.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

describe('tradeguard lists import', () => {
  let workspace: CliWorkspace;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
  });
  afterAll(() => workspace.cleanup());

  it('imports a list as a version and screens the suppliers against it before it ends', async () => {
    await workspace.withDb(async (db) => {
      const actor = systemActor(workspace.orgId);
      await createSupplier(
        db,
        actor,
        supplierInputSchema.parse({ legalName: 'Congomet Trading House', country: 'CD' }),
      );
      await createSupplier(
        db,
        actor,
        supplierInputSchema.parse({ legalName: 'Harbourside Bakery Ltd', country: 'GB' }),
      );
    });
    const path = sharedDataPath('watchlists/un/UN_consolidated.xml');
    const result = await runCommand(['lists', 'import', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /un_sc version [0-9a-f-]+: 1003 entities, 1003 added, 0 changed, 0 removed\./,
    );
    // The two suppliers' own screenings (queued when they were created) and the list update both ran.
    expect(result.stdout).toContain('Screening: 4 parties screened; 1 new potential matches, 0 reopened');
    const open = await workspace.withDb((db) =>
      db.selectFrom('screening_matches').select(['party_label', 'entity_caption', 'status']).execute(),
    );
    expect(open).toEqual([
      { party_label: 'Congomet Trading House', entity_caption: 'CONGOMET TRADING HOUSE', status: 'open' },
    ]);

    const again = await runCommand(['lists', 'import', path]);
    expect(again.stdout).toContain('un_sc unchanged (1003 entities); the version in force stays.');
    expect(again.stdout).not.toContain('Screening:');
  }, 120_000);
});
