import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../../src/platform/db/create-db.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { toCountryCode } from '../../src/platform/reference/countries.ts';
import { createOrganization } from '../../src/platform/tenancy/organizations.service.ts';
import { sharedDataPath } from '../../src/platform/testing/shared-data.ts';
import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import { importListVersion } from '../../src/screening/list-versions.service.ts';
import { readList } from '../../src/screening/lists/read-list.ts';
import { rescreenForVersion, screenParties } from '../../src/screening/parties/party-screening.service.ts';
import { ScreeningIndexHolder } from '../../src/screening/screening-index.holder.ts';
import { supplierInputSchema } from '../../src/suppliers/supplier.model.ts';
import { supplierParties } from '../../src/suppliers/supplier-parties.ts';
import { toRecord } from '../../src/suppliers/suppliers.service.ts';
import { insertSuppliers } from '../../src/suppliers/suppliers.store.ts';
import { generateSupplierRows } from '../generate-suppliers.ts';
import { printHeader } from '../lib/machine.ts';
import { startCpuMeter } from '../lib/quiet.ts';

/**
 * Delta re-screening: 100,000 suppliers in the registry, the real OFAC SDN and UN lists in force, plus an
 * OpenSanctions-format list of 5,000 entities (taken from the SDN names); then a new version of that list adds
 * 50 entities (20 of them named like suppliers), changes 50 and removes 20. Measured: applying the new version to
 * every supplier (the job a list update queues), and, for comparison, full screenings of 2,000 suppliers against
 * every list (what a new supplier gets).
 *
 *   node bench/screening/rescreen.bench.ts [--suppliers 100000] [--full 2000]
 */

const { values } = parseArgs({
  options: { suppliers: { type: 'string', default: '100000' }, full: { type: 'string', default: '2000' } },
});
const SUPPLIERS = Number(values.suppliers);
const FULL = Number(values.full);
const seconds = (from: number) => (performance.now() - from) / 1000;

function ftmLine(entity: ListEntity, id: string, extraAlias?: string) {
  const names = entity.names.map((name) => name.value);
  return JSON.stringify({
    id,
    schema: entity.schema === 'Person' ? 'Person' : 'Company',
    properties: {
      name: names.slice(0, 1),
      alias: [...names.slice(1, 4), ...(extraAlias ? [extraAlias] : [])],
    },
  });
}

export async function runRescreenBenchmark() {
  printHeader('Screening: delta re-screening of the supplier registry after a list update', {
    suppliers: String(SUPPLIERS),
    database: 'PGlite, data directory on disk',
  });
  const dir = mkdtempSync(join(tmpdir(), 'tg-rescreen-'));
  const database = await createDatabase({ kind: 'pglite', dataDir: join(dir, 'db') });
  try {
    const db = database.db;
    await migrateToLatest(db);
    const { organization } = await createOrganization(db, {
      name: 'Bench',
      slug: 'bench',
      admin: { email: 'bench@bench.test', name: 'Bench', password: 'a long enough password' },
    });

    // The lists: real OFAC SDN and UN, and a 5,000-entity list whose next version the benchmark makes.
    const sdn: ListEntity[] = [];
    const read = await readList(sharedDataPath('watchlists/ofac-sdn'));
    if (read.kind !== 'entities') throw new Error('unexpected delta');
    for await (const entity of read.entities) sdn.push(entity);
    const base = sdn.slice(0, 5000);
    const v1 = base.map((entity, i) => ftmLine(entity, `b${i}`));
    writeFileSync(join(dir, 'v1.json'), `${v1.join('\n')}\n`);
    let started = performance.now();
    await importListVersion(db, sharedDataPath('watchlists/ofac-sdn'), 'bench');
    await importListVersion(db, sharedDataPath('watchlists/un/UN_consolidated.xml'), 'bench');
    await importListVersion(db, join(dir, 'v1.json'), 'bench');
    await db.deleteFrom('jobs').execute(); // no parties yet: nothing to re-screen
    process.stdout.write(`lists imported in ${seconds(started).toFixed(1)} s\n`);

    // The registry: generated suppliers, written straight into the table (no screening jobs).
    started = performance.now();
    const rows = generateSupplierRows({ rows: SUPPLIERS });
    const planted = sdn
      .slice(6000, 6050)
      .filter((entity) => entity.schema !== 'Person')
      .slice(0, 20);
    const records = rows.map((row, i) => {
      const plant = planted[i % 5000 === 0 ? i / 5000 : -1];
      return toRecord(
        crypto.randomUUID(),
        supplierInputSchema.parse({
          legalName: plant ? (plant.names[0]?.value ?? 'x') : row[0],
          otherNames: plant
            ? []
            : (row[1] ?? '')
                .split(/[;|]/)
                .map((name) => name.trim())
                .filter(Boolean),
          country: toCountryCode(row[2] ?? '') ?? 'DE',
        }),
      );
    });
    for (let start = 0; start < records.length; start += 5000) {
      await db
        .transaction()
        .execute((trx) =>
          insertSuppliers(trx, organization.id, records.slice(start, start + 5000), new Date()),
        );
    }
    process.stdout.write(
      `${records.length.toLocaleString('en')} suppliers written in ${seconds(started).toFixed(1)} s ` +
        `(${Math.min(planted.length, Math.ceil(records.length / 5000))} named like entities the next version adds)\n`,
    );

    // The next version: 20 removed, 50 changed (one more alias), 50 added (the planted ones among them).
    const added = [...planted, ...sdn.slice(7000, 7000 + 50 - planted.length)];
    const v2 = [
      ...base
        .slice(20)
        .map((entity, i) =>
          i < 50
            ? ftmLine(entity, `b${i + 20}`, `${entity.names[0]?.value} Holding`)
            : ftmLine(entity, `b${i + 20}`),
        ),
      ...added.map((entity, i) => ftmLine(entity, `n${i}`)),
    ];
    writeFileSync(join(dir, 'v2.json'), `${v2.join('\n')}\n`);
    const version = await importListVersion(db, join(dir, 'v2.json'), 'bench');
    process.stdout.write(
      `new version: ${version.added} added, ${version.changed} changed, ${version.removed} removed\n`,
    );

    const holder = new ScreeningIndexHolder(db);
    started = performance.now();
    const loaded = await holder.get({ fresh: true });
    const indexSeconds = seconds(started);
    const cpu = startCpuMeter();
    started = performance.now();
    const outcome = await rescreenForVersion(
      db,
      loaded,
      new Map([['supplier', supplierParties]]),
      version.versionId,
    );
    const rescreenSeconds = seconds(started);
    const rescreenCores = cpu();

    const ids = records.slice(0, FULL).map((record) => record.id);
    started = performance.now();
    const full = await screenParties(db, loaded, supplierParties, organization.id, ids, 'manual');
    const fullSeconds = seconds(started);

    const lines = [
      '',
      `index of the lists in force (${loaded.index.size.entities.toLocaleString('en')} entities): built in ${indexSeconds.toFixed(1)} s`,
      `delta re-screening: ${outcome.parties.toLocaleString('en')} suppliers against ${outcome.entities} added, changed or removed entities: ` +
        `${rescreenSeconds.toFixed(2)} s (${Math.round(outcome.parties / rescreenSeconds).toLocaleString('en')} suppliers/s), busy cores ${rescreenCores?.toFixed(2) ?? '?'}; ` +
        `${outcome.opened} new potential matches, ${outcome.reopened} reopened, ${outcome.delisted} delisted`,
      `full screening: ${full.parties.toLocaleString('en')} suppliers against every list: ${fullSeconds.toFixed(2)} s ` +
        `(${Math.round(full.parties / fullSeconds).toLocaleString('en')} suppliers/s); ${full.opened} potential matches`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
    await db.deleteFrom('jobs').execute();
    return { rescreenSeconds, parties: outcome.parties, fullPerSecond: full.parties / fullSeconds };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await runRescreenBenchmark();
