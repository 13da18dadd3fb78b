import type { IngredientHit } from '../evaluate/report.model.ts';
import { INCI_SYNONYMS } from './inci-synonyms.ts';
import { isValidCas, isValidEc } from './registry-numbers.ts';
import type { SubstanceEntry } from './substance-entry.model.ts';

/**
 * An ingredient as users write it — "Water (CAS 7732-18-5)", "LEAD ACETATE", "lead(II) acetate",
 * "Salicylic acid 2%" — matched against the substance lists in force by CAS number, EC number and name. Names
 * are compared without case, accents, spaces or punctuation, exactly: no fuzzy matching (glycerin is not
 * glycerol formal); other names go through the INCI synonym table. Numbers that fail their check digit are
 * ignored. Annex III rows of one reference (one substance, several product types and limits) answer as one hit
 * whose limit is the highest and whose conditions list each product type with its limit.
 */
export type IngredientIndex = {
  readonly entryCount: number;
  match(ingredient: string): IngredientHit[];
};

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\((?:ii|iii|iv|2\+|3\+)\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const CAS_PATTERN = /\b\d{2,7}-\d{2}-\d\b/g;
const EC_PATTERN = /\b\d{3}-\d{3}-\d\b/g;

/** The name part of what a user wrote: without "(CAS …)", "(EC …)", numbers in brackets and concentrations. */
function namePart(ingredient: string): string {
  return ingredient
    .replace(/\((?:[^()]*\d{2,7}-\d{2}-\d[^()]*|[^()]*\d{3}-\d{3}-\d[^()]*)\)/g, ' ')
    .replace(/\b(?:cas|ec)(?:\s*(?:no\.?|number|rn))?\s*[:#]?\s*[\d-]+/gi, ' ')
    .replace(/\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?/g, ' ')
    .trim();
}

type Group = { entries: SubstanceEntry[] };

export function buildIngredientIndex(entries: readonly SubstanceEntry[]): IngredientIndex {
  // One group per list and reference: its rows are one substance (Annex III) or one group (Annex II, 289).
  const groups = new Map<string, Group>();
  const byCas = new Map<string, Set<Group>>();
  const byEc = new Map<string, Set<Group>>();
  const byName = new Map<string, Set<Group>>();
  const add = (map: Map<string, Set<Group>>, key: string, group: Group) => {
    if (!key) return;
    const set = map.get(key) ?? new Set();
    set.add(group);
    map.set(key, set);
  };
  for (const entry of entries) {
    const key = `${entry.list}|${entry.reference}`;
    let group = groups.get(key);
    if (!group) {
      group = { entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
    for (const cas of entry.cas) add(byCas, cas, group);
    for (const ec of entry.ec) add(byEc, ec, group);
    // Names of at least four characters: "Lead" alone would match every lead compound's group.
    for (const name of entry.names) if (name.length >= 4) add(byName, nameKey(name), group);
  }

  const hitOf = (
    group: Group,
    ingredient: string,
    matchedBy: IngredientHit['matchedBy'],
    matched: SubstanceEntry,
  ): IngredientHit => {
    const first = group.entries[0] ?? matched;
    const limits = group.entries.filter((e) => e.maxPercent !== undefined);
    const maxPercent = limits.length > 0 ? Math.max(...limits.map((e) => e.maxPercent ?? 0)) : undefined;
    const conditions =
      first.list === 'eu_cosmetics_annex_iii'
        ? group.entries
            .map(
              (e) =>
                `${e.productTypes ?? 'all products'}: ${e.maxPercent !== undefined ? `max ${e.maxPercent} %` : 'no maximum'}${e.conditions ? ` (${e.conditions})` : ''}`,
            )
            .join('; ')
        : matched.conditions;
    const substance = matched.names.length > 0 ? matched.names.join(' / ') : first.reference;
    return {
      ingredient,
      list: first.list,
      reference: first.reference,
      substance,
      matchedBy,
      maxPercent,
      conditions,
    };
  };

  // The same ingredients come back with every product and market ("Aqua", "Glycerin"): answers are remembered.
  const answers = new Map<string, IngredientHit[]>();
  return {
    entryCount: entries.length,
    match(ingredient) {
      const known = answers.get(ingredient);
      if (known) return known;
      const found = matchOnce(ingredient);
      if (answers.size >= 100_000) answers.clear();
      answers.set(ingredient, found);
      return found;
    },
  };

  function matchOnce(ingredient: string): IngredientHit[] {
    const text = ingredient.slice(0, 500);
    const hits = new Map<Group, IngredientHit>();
    const take = (
      groupsFound: Set<Group> | undefined,
      by: IngredientHit['matchedBy'],
      test: (e: SubstanceEntry) => boolean,
    ) => {
      for (const group of groupsFound ?? []) {
        if (hits.has(group)) continue;
        const matched = group.entries.find(test) ?? group.entries[0];
        if (matched) hits.set(group, hitOf(group, ingredient, by, matched));
      }
    };
    const numbers = [...text.matchAll(CAS_PATTERN)].map((m) => m[0]).filter(isValidCas);
    for (const cas of numbers) take(byCas.get(cas), 'cas', (e) => e.cas.includes(cas));
    for (const ec of [...text.matchAll(EC_PATTERN)].map((m) => m[0]).filter(isValidEc))
      take(byEc.get(ec), 'ec', (e) => e.ec.includes(ec));
    const key = nameKey(namePart(text));
    if (key) {
      take(byName.get(key), 'name', (e) => e.names.some((n) => nameKey(n) === key));
      const synonym = INCI_SYNONYMS[namePart(text).toLowerCase().replace(/\s+/g, ' ')];
      if (synonym) take(byCas.get(synonym), 'name', (e) => e.cas.includes(synonym));
    }
    return [...hits.values()];
  }
}
