import type { Analysis, Sentence, Token } from './nlp';

/** Small shared helpers over the token array; the rule files read tokens only through these. */

export function tokenAt(a: Analysis, i: number): Token | undefined {
  return a.tokens[i];
}

export function sentenceOf(a: Analysis, i: number): Sentence {
  const token = a.tokens[i];
  return a.sentences[token ? token.s : 0]!;
}

/** Text from the first to the last token of [from, to), exactly as written. */
export function spanText(a: Analysis, from: number, to: number): string {
  const first = a.tokens[from];
  const last = a.tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return a.text.slice(first.start, last.end);
}

/** Lookup form of [from, to): folded lower-case words, the last one without a possessive. */
export function phraseKey(a: Analysis, from: number, to: number): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i]!;
    words.push(i === to - 1 ? t.base : t.low);
  }
  return words
    .join(' ')
    .replace(/[.,"()]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when punctuation other than a hyphen or an abbreviation's full stop separates i from i+1. */
export function punctAfter(t: Token): boolean {
  return /[,;:()[\]"“”—–!?]|\.\s|'\s|’\s/.test(t.post);
}

/** A comma, semicolon, colon, dash or bracket after the token: a clause-ish break. */
export function clauseBreakAfter(t: Token): boolean {
  return /[,;:()[\]—–]|\s-\s/.test(t.post);
}

export function hasTag(t: Token | undefined, tag: string): boolean {
  return t !== undefined && t.tags.has(tag);
}

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && words.includes(t.low);
}

/** Words that a run of capitalised tokens may contain without being capitalised. */
export const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'al',
  'el',
  'de',
  'du',
  'da',
  'la',
  'le',
  'ez',
  'es',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'on',
  'and',
  'i',
]);
