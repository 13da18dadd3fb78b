export interface DiffRow {
  /** Dotted path of the changed value, e.g. `address.city` or `tags`. */
  path: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Flattens two JSON values into one row per leaf path; objects are walked, arrays and scalars compared whole.
 * `undefined` on one side means the path does not exist there.
 */
export function diffJson(before: unknown, after: unknown, prefix = ''): DiffRow[] {
  if (isPlainObject(before) || isPlainObject(after)) {
    const left = isPlainObject(before) ? before : {};
    const right = isPlainObject(after) ? after : {};
    // A whole object appearing or disappearing (create, delete) is still shown field by field.
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    return keys.flatMap((key) => diffJson(left[key], right[key], prefix ? `${prefix}.${key}` : key));
  }
  const change =
    before === undefined && after !== undefined
      ? 'added'
      : after === undefined && before !== undefined
        ? 'removed'
        : isEqual(before, after)
          ? 'unchanged'
          : 'changed';
  return [{ path: prefix || '(value)', before, after, change }];
}

export function formatJsonValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
