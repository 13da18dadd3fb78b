import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ExportFormat, exportSuppliers } from '../../suppliers/export.ts';
import { SUPPLIER_STATUSES, type SupplierStatus } from '../../suppliers/supplier.model.ts';
import { streamSupplierRows, toSupplier } from '../../suppliers/suppliers.store.ts';
import { resolveActor, withDatabase } from '../cli-context.ts';
import { UsageError } from '../cli-errors.ts';
import { type Command, stringOption } from '../command.ts';

export const suppliersExportCommand: Command = {
  path: ['suppliers', 'export'],
  summary: 'Export suppliers to a CSV or XLSX file',
  usage: `Usage: tradeguard suppliers export FILE [--format csv|xlsx] [--org SLUG] [--status STATUS] [--country CC] [--q NAME]

The format follows the file's extension unless --format says otherwise. The file is written whole or not at all.`,
  options: {
    format: { type: 'string' },
    org: { type: 'string' },
    status: { type: 'string' },
    country: { type: 'string' },
    q: { type: 'string' },
  },
  positionals: 1,
  async run(values, positionals) {
    const file = positionals[0];
    if (!file) throw new UsageError('Name the file to write');
    const format = (stringOption(values, 'format') ?? extname(file).slice(1).toLowerCase()) as ExportFormat;
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('The format must be csv or xlsx');
    const status = stringOption(values, 'status');
    if (status && !(SUPPLIER_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${SUPPLIER_STATUSES.join(', ')}`);
    }
    const filter = {
      status: status as SupplierStatus | undefined,
      country: stringOption(values, 'country')?.toUpperCase(),
      q: stringOption(values, 'q'),
    };
    return withDatabase(async (context) => {
      const actor = await resolveActor(context, stringOption(values, 'org'), 'cli: suppliers export');
      let count = 0;
      const pages = (async function* () {
        for await (const rows of streamSupplierRows(
          context.database.db,
          { organizationId: actor.organizationId },
          filter,
        )) {
          count += rows.length;
          yield rows.map(toSupplier);
        }
      })();
      const partial = `${file}.partial`;
      try {
        await pipeline(exportSuppliers(pages, format), createWriteStream(partial));
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      process.stdout.write(`Exported ${count} suppliers to ${file}\n`);
      return 0;
    });
  },
};
