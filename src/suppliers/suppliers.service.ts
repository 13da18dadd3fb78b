import { recordAudit } from '../platform/audit/audit.service.ts';
import { canonicalJson, toJsonValue } from '../platform/audit/audit-chain.ts';
import { newId } from '../platform/auth/tokens.ts';
import type { Db, Executor, Tx } from '../platform/db/transaction.ts';
import { cachePerDatabase } from '../platform/db/watched-cache.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { requestPartyScreening } from '../screening/parties/party-screening.service.ts';
import { buildSearchText } from './search-key.ts';
import type {
  Supplier,
  SupplierFilter,
  SupplierInput,
  SupplierPatch,
  SupplierSort,
} from './supplier.model.ts';
import {
  findSupplierRow,
  findTakenRegistrations,
  insertSuppliers,
  isRegistrationTakenError,
  type SupplierRecord,
  type SupplierScope,
  setSupplierStatus,
  toSupplier,
  updateSupplierRow,
} from './suppliers.store.ts';
import { countSuppliers, findSupplierPage } from './suppliers-list.store.ts';

/** What the sanctions screening compares: a change of any of these screens the supplier again. */
function screenedFactsChanged(before: SupplierInput, after: SupplierInput): boolean {
  return (
    before.legalName !== after.legalName ||
    before.country !== after.country ||
    before.registrationNumber !== after.registrationNumber ||
    before.otherNames.join('\u0000') !== after.otherNames.join('\u0000')
  );
}

export function toRecord(id: string, input: SupplierInput): SupplierRecord {
  return { ...input, id, searchText: buildSearchText([input.legalName, ...input.otherNames]) };
}

/**
 * A supplier's own people do not read why the platform set its status: a reason that names a sanctions match
 * and its reviewer would tip them off about a screening in progress.
 */
function forViewer(actor: Actor, supplier: Supplier): Supplier {
  return actor.role === 'supplier' && supplier.statusReason !== null
    ? { ...supplier, statusReason: null }
    : supplier;
}

function scopeOf(actor: Actor): SupplierScope {
  // A supplier's own people see their own supplier only; without one they see nothing.
  if (actor.role === 'supplier')
    return { organizationId: actor.organizationId, onlyId: actor.supplierId ?? '-' };
  return { organizationId: actor.organizationId };
}

async function assertRegistrationFree(db: Executor, actor: Actor, input: SupplierInput, selfId?: string) {
  if (!input.registrationNumber) return;
  const taken = await findTakenRegistrations(db, actor.organizationId, [
    { country: input.country, registrationNumber: input.registrationNumber },
  ]);
  const holder = taken.get(`${input.country}|${input.registrationNumber}`);
  if (holder && holder !== selfId) {
    throw new AppError(
      'conflict',
      `Registration number ${input.registrationNumber} (${input.country}) is already used by another supplier`,
      { supplierId: holder, field: 'registrationNumber' },
    );
  }
}

export async function createSupplier(db: Db, actor: Actor, input: SupplierInput): Promise<Supplier> {
  requirePermission(actor, 'suppliers:write');
  await assertRegistrationFree(db, actor, input);
  try {
    return await insertSupplier(db, actor, input);
  } catch (error) {
    // Another writer took the number between the check and the insert: answer the same conflict.
    if (isRegistrationTakenError(error)) await assertRegistrationFree(db, actor, input);
    throw error;
  }
}

async function insertSupplier(db: Db, actor: Actor, input: SupplierInput): Promise<Supplier> {
  return db.transaction().execute(async (trx) => {
    const id = newId();
    await insertSuppliers(trx, actor.organizationId, [toRecord(id, input)], new Date());
    const row = await findSupplierRow(trx, actor.organizationId, id);
    if (!row) throw new AppError('internal', 'The new supplier could not be read back');
    const supplier = toSupplier(row);
    await recordAudit(trx, actor, [
      { action: 'supplier.created', entityType: 'supplier', entityId: id, after: supplier },
    ]);
    await requestPartyScreening(trx, actor.organizationId, 'supplier', [id], 'created');
    return supplier;
  });
}

export async function getSupplier(db: Db, actor: Actor, id: string): Promise<Supplier> {
  requirePermission(actor, 'suppliers:read');
  const scope = scopeOf(actor);
  if (scope.onlyId && scope.onlyId !== id) throw notFound('Supplier');
  const row = await findSupplierRow(db, actor.organizationId, id);
  if (!row) throw notFound('Supplier');
  return forViewer(actor, toSupplier(row));
}

export async function updateSupplier(
  db: Db,
  actor: Actor,
  id: string,
  patch: SupplierPatch,
): Promise<Supplier> {
  requirePermission(actor, 'suppliers:write');
  try {
    return await applySupplierPatch(db, actor, id, patch);
  } catch (error) {
    if (!isRegistrationTakenError(error)) throw error;
    // Another writer took the number between the check and the update: answer the same conflict.
    const { version: _version, ...changes } = patch;
    await assertRegistrationFree(db, actor, { ...(await getSupplier(db, actor, id)), ...changes }, id);
    throw error;
  }
}

async function applySupplierPatch(db: Db, actor: Actor, id: string, patch: SupplierPatch): Promise<Supplier> {
  const { version, ...changes } = patch;
  return db.transaction().execute(async (trx) => {
    const beforeRow = await findSupplierRow(trx, actor.organizationId, id, true);
    if (!beforeRow) throw notFound('Supplier');
    const before = toSupplier(beforeRow);
    if (before.version !== version) {
      throw new AppError(
        'version_conflict',
        'Someone else saved this supplier since you opened it; reload and retry',
        {
          currentVersion: before.version,
        },
      );
    }
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, statusReason: _r, ...current } = before;
    const next: SupplierInput = { ...current, ...changes };
    // Saving without a change writes nothing: no new version, no audit entry.
    if (canonicalJson(toJsonValue(next)) === canonicalJson(toJsonValue(current))) return before;
    await assertRegistrationFree(trx, actor, next, id);
    const afterRow = await updateSupplierRow(trx, actor.organizationId, id, toRecord(id, next), version);
    if (!afterRow)
      throw new AppError('version_conflict', 'Someone else saved this supplier since you opened it');
    const after = toSupplier(afterRow);
    await recordAudit(trx, actor, [
      { action: 'supplier.updated', entityType: 'supplier', entityId: id, before, after },
    ]);
    if (screenedFactsChanged(before, after))
      await requestPartyScreening(trx, actor.organizationId, 'supplier', [id], 'updated');
    return after;
  });
}

/**
 * Totals of the supplier list by organisation and filter, on PGlite only: emptied by every write to the
 * suppliers table in this process (a create, an edit, an import), trusted 30 s at most. Counting the
 * matches costs more than reading the page (docs/benchmarks.md, section 2); on PostgreSQL other processes
 * write too, so the total is always counted (docs/decisions.md).
 */
export const SUPPLIER_TOTAL_TTL_MS = 30_000;
const knownTotals = cachePerDatabase<string, number>({
  tables: ['suppliers'],
  ttlMs: SUPPLIER_TOTAL_TTL_MS,
  maxEntries: 1_000,
});

function totalKey(scope: SupplierScope, filter: SupplierFilter): string {
  const { country, status, tag, q } = filter;
  return JSON.stringify([scope.organizationId, scope.onlyId ?? null, country, status, tag, q]);
}

export async function listSuppliers(
  db: Db,
  actor: Actor,
  filter: SupplierFilter,
  page: { page: number; pageSize: number; sort: SupplierSort; descending: boolean },
) {
  requirePermission(actor, 'suppliers:read');
  const scope = scopeOf(actor);
  const totals = knownTotals(db);
  const countAll = () => countSuppliers(db, scope, filter);
  const [items, total] = await Promise.all([
    findSupplierPage(db, scope, filter, {
      sort: page.sort,
      descending: page.descending,
      limit: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
    }),
    totals ? totals.getOrLoad(totalKey(scope, filter), countAll) : countAll(),
  ]);
  return {
    items: items.map((item) => forViewer(actor, item)),
    page: page.page,
    pageSize: page.pageSize,
    total,
  };
}

export { scopeOf as supplierScopeOf };

/**
 * Suspends a supplier for a reason the platform states (a confirmed sanctions match), in the caller's
 * transaction, with its audit entry. The reviewer's permission was checked by the caller.
 */
export async function suspendSupplier(trx: Tx, actor: Actor, id: string, reason: string): Promise<void> {
  const beforeRow = await findSupplierRow(trx, actor.organizationId, id, true);
  if (!beforeRow) throw notFound('Supplier');
  const afterRow = await setSupplierStatus(trx, actor.organizationId, id, 'suspended', reason);
  await recordAudit(trx, actor, [
    {
      action: 'supplier.suspended',
      entityType: 'supplier',
      entityId: id,
      before: toSupplier(beforeRow),
      after: toSupplier(afterRow),
    },
  ]);
}
