import type { KnowledgeBase } from './knowledge-base.ts';
import { findCategory } from './taxonomy.ts';

/**
 * The knowledge base's integrity, as a list of problems (empty when sound): every referenced certification,
 * market and category exists; ids are unique; versions of one rule do not overlap in time and grow with time;
 * de minimis periods of a market do not overlap. Run by the tests and by `tradeguard regulations check`.
 */
export function findIntegrityProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const marketCodes = new Set<string>();
  for (const market of kb.markets) {
    if (marketCodes.has(market.code)) problems.push(`market ${market.code} is defined twice`);
    marketCodes.add(market.code);
    problems.push(
      ...overlaps(
        `market ${market.code} de minimis`,
        market.deMinimis.map((p) => [p.effectiveFrom, p.effectiveTo]),
      ),
    );
  }

  const certificationIds = new Set<string>();
  for (const certification of kb.certifications) {
    if (certificationIds.has(certification.id))
      problems.push(`certification ${certification.id} is defined twice`);
    certificationIds.add(certification.id);
    for (const code of certification.jurisdictions) {
      if (!marketCodes.has(code)) problems.push(`certification ${certification.id}: unknown market ${code}`);
    }
  }

  const versionsById = new Map<string, { version: number; from: string; to: string | undefined }[]>();
  for (const rule of kb.rules) {
    const where = `rule ${rule.id} v${rule.version}`;
    if (!marketCodes.has(rule.jurisdiction)) problems.push(`${where}: unknown market ${rule.jurisdiction}`);
    for (const id of rule.certifications) {
      if (!certificationIds.has(id)) problems.push(`${where}: unknown certification ${id}`);
    }
    for (const id of rule.scope.categories) {
      if (!findCategory(id)) problems.push(`${where}: unknown category ${id}`);
    }
    const versions = versionsById.get(rule.id) ?? [];
    versions.push({ version: rule.version, from: rule.effectiveFrom, to: rule.effectiveTo });
    versionsById.set(rule.id, versions);
  }
  for (const [id, versions] of versionsById) {
    const numbers = new Set(versions.map((v) => v.version));
    if (numbers.size !== versions.length) problems.push(`rule ${id}: a version number is used twice`);
    const byTime = [...versions].sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < byTime.length; i += 1) {
      const before = byTime[i - 1];
      const after = byTime[i];
      if (before && after && after.version < before.version) {
        problems.push(`rule ${id}: version ${after.version} takes effect after version ${before.version}`);
      }
    }
    problems.push(
      ...overlaps(
        `rule ${id}`,
        versions.map((v) => [v.from, v.to]),
      ),
    );
  }
  return problems;
}

/** Periods [from, to] (inclusive days, `to` open when absent) that overlap, as problems. */
function overlaps(what: string, periods: readonly (readonly [string, string | undefined])[]): string[] {
  const sorted = [...periods].sort((a, b) => a[0].localeCompare(b[0]));
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const next = sorted[i];
    if (previous && next && (previous[1] === undefined || previous[1] >= next[0])) {
      problems.push(`${what}: the periods from ${previous[0]} and from ${next[0]} overlap`);
    }
  }
  return problems;
}
