import { BUSINESS_TERMS } from '../data/business-terms.ts';
import { LEGAL_FORMS, type LegalForm } from '../data/legal-forms.ts';
import { tokenize } from './tokenize.ts';

/** A table of phrases (token sequences) found by longest match. */
class PhraseTable<T> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: T }[]>();

  add(tokens: string[], value: T) {
    const first = tokens[0];
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((entry) => entry.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at `start`, if any. */
  matchAt(tokens: string[], start: number): { length: number; value: T } | undefined {
    const candidates = this.byFirst.get(tokens[start] ?? '');
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      if (candidate.tokens.every((token, i) => tokens[start + i] === token)) {
        return { length: candidate.tokens.length, value: candidate.value };
      }
    }
    return undefined;
  }

  /** The longest phrase ending at the last token, if any. */
  matchAtEnd(tokens: string[]): { length: number; value: T } | undefined {
    let best: { length: number; value: T } | undefined;
    for (let start = Math.max(0, tokens.length - 6); start < tokens.length; start++) {
      const match = this.matchAt(tokens, start);
      if (match && start + match.length === tokens.length && (!best || match.length > best.length))
        best = match;
    }
    return best;
  }
}

/** Abbreviations written with dots or spaces ("s.r.o.", "s r o") are also written together ("sro"). */
function variantsOf(text: string): string[][] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const joined = tokens.length > 1 && tokens.every((token) => token.length <= 3) ? [[tokens.join('')]] : [];
  return [tokens, ...joined];
}

const legalForms = new PhraseTable<LegalForm>();
for (const form of LEGAL_FORMS)
  for (const variant of form.variants) for (const tokens of variantsOf(variant)) legalForms.add(tokens, form);

const businessTerms = new PhraseTable<string>();
for (const term of BUSINESS_TERMS) {
  for (const variant of term.variants)
    for (const tokens of variantsOf(variant)) businessTerms.add(tokens, term.id);
}

export const TERM_PREFIX = '#';

export interface LegalFormMatch {
  form: LegalForm;
  words: string;
}

/**
 * Removes legal forms written before or after the name ("OOO Romashka", "Romashka GmbH", "PT Maju Jaya Tbk",
 * "บริษัท ... จำกัด"), up to three, always leaving at least one word.
 */
export function stripLegalForms(tokens: string[]): { tokens: string[]; forms: LegalFormMatch[] } {
  let rest = tokens;
  const forms: LegalFormMatch[] = [];
  for (let round = 0; round < 3; round++) {
    const atEnd = legalForms.matchAtEnd(rest);
    if (atEnd && atEnd.length < rest.length) {
      forms.push({ form: atEnd.value, words: rest.slice(rest.length - atEnd.length).join(' ') });
      rest = rest.slice(0, rest.length - atEnd.length);
      continue;
    }
    const atStart = legalForms.matchAt(rest, 0);
    if (atStart && atStart.length < rest.length) {
      forms.push({ form: atStart.value, words: rest.slice(0, atStart.length).join(' ') });
      rest = rest.slice(atStart.length);
      continue;
    }
    break;
  }
  return { tokens: rest, forms };
}

/** Replaces words that name a line of business, in any language, by one shared token ("#trading"). */
export function markBusinessTerms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = businessTerms.matchAt(tokens, i);
    if (match) {
      out.push(`${TERM_PREFIX}${match.value}`);
      i += match.length;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}
