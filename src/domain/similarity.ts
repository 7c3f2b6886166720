import { distance } from 'fastest-levenshtein';
import type { ActorKind } from './enums';
import { nameTokens } from './text';

/**
 * When two actors are probably, but not certainly, the same: the rule behind SIMILAR_TO. Exact
 * fingerprints already merge (resolution.ts); what is left is evidence too weak to merge on, so it is
 * recorded as a scored link and never acted on. Three kinds of evidence, strongest last:
 * - `surname`: one name is a single token equal to the other's last token ("Konashenkov" /
 *   "Igor Konashenkov") — persons only, and weak, since many people share a surname;
 * - `initials`: same last token, the other tokens abbreviated ("I. Konashenkov");
 * - `edit-distance`: same number of tokens, each differing token a near spelling of its counterpart
 *   (Klitschko / Klychko), the whole name close by normalised Levenshtein distance.
 */
export type SimilarityReason = 'surname' | 'initials' | 'edit-distance';
export const SIMILARITY_REASONS: readonly SimilarityReason[] = ['surname', 'initials', 'edit-distance'];

export interface Similarity {
  score: number;
  reason: SimilarityReason;
}

export const SIMILARITY_RULE = {
  surnameScore: 0.6,
  initialsScore: 0.75,
  /** Whole-name similarity (1 - distance / longer length) an edit-distance match needs. */
  minNameRatio: 0.8,
  /** Each differing token must be at least this close: "russian" / "ukrainian" (0.56) is not. */
  minTokenRatio: 0.7,
  /** Tokens shorter than this must match exactly: edit distance says nothing about "UN" / "EU". */
  minTokenLength: 4,
} as const;

const ratio = (a: string, b: string): number => 1 - distance(a, b) / Math.max(a.length, b.length, 1);
const hasDigit = (t: string): boolean => /\d/.test(t);

/** Kinds that may name the same entity: equal kinds, or one side unclassified. A person is never an outlet. */
export function kindsCompatible(a: ActorKind, b: ActorKind): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

function surname(a: string[], b: string[]): Similarity | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const only = short[0]!;
  return short.length === 1 &&
    long.length >= 2 &&
    only.length >= SIMILARITY_RULE.minTokenLength &&
    only === long[long.length - 1]
    ? { score: SIMILARITY_RULE.surnameScore, reason: 'surname' }
    : null;
}

function initials(a: string[], b: string[]): Similarity | null {
  if (a.length !== b.length || a.length < 2) return null;
  const last = a.length - 1;
  if (a[last] !== b[last] || a[last]!.length < SIMILARITY_RULE.minTokenLength) return null;
  let abbreviated = 0;
  for (let i = 0; i < last; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const [initial, full] = x.length <= y.length ? [x, y] : [y, x];
    if (initial.length !== 1 || !full.startsWith(initial)) return null;
    abbreviated++;
  }
  return abbreviated > 0 ? { score: SIMILARITY_RULE.initialsScore, reason: 'initials' } : null;
}

function editDistance(a: string[], b: string[]): Similarity | null {
  if (a.length !== b.length) return null;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    differing++;
    const tooShort = Math.min(x.length, y.length) < SIMILARITY_RULE.minTokenLength;
    if (tooShort || hasDigit(x) || hasDigit(y) || ratio(x, y) < SIMILARITY_RULE.minTokenRatio) return null;
  }
  const score = ratio(a.join(' '), b.join(' '));
  return differing > 0 && score >= SIMILARITY_RULE.minNameRatio && score < 1
    ? { score, reason: 'edit-distance' }
    : null;
}

const better = (x: Similarity | null, y: Similarity | null): Similarity | null =>
  x === null ? y : y === null ? x : y.score > x.score ? y : x;

/** Similarity of two names; null when they are unrelated or spelled alike (then resolution merged them). */
export function nameSimilarity(a: string, b: string, persons: boolean): Similarity | null {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return null;
  const sorted = (t: string[]) => [...t].sort();
  if (sorted(ta).join(' ') === sorted(tb).join(' ')) return null;
  // Word order varies between reports ("Klitschko Vitali"), so tokens are also aligned sorted.
  let best = better(editDistance(ta, tb), editDistance(sorted(ta), sorted(tb)));
  if (persons) best = better(best, better(surname(ta, tb), initials(ta, tb)));
  return best;
}

export interface SimilarCandidate {
  id: string;
  kind: ActorKind;
  names: string[];
}

export interface SimilarMatch extends Similarity {
  id: string;
  /** The name of the mentioned actor that matched, so its provenance can quote it. */
  name: string;
}

/** The most similar candidate (ties: the smaller id), or null when none is similar enough. */
export function bestSimilar(
  actor: { kind: ActorKind; names: string[] },
  candidates: readonly SimilarCandidate[],
): SimilarMatch | null {
  let best: SimilarMatch | null = null;
  for (const c of [...candidates].sort((x, y) => x.id.localeCompare(y.id))) {
    if (!kindsCompatible(actor.kind, c.kind)) continue;
    const persons = actor.kind === 'PERSON' && c.kind === 'PERSON';
    for (const name of actor.names)
      for (const other of c.names) {
        const s = nameSimilarity(name, other, persons);
        if (s && (best === null || s.score > best.score)) best = { ...s, id: c.id, name };
      }
  }
  return best;
}
