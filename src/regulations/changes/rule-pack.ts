import { createHash } from 'node:crypto';
import type { Rule } from '../knowledge/knowledge.model.ts';

/**
 * A shipped knowledge base, reduced to what tells one version from the next: each rule version's content hash
 * and effective date. The digest of the whole identifies the pack; two packs are compared rule version by rule
 * version (added, changed, removed), with the dates they take effect, so users are told what a new release
 * of Tradeguard changes in the law it knows.
 */
export type RulePackSnapshot = {
  digest: string;
  rules: Record<string, { version: number; hash: string; effectiveFrom: string }[]>;
};

export type RulePackChange = {
  ruleId: string;
  version: number;
  change: 'added' | 'changed' | 'removed';
  effectiveFrom: string;
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function snapshotRules(rules: readonly Rule[]): RulePackSnapshot {
  const byId: RulePackSnapshot['rules'] = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version)) {
    const hash = createHash('sha256').update(canonical(rule)).digest('hex').slice(0, 32);
    const versions = byId[rule.id] ?? [];
    versions.push({ version: rule.version, hash, effectiveFrom: rule.effectiveFrom });
    byId[rule.id] = versions;
  }
  const digest = createHash('sha256').update(canonical(byId)).digest('hex');
  return { digest, rules: byId };
}

/** What `next` adds, changes and removes compared with `previous` (every rule added when there is none). */
export function compareRulePacks(
  previous: RulePackSnapshot['rules'] | null,
  next: RulePackSnapshot['rules'],
): RulePackChange[] {
  const changes: RulePackChange[] = [];
  const key = (id: string, version: number) => `${id}@${version}`;
  const before = new Map<string, { hash: string; effectiveFrom: string }>();
  for (const [id, versions] of Object.entries(previous ?? {}))
    for (const v of versions) before.set(key(id, v.version), v);
  const after = new Set<string>();
  for (const [id, versions] of Object.entries(next)) {
    for (const v of versions) {
      after.add(key(id, v.version));
      const old = before.get(key(id, v.version));
      if (!old)
        changes.push({ ruleId: id, version: v.version, change: 'added', effectiveFrom: v.effectiveFrom });
      else if (old.hash !== v.hash)
        changes.push({ ruleId: id, version: v.version, change: 'changed', effectiveFrom: v.effectiveFrom });
    }
  }
  for (const [k, v] of before) {
    if (after.has(k)) continue;
    const [ruleId = '', version = '0'] = k.split('@');
    changes.push({ ruleId, version: Number(version), change: 'removed', effectiveFrom: v.effectiveFrom });
  }
  return changes.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.version - b.version);
}
