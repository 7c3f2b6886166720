import { edgeId } from './ids';
import type { Actor } from './model';
import { bestSimilar, type SimilarCandidate } from './similarity';
import type { PlannedEdge } from './write-plan';

/**
 * The SIMILAR_TO edges one report adds: each actor it mentions, compared with the candidates its
 * blocking keys found, linked to the most similar one. Never a merge: both nodes stay. The quote is
 * the actor's name as the report prints it (an exact substring of the text); an actor whose name the
 * text does not contain has no evidence to cite here and gets no link. One edge per pair whatever the
 * direction, and a pair already linked keeps its first provenance, so re-ingesting adds nothing.
 */
export interface SimilarLinkInput {
  reportId: string;
  text: string;
  date: string | null;
  /** The actors this report mentions, as they will be written. */
  actors: readonly Actor[];
  /** Candidates per mentioned actor id (never the report's own actors). */
  candidates: ReadonlyMap<string, readonly SimilarCandidate[]>;
  /** Pairs already linked, as pairKey(). */
  linked: ReadonlySet<string>;
}

export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');

/** The name as the text prints it: the exact occurrence, else a case-insensitive one sliced from the text. */
export function quotedName(text: string, names: readonly string[]): string | null {
  for (const n of names) if (n.trim().length > 0 && text.includes(n)) return n;
  const lower = text.toLowerCase();
  for (const n of names) {
    const at = n.trim().length > 0 && lower.length === text.length ? lower.indexOf(n.toLowerCase()) : -1;
    if (at >= 0) return text.slice(at, at + n.length);
  }
  return null;
}

export function planSimilarLinks(input: SimilarLinkInput): PlannedEdge[] {
  const edges = new Map<string, PlannedEdge>();
  for (const a of input.actors) {
    const names = [a.name, ...a.aliases];
    const match = bestSimilar({ kind: a.kind, names }, input.candidates.get(a.id) ?? []);
    if (!match || match.id === a.id || input.linked.has(pairKey(a.id, match.id))) continue;
    const quote = quotedName(input.text, [match.name, ...names]);
    if (quote === null) continue;
    const [x, y] = [a.id, match.id].sort() as [string, string];
    const id = edgeId('SIMILAR_TO', x, y);
    if (edges.has(id)) continue;
    edges.set(id, {
      type: 'SIMILAR_TO',
      fromLabel: 'Actor',
      toLabel: 'Actor',
      row: {
        id,
        from: a.id,
        to: match.id,
        reportId: input.reportId,
        quote,
        date: input.date,
        score: Math.min(0.999, Math.round(match.score * 1000) / 1000),
        reason: match.reason,
      },
    });
  }
  return [...edges.values()];
}
