import type { Qualifier } from '../../domain/enums';
import type { Analysis } from './nlp';
import { MODALS } from './vocabulary';

/**
 * The qualifier words right before a number: "almost"/"nearly" -> NEARLY, "around"/"about"/"some" ->
 * ABOUT, "more than"/"over" -> MORE_THAN, "at least" -> AT_LEAST, "up to"/"as many as" -> UP_TO,
 * "less than"/"fewer than" -> LESS_THAN. "as high as" is UP_TO for a projection ("could reach as high
 * as") and EXACT where it only stresses a stated number.
 */
const PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['in excess of', 'MORE_THAN'],
  ['more than', 'MORE_THAN'],
  ['upwards of', 'MORE_THAN'],
  ['over', 'MORE_THAN'],
  ['above', 'MORE_THAN'],
  ['no fewer than', 'AT_LEAST'],
  ['no less than', 'AT_LEAST'],
  ['not less than', 'AT_LEAST'],
  ['a minimum of', 'AT_LEAST'],
  ['at least', 'AT_LEAST'],
  ['just short of', 'NEARLY'],
  ['just under', 'NEARLY'],
  ['close to', 'NEARLY'],
  ['almost', 'NEARLY'],
  ['nearly', 'NEARLY'],
  ['approaching', 'NEARLY'],
  ['an estimated', 'ABOUT'],
  ['approximately', 'ABOUT'],
  ['roughly', 'ABOUT'],
  ['around', 'ABOUT'],
  ['about', 'ABOUT'],
  ['some', 'ABOUT'],
  ['estimated', 'ABOUT'],
  ['circa', 'ABOUT'],
  ['a maximum of', 'UP_TO'],
  ['as many as', 'UP_TO'],
  ['up to', 'UP_TO'],
  ['fewer than', 'LESS_THAN'],
  ['less than', 'LESS_THAN'],
  ['under', 'LESS_THAN'],
  ['below', 'LESS_THAN'],
];

export interface QualifierMatch {
  qualifier: Qualifier;
  /** First token of the qualifier phrase (the number's own index when EXACT). */
  from: number;
}

/** One edit away from "more" before "than": keeps "ore than 2,000" (a typo in print) a MORE_THAN. */
function nearMore(word: string): boolean {
  return /^[a-z]{3,5}$/.test(word) && editDistance(word, 'more') <= 1;
}

function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[y.length]!;
}

export function qualifierBefore(a: Analysis, i: number, lowerBound: number): QualifierMatch {
  for (const [phrase, qualifier] of PHRASES) {
    const words = phrase.split(' ');
    const start = i - words.length;
    if (start < lowerBound) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (a.tokens[start + k]!.low !== words[k]) ok = false;
    // no punctuation between the qualifier and the number
    for (let k = start; k < i && ok; k++) if (/[,;:.]/.test(a.tokens[k]!.post)) ok = false;
    if (ok) return { qualifier, from: start };
  }
  const than = a.tokens[i - 1];
  const more = a.tokens[i - 2];
  if (than?.low === 'than' && more && i - 2 >= lowerBound && nearMore(more.low))
    return { qualifier: 'MORE_THAN', from: i - 2 };
  const as1 = a.tokens[i - 3];
  if (
    as1 &&
    i - 3 >= lowerBound &&
    as1.low === 'as' &&
    a.tokens[i - 2]!.low === 'high' &&
    a.tokens[i - 1]!.low === 'as'
  ) {
    let projected = false;
    for (let k = Math.max(lowerBound, i - 7); k < i - 3; k++)
      if (MODALS.has(a.tokens[k]!.low)) projected = true;
    return { qualifier: projected ? 'UP_TO' : 'EXACT', from: i - 3 };
  }
  return { qualifier: 'EXACT', from: i };
}
