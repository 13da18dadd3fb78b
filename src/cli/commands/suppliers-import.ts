import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../platform/errors.ts';
import {
  type ColumnMapping,
  IMPORT_FIELDS,
  type ImportField,
} from '../../suppliers/import/column-mapping.ts';
import {
  discardImport,
  executeImport,
  prepareImport,
  uploadImport,
  validateImport,
} from '../../suppliers/import/imports.service.ts';
import { MAX_FILE_BYTES } from '../../suppliers/import/parse-table.ts';
import { resolveActor, withDatabase } from '../cli-context.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import { type Command, stringOption, stringsOption } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';
import { runQueuedScreenings } from '../screening-jobs.ts';

const SHOWN_ERRORS = 50;

function parseMappings(values: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const field = value.slice(0, at);
    if (at < 1 || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(
        `--map ${value}: write FIELD=Column header, FIELD one of ${IMPORT_FIELDS.join(', ')}`,
      );
    }
    mapping[field as ImportField] = value.slice(at + 1) || null;
  }
  return mapping;
}

export const suppliersImportCommand: Command = {
  path: ['suppliers', 'import'],
  summary: 'Import suppliers from a CSV or XLSX file',
  usage: `Usage: tradeguard suppliers import FILE [--org SLUG] [--map FIELD=HEADER]... [--skip-invalid] [--dry-run]
                                [--screen-later]

Columns are matched to fields by their headers (e.g. "Legal name", "Country", "Registration number");
--map sets one by hand, e.g. --map legalName="Company" --map country="Land". Every row is checked first:
if some have problems, they are listed (row, column, reason) and nothing is written, unless --skip-invalid
imports the valid rows. The whole import is one transaction. The new suppliers are then screened against the
sanctions lists in force before the command ends; --screen-later leaves that to the server (it takes up
queued screenings when it starts).
Fields: ${IMPORT_FIELDS.join(', ')}`,
  options: {
    org: { type: 'string' },
    map: { type: 'string', multiple: true },
    'skip-invalid': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'screen-later': { type: 'boolean' },
  },
  positionals: 1,
  async run(values, positionals) {
    const file = positionals[0];
    if (!file) throw new UsageError('Name the file to import');
    const size = (await stat(file).catch(() => null))?.size;
    if (size === undefined) throw new UsageError(`${file} does not exist`);
    if (size > MAX_FILE_BYTES) throw new AppError('payload_too_large', `${file} is larger than 50 MB`);
    const overrides = parseMappings(stringsOption(values, 'map'));
    const bytes = new Uint8Array(await readFile(file));
    return withDatabase(async (context) => {
      const db = context.database.db;
      const actor = await resolveActor(
        context,
        stringOption(values, 'org'),
        `cli: suppliers import ${basename(file)}`,
      );
      const preview = await uploadImport(db, actor, { fileName: basename(file), bytes });
      const mapping: ColumnMapping = { ...preview.suggestedMapping, ...overrides };
      const mapped = IMPORT_FIELDS.filter((field) => mapping[field]).map(
        (field) => `${field} ← "${mapping[field]}"`,
      );
      process.stdout.write(
        `${preview.totalRows} rows in ${preview.fileName}. Columns: ${mapped.join(', ')}\n`,
      );
      const report = await validateImport(db, actor, preview.id, mapping);
      if (report.invalidRows > 0) {
        process.stdout.write(`${report.invalidRows} rows have problems:\n`);
        for (const error of report.errors.slice(0, SHOWN_ERRORS)) {
          process.stdout.write(
            `  row ${error.row}${error.column ? `, column "${error.column}"` : ''}: ${error.reason}\n`,
          );
        }
        if (report.errors.length > SHOWN_ERRORS)
          process.stdout.write(`  ... and ${report.errors.length - SHOWN_ERRORS} more\n`);
      }
      if (values['dry-run']) {
        await discardImport(db, actor, preview.id);
        process.stdout.write(`Dry run: ${report.validRows} rows would be imported; nothing was written.\n`);
        return report.invalidRows > 0 ? EXIT.invalidInput : EXIT.ok;
      }
      if (report.invalidRows > 0 && !values['skip-invalid']) {
        await discardImport(db, actor, preview.id);
        process.stdout.write(
          `Nothing was written. Fix the rows, or run again with --skip-invalid to import the ${report.validRows} valid rows.\n`,
        );
        return EXIT.invalidInput;
      }
      const job = await prepareImport(db, actor, preview.id, { mapping, acceptInvalidRows: true });
      const bar = createProgressBar('Importing');
      bar.update(0, report.validRows);
      const result = await executeImport(db, job, (progress) =>
        bar.update(progress.processed, progress.total),
      );
      bar.finish();
      process.stdout.write(
        `Imported ${result.created} suppliers${result.skipped ? `, skipped ${result.skipped} rows` : ''}.\n`,
      );
      if (values['screen-later']) {
        process.stdout.write('Their sanctions screening is queued for the server.\n');
        return EXIT.ok;
      }
      await runQueuedScreenings(db, (line) => process.stdout.write(line));
      return EXIT.ok;
    });
  },
};
