import type { Condition, FactValue, ProductFacts } from '../knowledge/product-facts.ts';

/**
 * Three-valued: a condition on a fact the product does not state is `unknown`, not false, so that the
 * validator can ask for the fact instead of passing the product by silence. `all` is false as soon as one part
 * is false, `any` true as soon as one part is true; otherwise an unknown part makes the whole unknown.
 */
export type Truth = 'true' | 'false' | 'unknown';

export type ConditionResult = { truth: Truth; unknownFacts: string[] };

export function evaluateCondition(condition: Condition, facts: ProductFacts): ConditionResult {
  if ('all' in condition)
    return combine(
      condition.all.map((part) => evaluateCondition(part, facts)),
      'all',
    );
  if ('any' in condition)
    return combine(
      condition.any.map((part) => evaluateCondition(part, facts)),
      'any',
    );
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return { truth: negate(inner.truth), unknownFacts: inner.unknownFacts };
  }
  const actual = facts[condition.fact];
  if (condition.op === 'present') return { truth: actual === undefined ? 'false' : 'true', unknownFacts: [] };
  if (actual === undefined) return { truth: 'unknown', unknownFacts: [condition.fact] };
  return { truth: compare(actual, condition.op, condition.value) ? 'true' : 'false', unknownFacts: [] };
}

function combine(results: ConditionResult[], mode: 'all' | 'any'): ConditionResult {
  const decisive = mode === 'all' ? 'false' : 'true';
  if (results.some((r) => r.truth === decisive)) return { truth: decisive, unknownFacts: [] };
  const unknown = results.filter((r) => r.truth === 'unknown');
  if (unknown.length > 0)
    return { truth: 'unknown', unknownFacts: [...new Set(unknown.flatMap((r) => r.unknownFacts))] };
  return { truth: mode === 'all' ? 'true' : 'false', unknownFacts: [] };
}

function negate(truth: Truth): Truth {
  return truth === 'unknown' ? 'unknown' : truth === 'true' ? 'false' : 'true';
}

type Operator = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>['op'];

function compare(actual: FactValue, op: Operator, expected: FactValue | undefined): boolean {
  const list = (value: FactValue | undefined): string[] =>
    Array.isArray(value)
      ? value.map((v) => String(v).toLowerCase())
      : value === undefined
        ? []
        : [String(value).toLowerCase()];
  switch (op) {
    case 'eq':
      return normalise(actual) === normalise(expected);
    case 'ne':
      return normalise(actual) !== normalise(expected);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof actual !== 'number' || typeof expected !== 'number') return false;
      if (op === 'gt') return actual > expected;
      if (op === 'gte') return actual >= expected;
      if (op === 'lt') return actual < expected;
      return actual <= expected;
    }
    case 'in':
      // The product's value (or one of its values) is among the listed ones.
      return list(actual).some((value) => list(expected).includes(value));
    case 'includes':
      // The product's list contains the given value (or every given value).
      return list(expected).every((value) => list(actual).includes(value));
    default:
      return false;
  }
}

function normalise(value: FactValue | undefined): string {
  if (Array.isArray(value))
    return value
      .map((v) => String(v).toLowerCase())
      .sort()
      .join('|');
  return String(value).toLowerCase();
}
