import { recordAudit } from '../platform/audit/audit.service.ts';
import { newId } from '../platform/auth/tokens.ts';
import type { Db } from '../platform/db/transaction.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { resolveCategory } from '../regulations/evaluate/resolve-category.ts';
import { getSupplier } from '../suppliers/suppliers.service.ts';
import type {
  IncidentInput,
  Product,
  ProductFilter,
  ProductInput,
  ProductPatch,
  ProductSort,
} from './product.model.ts';
import {
  countProducts,
  findIncidents,
  findProductPage,
  findProductRow,
  findTakenSkus,
  insertIncident,
  insertProducts,
  type ProductRecord,
  toProduct,
  updateProductRow,
} from './products.store.ts';

/** The record to store: the input plus the taxonomy id its category words resolve to. */
export function toRecord(id: string, input: ProductInput): ProductRecord {
  return { ...input, id, categoryId: resolveCategory(input.category, input.hsCode ?? undefined)?.id ?? null };
}

async function assertSupplierExists(db: Db, actor: Actor, supplierId: string | null) {
  if (!supplierId) return;
  // Through the supplier service (modules do not read each other's tables): another organisation's supplier,
  // or one the caller may not see, is "no such supplier".
  try {
    await getSupplier(db, actor, supplierId);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) {
      throw new AppError('validation_failed', 'No such supplier in your organisation', { supplierId });
    }
    throw error;
  }
}

export async function createProduct(db: Db, actor: Actor, input: ProductInput): Promise<Product> {
  requirePermission(actor, 'products:write');
  await assertSupplierExists(db, actor, input.supplierId);
  return db.transaction().execute(async (trx) => {
    if ((await findTakenSkus(trx, actor.organizationId, [input.sku])).size > 0) {
      throw new AppError('conflict', `A product with SKU ${input.sku} exists already`, { sku: input.sku });
    }
    const id = newId();
    await insertProducts(trx, actor.organizationId, [toRecord(id, input)]);
    const row = await findProductRow(trx, actor.organizationId, id);
    if (!row) throw new AppError('internal', 'The new product could not be read back');
    const product = toProduct(row);
    await recordAudit(trx, actor, [
      { action: 'product.created', entityType: 'product', entityId: id, after: product },
    ]);
    return product;
  });
}

export async function getProduct(db: Db, actor: Actor, id: string): Promise<Product> {
  requirePermission(actor, 'products:read');
  const row = await findProductRow(db, actor.organizationId, id);
  if (!row) throw notFound('Product');
  return toProduct(row);
}

export async function updateProduct(db: Db, actor: Actor, id: string, patch: ProductPatch): Promise<Product> {
  requirePermission(actor, 'products:write');
  if (patch.supplierId !== undefined) await assertSupplierExists(db, actor, patch.supplierId);
  return db.transaction().execute(async (trx) => {
    const row = await findProductRow(trx, actor.organizationId, id, true);
    if (!row) throw notFound('Product');
    const before = toProduct(row);
    if (before.version !== patch.version) {
      throw new AppError('version_conflict', 'Someone changed this product since you opened it; reload it', {
        currentVersion: before.version,
      });
    }
    const { version, ...changes } = patch;
    const merged: ProductInput = {
      ...before,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    if (
      merged.sku !== before.sku &&
      (await findTakenSkus(trx, actor.organizationId, [merged.sku], id)).size > 0
    ) {
      throw new AppError('conflict', `A product with SKU ${merged.sku} exists already`, { sku: merged.sku });
    }
    const record = toRecord(id, merged);
    const unchanged =
      JSON.stringify({ ...before, version: 0, updatedAt: '' }) ===
      JSON.stringify({ ...before, ...record, version: 0, updatedAt: '' });
    if (unchanged) return before;
    const updated = await updateProductRow(trx, actor.organizationId, record, version);
    if (!updated)
      throw new AppError('version_conflict', 'Someone changed this product since you opened it; reload it');
    const after = toProduct(updated);
    await recordAudit(trx, actor, [
      { action: 'product.updated', entityType: 'product', entityId: id, before, after },
    ]);
    return after;
  });
}

export async function listProducts(
  db: Db,
  actor: Actor,
  filter: ProductFilter,
  page: { page: number; pageSize: number; sort: ProductSort; descending: boolean },
) {
  requirePermission(actor, 'products:read');
  const [rows, total] = await Promise.all([
    findProductPage(db, actor.organizationId, filter, {
      sort: page.sort,
      descending: page.descending,
      limit: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
    }),
    countProducts(db, actor.organizationId, filter),
  ]);
  return { items: rows.map(toProduct), page: page.page, pageSize: page.pageSize, total };
}

export async function recordIncident(db: Db, actor: Actor, input: IncidentInput) {
  requirePermission(actor, 'incidents:write');
  return db.transaction().execute(async (trx) => {
    if (input.productId && !(await findProductRow(trx, actor.organizationId, input.productId)))
      throw notFound('Product');
    const id = newId();
    await insertIncident(trx, actor.organizationId, id, input);
    await recordAudit(trx, actor, [
      { action: 'product.incident_recorded', entityType: 'product_incident', entityId: id, after: input },
    ]);
    return { id, ...input };
  });
}

export async function listIncidents(db: Db, actor: Actor) {
  requirePermission(actor, 'products:read');
  const rows = await findIncidents(db, actor.organizationId);
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    sku: row.sku,
    categoryId: row.category_id,
    market: row.market,
    kind: row.kind as IncidentInput['kind'],
    occurredOn: row.occurred_on,
    note: row.note,
  }));
}
