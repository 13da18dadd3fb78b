import { writeFileSync } from 'node:fs';

/** One figure of a benchmark, with its target when the issue set one. */
export interface Figure {
  benchmark: string;
  name: string;
  value: number | null;
  unit: string;
  /** Human form of the target, e.g. "< 20 s". */
  target?: string;
  met?: boolean;
  note?: string;
}

/** The environment variable through which bench/run.ts collects the figures of each benchmark it starts. */
export const SUMMARY_ENV = 'TG_BENCH_SUMMARY_FILE';

export function writeSummary(figures: Figure[]): void {
  const path = process.env[SUMMARY_ENV];
  if (path) writeFileSync(path, JSON.stringify(figures, null, 2));
}

export function formatNumber(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(digits);
}

/** A plain-text table: the first row is the header, columns are padded, numbers right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const numeric = /^[-+]?[\d,.]+( ?[a-z/%]+)?$|^–$/i;
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i > 0 && numeric.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

export function targetCell(figure: Figure): string {
  if (!figure.target) return '';
  if (figure.met === undefined) return figure.target;
  return `${figure.target}: ${figure.met ? 'met' : 'NOT met'}`;
}
