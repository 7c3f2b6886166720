import { daysBetween } from './dates';
import type { Qualifier } from './enums';

/**
 * The contradiction rule. Two figures contradict when
 *  1. they count the same quantity: same metric and same normalised subject key;
 *  2. they come from different claimants: each has at least one named claimant and no claimant is
 *     shared (one source revising its own tally is an update, not a contradiction);
 *  3. their time overlaps: both dates within TIME_WINDOW_DAYS of each other, or either undated
 *     (an undated figure cannot be ruled out of the same period);
 *  4. their ranges cannot both be true: the intervals implied by value and qualifier are disjoint.
 *
 * Intervals: EXACT v = [v, v]; ABOUT v = [0.9v, 1.1v]; NEARLY v = [0.9v, v]; AT_LEAST / MORE_THAN v =
 * [v, ∞); UP_TO / LESS_THAN v = [0, v]; an explicit range = [low, high]. Bounds are treated as closed,
 * so borderline pairs ("more than 2,000" vs "2,000") are not flagged.
 */
export const TIME_WINDOW_DAYS = 3;
const ABOUT_TOLERANCE = 0.1;

export interface ComparableFigure {
  id: string;
  metric: string;
  subjectKey: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  asOf: string | null;
  claimantIds: readonly string[];
}

export function interval(
  f: Pick<ComparableFigure, 'value' | 'low' | 'high' | 'qualifier'>,
): [number, number] {
  if (f.low !== null && f.high !== null) return [f.low, f.high];
  const v = f.value;
  switch (f.qualifier) {
    case 'EXACT':
      return [v, v];
    case 'ABOUT':
      return [v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)];
    case 'NEARLY':
      return [v * (1 - ABOUT_TOLERANCE), v];
    case 'AT_LEAST':
    case 'MORE_THAN':
      return [v, Number.POSITIVE_INFINITY];
    case 'UP_TO':
    case 'LESS_THAN':
      return [0, v];
  }
}

export function contradicts(a: ComparableFigure, b: ComparableFigure): boolean {
  if (a.id === b.id || a.metric !== b.metric || a.subjectKey !== b.subjectKey) return false;
  if (a.claimantIds.length === 0 || b.claimantIds.length === 0) return false;
  if (a.claimantIds.some((c) => b.claimantIds.includes(c))) return false;
  if (a.asOf !== null && b.asOf !== null && Math.abs(daysBetween(a.asOf, b.asOf)) > TIME_WINDOW_DAYS)
    return false;
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  return aHigh < bLow || bHigh < aLow;
}

/** All contradicting pairs among figures of one quantity, each pair once (ids ordered). */
export function contradictionPairs(figures: readonly ComparableFigure[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (contradicts(a, b)) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
    }
  }
  return pairs;
}
