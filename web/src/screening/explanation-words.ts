import type { TokenMatchKind } from '../api/screening.types.ts';

// The matcher writes a word that names a line of business or a legal form as one shared token: "#trading_house".
const TERM_PREFIX = '#';

export interface DisplayWord {
  text: string;
  /** A business term the matcher recognised in any language, compared as one word. */
  term: boolean;
}

export function toDisplayWord(token: string): DisplayWord {
  if (!token.startsWith(TERM_PREFIX)) return { text: token, term: false };
  return { text: token.slice(TERM_PREFIX.length).replaceAll('_', ' '), term: true };
}

/** The server's summary sentence with its business-term tokens written as words ("#trading_house" → "trading house"). */
export function toDisplaySummary(summary: string): string {
  return summary.replace(/#([\p{L}\p{N}_]+)/gu, (_, term: string) => term.replaceAll('_', ' '));
}

/** How two words agreed, in words a reviewer reads. */
export const matchKindLabels: Record<TokenMatchKind, string> = {
  exact: 'same word',
  term: 'same business term',
  fuzzy: 'spelled alike',
  phonetic: 'sound alike',
  skeleton: 'same consonants',
  initial: 'initial',
  compound: 'joined or split word',
};

export function getMatchKindLabel(kind: string): string {
  return kind in matchKindLabels ? matchKindLabels[kind as TokenMatchKind] : kind;
}

export const featureLabels: Record<string, string> = {
  birthDate: 'Date of birth',
  country: 'Country',
  identifier: 'Identifier',
  gender: 'Gender',
};

export function formatDelta(delta: number): string {
  return `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)}`;
}
