import { AppError } from '../../platform/errors.ts';
import type { ProductCheck } from '../../products/compliance.service.ts';
import { checkDescription, complianceContext, today } from '../../products/compliance.service.ts';
import { readProductRows } from '../../products/product-rows.ts';
import { readInputTable } from '../../screening/batch/input-table.ts';
import { outputFormatOf, outputPathProblem, writeOutputTable } from '../../screening/batch/output-table.ts';
import { withDatabase } from '../cli-context.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import { type Command, stringOption } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

const HEADERS = [
  'sku',
  'name',
  'category',
  'category_id',
  'market',
  'date',
  'risk',
  'risk_reasons',
  'rules',
  'certifications',
  'documents',
  'findings',
  'facts_read',
  'upcoming',
  'sources',
] as const;

/** One output row per product and market: the risk, the findings and the rules behind them with their sources. */
export function reportRows(check: ProductCheck, sku: string, category: string): string[][] {
  return check.markets.map((report) => {
    const sources = new Map<string, string>();
    for (const rule of report.rules) sources.set(rule.id, rule.source.url);
    for (const finding of report.findings)
      if (finding.ruleId && finding.source) sources.set(finding.ruleId, finding.source.url);
    return [
      sku,
      check.product.name,
      category,
      check.category.id ?? '(not recognised)',
      report.market,
      report.date,
      report.risk,
      report.riskReasons.map((r) => `${r.level}: ${r.reason}`).join('\n'),
      report.rules.map((r) => `${r.id} v${r.version}: ${r.title}`).join('\n'),
      report.certifications
        .map((c) => `${c.id} (${c.name})${c.held === true ? ' held' : c.held === false ? ' MISSING' : ''}`)
        .join('\n'),
      report.documents.map((d) => d.kind).join('; '),
      report.findings
        .map((f) => `[${f.severity}] ${f.message}${f.ruleId ? ` (${f.ruleId})` : ''}`)
        .join('\n'),
      check.facts
        .map((f) => `${f.fact}=${Array.isArray(f.value) ? f.value.join('|') : String(f.value)}`)
        .join('; '),
      report.upcoming.map((u) => `${u.date} ${u.change}: ${u.ruleId} ${u.title}`).join('\n'),
      [...sources].map(([id, url]) => `${id}: ${url}`).join('\n'),
    ];
  });
}

export const productsCheckCommand: Command = {
  path: ['products', 'check'],
  summary: 'Check the products of a CSV or XLSX file against the regulations of one or more markets',
  usage: `Usage: tradeguard products check --input PRODUCTS.csv|xlsx --markets EU,US,JP --output REPORT.csv|xlsx
                                [--date YYYY-MM-DD]

Input columns (headers in any case): sku and name (required), category (in your own words: "power bank",
"lipstick"), hs_code, brand, ingredients (separated by semicolons, each optionally with "(CAS 7732-18-5)" and a
concentration "2%"), specifications (free text: "Li-ion 10000 mAh 3.7 V; Bluetooth 5.3; ages 3+"), origin
(ISO country code), certifications held (CE, FCC-SDOC, ...). Every row is checked first; a row with a problem is
listed (row, column, reason) and nothing is checked.

The report has a row per product and market: the risk level (low, medium, high) and why, the rules that apply
(id, version, title), the certifications and documents required, every finding (blocker / action / info) with
its rule, the facts read from the specifications, rules that change within 90 days, and each rule's official
source. --date answers as of that day (today by default). Ingredients are checked against the substance lists
imported with tradeguard regulations import. The file is written whole or not at all.

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 the input has problems.`,
  options: {
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
    markets: { type: 'string', short: 'm' },
    date: { type: 'string' },
  },
  positionals: 0,
  async run(values) {
    const input = stringOption(values, 'input');
    const output = stringOption(values, 'output');
    const marketsText = stringOption(values, 'markets');
    if (!input || !output || !marketsText) {
      throw new UsageError(
        'Give the products with --input, the markets with --markets and the report file with --output',
      );
    }
    const problem = outputPathProblem(input, output);
    if (problem) throw new UsageError(problem);
    const date = stringOption(values, 'date') ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new UsageError('--date must be YYYY-MM-DD');
    const markets = [
      ...new Set(
        marketsText
          .split(/[,\s]+/)
          .map((m) => m.trim().toUpperCase())
          .filter(Boolean),
      ),
    ];

    const table = await readInputTable(input);
    const rows = readProductRows({ headers: table.headers, rows: table.rows, rowNumbers: table.rowNumbers });
    if (rows.errors.length > 0) {
      const shown = rows.errors
        .slice(0, 50)
        .map((e) => `  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason}`);
      const more = rows.errors.length > 50 ? `\n  … and ${rows.errors.length - 50} more` : '';
      throw new AppError(
        'validation_failed',
        `${input} has ${rows.invalidRows} rows with problems; nothing was checked:\n${shown.join('\n')}${more}`,
      );
    }
    const context = await withDatabase((cli) => complianceContext(cli.database.db, null));
    const unknown = markets.filter((code) => !context.kb.markets.some((m) => m.code === code));
    if (unknown.length > 0) {
      throw new UsageError(
        `--markets: unknown ${unknown.join(', ')}; the markets are ISO country codes and EU`,
      );
    }
    process.stdout.write(
      `Checking ${rows.valid.length} products of ${input} in ${markets.join(', ')} as of ${date}\n`,
    );
    const bar = createProgressBar('Checking');
    bar.update(0, rows.valid.length);
    const started = performance.now();
    const out: string[][] = [];
    const counts = { low: 0, medium: 0, high: 0 };
    rows.valid.forEach(({ input: product }, i) => {
      const check = checkDescription(context, product, markets, date);
      for (const report of check.markets) counts[report.risk]++;
      out.push(...reportRows(check, product.sku, product.category));
      if (i % 500 === 0) bar.update(i, rows.valid.length);
    });
    bar.finish();
    const seconds = (performance.now() - started) / 1000;
    await writeOutputTable(output, outputFormatOf(output) ?? 'csv', HEADERS, out, 'Compliance');
    process.stdout.write(
      `${out.length} product-market rows: ${counts.high} high, ${counts.medium} medium, ${counts.low} low risk. ` +
        `Checked in ${seconds.toFixed(1)} s; written to ${output}\n`,
    );
    return EXIT.ok;
  },
};
