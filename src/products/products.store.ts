import { sql } from 'kysely';
import type { Executor, Tx } from '../platform/db/transaction.ts';
import type { IncidentInput, Product, ProductFilter, ProductInput, ProductSort } from './product.model.ts';

type ProductRow = {
  id: string;
  sku: string;
  name: string;
  category_text: string;
  category_id: string | null;
  hs_code: string | null;
  brand: string | null;
  third_party_brand: boolean | null;
  materials: string[];
  ingredients: string[];
  specifications: string;
  supplier_id: string | null;
  origin: string | null;
  target_markets: string[];
  certifications: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
};

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    category: row.category_text,
    categoryId: row.category_id,
    hsCode: row.hs_code,
    brand: row.brand,
    thirdPartyBrand: row.third_party_brand,
    materials: row.materials,
    ingredients: row.ingredients,
    specifications: row.specifications,
    supplierId: row.supplier_id,
    origin: row.origin,
    targetMarkets: row.target_markets,
    certifications: row.certifications,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type ProductRecord = ProductInput & { id: string; categoryId: string | null };

/** Any number of products in one statement (unnest of one array per column). */
export async function insertProducts(trx: Tx, organizationId: string, records: readonly ProductRecord[]) {
  if (records.length === 0) return;
  const col = <T>(pick: (record: ProductRecord) => T) => records.map(pick);
  const arrays = (pick: (record: ProductRecord) => string[]) =>
    records.map((record) => JSON.stringify(pick(record)));
  await sql`
    insert into products (id, organization_id, sku, name, category_text, category_id, hs_code, brand, third_party_brand,
      materials, ingredients, specifications, supplier_id, origin, target_markets, certifications)
    select id, ${organizationId}, sku, name, category_text, category_id, hs_code, brand, third_party_brand,
      array(select jsonb_array_elements_text(materials::jsonb)), array(select jsonb_array_elements_text(ingredients::jsonb)),
      specifications, supplier_id, origin, array(select jsonb_array_elements_text(target_markets::jsonb)),
      array(select jsonb_array_elements_text(certifications::jsonb))
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.sku)}::text[], ${col((r) => r.name)}::text[],
      ${col((r) => r.category)}::text[], ${col((r) => r.categoryId)}::text[], ${col((r) => r.hsCode)}::text[],
      ${col((r) => r.brand)}::text[], ${col((r) => r.thirdPartyBrand)}::boolean[], ${arrays((r) => r.materials)}::text[],
      ${arrays((r) => r.ingredients)}::text[], ${col((r) => r.specifications)}::text[], ${col((r) => r.supplierId)}::text[],
      ${col((r) => r.origin)}::text[], ${arrays((r) => r.targetMarkets)}::text[], ${arrays((r) => r.certifications)}::text[])
      as t(id, sku, name, category_text, category_id, hs_code, brand, third_party_brand, materials, ingredients,
        specifications, supplier_id, origin, target_markets, certifications)`.execute(trx);
}

export async function findProductRow(db: Executor, organizationId: string, id: string, lock = false) {
  let query = db
    .selectFrom('products')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findTakenSkus(
  db: Executor,
  organizationId: string,
  skus: readonly string[],
  exceptId?: string,
) {
  if (skus.length === 0) return new Set<string>();
  let query = db
    .selectFrom('products')
    .select('sku')
    .where('organization_id', '=', organizationId)
    .where('sku', 'in', [...skus]);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return new Set((await query.execute()).map((row) => row.sku));
}

export async function updateProductRow(
  trx: Tx,
  organizationId: string,
  record: ProductRecord,
  expectedVersion: number,
) {
  return trx
    .updateTable('products')
    .set({
      sku: record.sku,
      name: record.name,
      category_text: record.category,
      category_id: record.categoryId,
      hs_code: record.hsCode,
      brand: record.brand,
      third_party_brand: record.thirdPartyBrand,
      materials: record.materials,
      ingredients: record.ingredients,
      specifications: record.specifications,
      supplier_id: record.supplierId,
      origin: record.origin,
      target_markets: record.targetMarkets,
      certifications: record.certifications,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', record.id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

function filtered(db: Executor, organizationId: string, filter: ProductFilter) {
  let query = db.selectFrom('products').where('organization_id', '=', organizationId);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb('sku', 'ilike', like), eb('brand', 'ilike', like)]),
    );
  }
  if (filter.categoryId) query = query.where('category_id', '=', filter.categoryId);
  if (filter.market) query = query.where(sql<boolean>`${filter.market} = any(target_markets)`);
  return query;
}

export async function findProductPage(
  db: Executor,
  organizationId: string,
  filter: ProductFilter,
  page: { sort: ProductSort; descending: boolean; limit: number; offset: number },
) {
  const column = { sku: 'sku', name: 'name', createdAt: 'created_at', updatedAt: 'updated_at' } as const;
  return filtered(db, organizationId, filter)
    .selectAll()
    .orderBy(column[page.sort], page.descending ? 'desc' : 'asc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countProducts(db: Executor, organizationId: string, filter: ProductFilter) {
  const row = await filtered(db, organizationId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every product of the organisation, in pages of `size`, in a stable order. */
export async function* streamProductRows(db: Executor, organizationId: string, size = 2000) {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('products')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(size)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < size) return;
  }
}

export async function insertIncident(trx: Tx, organizationId: string, id: string, input: IncidentInput) {
  await trx
    .insertInto('product_incidents')
    .values({
      id,
      organization_id: organizationId,
      product_id: input.productId,
      category_id: input.categoryId,
      market: input.market,
      kind: input.kind,
      occurred_on: input.occurredOn,
      note: input.note,
    })
    .execute();
}

export async function findIncidents(db: Executor, organizationId: string) {
  return db
    .selectFrom('product_incidents')
    .leftJoin('products', 'products.id', 'product_incidents.product_id')
    .select([
      'product_incidents.id',
      'product_incidents.product_id',
      'products.sku',
      'product_incidents.category_id',
      'product_incidents.market',
      'product_incidents.kind',
      sql<string>`product_incidents.occurred_on::text`.as('occurred_on'),
      'product_incidents.note',
    ])
    .where('product_incidents.organization_id', '=', organizationId)
    .orderBy('product_incidents.occurred_on', 'desc')
    .limit(10_000)
    .execute();
}
