import type { Qualifier } from '../../domain/enums';
import { parseNumberWords, type Analysis, type Sentence, type Token } from './nlp';
import { qualifierBefore } from './qualifiers';
import { MONTHS, MONTH_ABBREVIATIONS } from './vocabulary';

/**
 * Numbers that may count people or things: digits ("9,861", "6000", "2.5 million") and number words
 * ("one million", "Ten"), with ranges ("between 10,000 and 15,000", "10,000-15,000") and the qualifier
 * before them. Years, dates, times, ages, ordinals, percentages, money and measures are left out.
 */
export interface NumberMention {
  /** Token range of the number itself (a range spans both ends). */
  from: number;
  to: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** First token of the qualifier phrase, or `from`. */
  qualifierFrom: number;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  millions: 1_000_000,
  billion: 1_000_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  k: 1_000,
};

const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  million billion dozen`
    .trim()
    .split(/\s+/),
);

/** Words after a number that make it a measure, a time span, money or an age, not a count. */
const UNIT_WORDS = new Set(
  `year years yr yrs month months week weeks day days hour hours minute minutes second seconds km
  kilometres kilometers kilometre kilometer mile miles metre metres meter meters percent per % degrees
  dollars euros pounds hryvnias hryvnia rubles roubles tonnes tons kg kilograms mm cm litres liters gallons
  am pm a.m. p.m. times o'clock gw mw kw acres hectares square sq magnitude-year year-old years-old
  feet foot inches rounds round th st nd rd`
    .trim()
    .split(/\s+/),
);

/** Words before a number that make it a label: "Day 7", "No. 10", "Article 5", "aged 19". */
const LABEL_WORDS = new Set(
  `day no number page article resolution route highway flight section chapter level category magnitude
  aged age ages room platform gate unit phase stage paragraph clause season episode part vol volume
  grade apartment building block covid-19 covid m23 g7 g20 su-25 f-16`
    .trim()
    .split(/\s+/),
);

function isMonth(t: Token | undefined): boolean {
  if (!t) return false;
  return MONTHS.includes(t.base) || (t.cap && MONTH_ABBREVIATIONS[t.base.replace(/\.$/, '')] !== undefined);
}

function digitsValue(text: string): number {
  const clean = text.replace(/,/g, '');
  const match = /^(\d+(?:\.\d+)?)(k|m|mn|bn)?$/i.exec(clean);
  if (!match) return NaN;
  const base = parseFloat(match[1]!);
  const suffix = match[2]?.toLowerCase();
  return suffix ? base * MULTIPLIERS[suffix]! : base;
}

function isNumberToken(t: Token): boolean {
  if (/^\d[\d,]*(\.\d+)?(k|m|mn|bn)?$/i.test(t.text)) return true;
  if (t.tags.has('Ordinal') || t.tags.has('Percent') || t.tags.has('Money') || t.tags.has('Fraction'))
    return false;
  return NUMBER_WORDS.has(t.low);
}

function isYear(t: Token): boolean {
  return /^(1[5-9]\d\d|20\d\d)$/.test(t.text);
}

export function findNumbers(a: Analysis, sentence: Sentence): NumberMention[] {
  const found: NumberMention[] = [];
  const { from: lo, to: hi } = sentence;
  for (let i = lo; i < hi; i++) {
    const t = a.tokens[i]!;
    const range = /^(\d[\d,]*)[-–](\d[\d,]*)$/.exec(t.text);
    if (!range && !isNumberToken(t)) continue;
    // group "one million", "44 million", "two hundred thousand"
    let end = i + 1;
    while (
      end < hi &&
      !/[,;:.]/.test(a.tokens[end - 1]!.post) &&
      (MULTIPLIERS[a.tokens[end]!.low] !== undefined ||
        (NUMBER_WORDS.has(a.tokens[end]!.low) && !/^\d/.test(t.text)))
    )
      end++;
    const mention = range ? rangeToken(a, i, range) : valueOf(a, i, end);
    if (mention && !isLabel(a, mention.from, mention.to, lo, hi)) {
      found.push(withRange(a, mention, lo, hi));
      i = Math.max(end, mention.to) - 1;
    } else {
      i = end - 1;
    }
  }
  // "between A and B" / "from A to B" / "A to B": fold the second number into the first.
  const merged: NumberMention[] = [];
  for (const n of found) {
    const previous = merged[merged.length - 1];
    if (previous && previous.high === -1) {
      previous.high = n.value;
      previous.to = n.to;
      continue;
    }
    merged.push(n);
  }
  for (const n of merged) {
    if (n.high === -1) {
      n.low = null;
      n.high = null;
    }
  }
  return merged;
}

function valueOf(a: Analysis, from: number, to: number): NumberMention | null {
  const first = a.tokens[from]!;
  if (/^\d/.test(first.text)) {
    let value = digitsValue(first.text);
    for (let k = from + 1; k < to; k++) value *= MULTIPLIERS[a.tokens[k]!.low] ?? 1;
    if (!Number.isFinite(value)) return null;
    // "7.8" alone is a measure, not a count
    if (!Number.isInteger(value)) return null;
    if (to === from + 1 && isYear(first) && !first.text.includes(',')) return null;
    return { from, to, value, low: null, high: null, qualifier: 'EXACT', qualifierFrom: from };
  }
  if (
    first.low === 'one' &&
    to === from + 1 &&
    ['of', 'another', 'side', 'way', 'day', 'thing', 'sort', 'hand'].includes(a.tokens[from + 1]?.low ?? '')
  )
    return null;
  const phrase = a.tokens
    .slice(from, to)
    .map((t) => t.low)
    .join(' ');
  const value = phrase === 'dozen' ? 12 : parseNumberWords(phrase);
  if (!Number.isFinite(value) || value <= 0) return null;
  return { from, to, value, low: null, high: null, qualifier: 'EXACT', qualifierFrom: from };
}

function rangeToken(a: Analysis, i: number, match: RegExpExecArray): NumberMention | null {
  const low = digitsValue(match[1]!);
  const high = digitsValue(match[2]!);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return null;
  if (isYear(a.tokens[i]!) && high < 2100) return null;
  return { from: i, to: i + 1, value: low, low, high, qualifier: 'EXACT', qualifierFrom: i };
}

function isLabel(a: Analysis, from: number, to: number, lo: number, hi: number): boolean {
  const before = from > lo ? a.tokens[from - 1] : undefined;
  const after = to < hi ? a.tokens[to] : undefined;
  const last = a.tokens[to - 1]!;
  if (before && LABEL_WORDS.has(before.low.replace(/\.$/, ''))) return true;
  if (isMonth(before) || (isMonth(after) && /^\d{1,2}$/.test(a.tokens[from]!.text))) return true;
  if (after && UNIT_WORDS.has(after.low)) return true;
  if (
    /^-?(year|month|week|day|hour|km|mile|metre|meter|magnitude|storey|story)/.test(
      last.post.replace(/^-/, '') + (after?.low ?? ''),
    ) &&
    last.post === '-'
  )
    return true;
  if (/%|\$|€|£/.test(last.post + a.tokens[from]!.pre)) return true;
  if (a.tokens[from]!.tags.has('Time') || /:\d/.test(last.post)) return true;
  return false;
}

/** Qualifier before the number; "between" / "from" before it and "and" / "to" after it make a range. */
function withRange(a: Analysis, n: NumberMention, lo: number, hi: number): NumberMention {
  const q = qualifierBefore(a, n.from, lo);
  n.qualifier = q.qualifier;
  n.qualifierFrom = q.from;
  const before = a.tokens[n.from - 1];
  const joiner = a.tokens[n.to];
  const second = a.tokens[n.to + 1];
  const opens = before && ['between', 'from'].includes(before.low);
  const closes =
    joiner && ['and', 'to', '-'].includes(joiner.low) && second && isNumberToken(second) && n.to + 1 < hi;
  if (opens && closes && n.high === null) {
    n.low = n.value;
    n.high = -1; // filled by the next number
    n.qualifierFrom = n.from - 1;
  } else if (!opens && joiner?.low === 'to' && closes && n.high === null) {
    n.low = n.value;
    n.high = -1;
  }
  return n;
}
