import type { Analysis } from './nlp';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './vocabulary';

/**
 * Date expressions in a sentence, resolved against the publication date: "on Wednesday", "last
 * Thursday", "yesterday", "as of March 2", "Feb. 28, 2022", "2022-03-02". A relative date without a
 * publication date stays null. "a day after" / "two days before" shift the date of what follows.
 */
export interface DateExpr {
  from: number;
  to: number;
  /** ISO date, or null when it cannot be known. */
  date: string | null;
  /** "as of March 2": the date a figure is counted to. */
  asOf: boolean;
  /** Preceded by "since", "started", "began"…: the date of something else (the war's start). */
  background: boolean;
}

export interface DateShift {
  /** Token right after the shift phrase. */
  at: number;
  /** Days to add to the surrounding date for what follows ("a day after he said" -> -1). */
  days: number;
}

const DAY_MS = 86_400_000;

export function parseIso(iso: string | null): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string | null, days: number): string | null {
  const date = parseIso(iso);
  return date ? toIso(new Date(date.getTime() + days * DAY_MS)) : null;
}

/** The latest given weekday on or before (or strictly before, for "last X") the publication date. */
export function resolveWeekday(
  publishedAt: string | null,
  weekday: number,
  strictlyBefore: boolean,
): string | null {
  const published = parseIso(publishedAt);
  if (!published) return null;
  let back = (published.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return toIso(new Date(published.getTime() - back * DAY_MS));
}

/** Month and day with the year given or taken from the publication (the year before if it would be later). */
export function resolveMonthDay(
  publishedAt: string | null,
  month: number,
  day: number,
  year: number | null,
): string | null {
  if (day < 1 || day > 31) return null;
  const published = parseIso(publishedAt);
  let y = year;
  if (y === null) {
    if (!published) return null;
    y = published.getUTCFullYear();
    const candidate = Date.UTC(y, month, day);
    if (candidate > published.getTime() + 7 * DAY_MS) y -= 1;
  }
  const date = new Date(Date.UTC(y, month, day));
  if (date.getUTCMonth() !== month) return null;
  return toIso(date);
}

const BACKGROUND_WORDS = new Set([
  'since',
  'started',
  'start',
  'began',
  'begun',
  'beginning',
  'launched',
  'after',
  'before',
  'until',
  'from',
  'ordered',
  'invaded',
  'invasion',
  'began,',
  'starting',
]);

function monthOf(word: string): number {
  const full = MONTHS.indexOf(word);
  if (full >= 0) return full;
  const short = MONTH_ABBREVIATIONS[word.replace(/\.$/, '')];
  return short === undefined ? -1 : short;
}

const DATE_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...Object.keys(MONTH_ABBREVIATIONS),
  'yesterday',
  'today',
  'last',
]);

export function findDates(a: Analysis, from: number, to: number, publishedAt: string | null): DateExpr[] {
  const found: DateExpr[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i]!;
    if (!DATE_WORDS.has(t.base.replace(/\.$/, '')) && !/^\d/.test(t.text)) continue;
    let expr: { from: number; to: number; date: string | null } | null = null;
    const weekday = WEEKDAYS.indexOf(t.base);
    if (weekday >= 0) {
      const prev = a.tokens[i - 1];
      const last = prev?.low === 'last' || prev?.low === 'past';
      const start =
        prev && ['on', 'last', 'this', 'earlier', 'early', 'late', 'past'].includes(prev.low) && i - 1 >= from
          ? i - 1
          : i;
      let end = i + 1;
      if (['morning', 'evening', 'night', 'afternoon'].includes(a.tokens[end]?.low ?? '')) end++;
      expr = { from: start, to: end, date: resolveWeekday(publishedAt, weekday, last) };
    } else if (t.low === 'yesterday') {
      expr = { from: i, to: i + 1, date: addDays(publishedAt, -1) };
    } else if (t.low === 'today') {
      expr = { from: i, to: i + 1, date: publishedAt };
    } else if (t.low === 'last' && a.tokens[i + 1]?.low === 'night') {
      expr = { from: i, to: i + 2, date: addDays(publishedAt, -1) };
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(t.text)) {
      expr = { from: i, to: i + 1, date: parseIso(t.text) ? t.text : null };
    } else if (monthOf(t.base) >= 0 && t.cap) {
      expr = monthDay(a, i, to, publishedAt);
    } else if (
      /^\d{1,2}$/.test(t.text) &&
      monthOf(a.tokens[i + 1]?.base ?? '') >= 0 &&
      a.tokens[i + 1]?.cap
    ) {
      // "2 March 2022"
      const month = monthOf(a.tokens[i + 1]!.base);
      const yearTok = a.tokens[i + 2];
      const year = yearTok && /^(19|20)\d\d$/.test(yearTok.text) ? Number(yearTok.text) : null;
      expr = {
        from: i,
        to: i + (year ? 3 : 2),
        date: resolveMonthDay(publishedAt, month, Number(t.text), year),
      };
    }
    if (!expr) continue;
    let start = expr.from;
    const asOf = a.tokens[start - 1]?.low === 'of' && a.tokens[start - 2]?.low === 'as';
    if (asOf) start -= 2;
    let background = false;
    for (let k = Math.max(from, start - 3); k < start; k++)
      if (BACKGROUND_WORDS.has(a.tokens[k]!.low)) background = true;
    found.push({ from: start, to: expr.to, date: expr.date, asOf, background });
    i = expr.to - 1;
  }
  return found;
}

function monthDay(
  a: Analysis,
  i: number,
  to: number,
  publishedAt: string | null,
): { from: number; to: number; date: string | null } | null {
  const month = monthOf(a.tokens[i]!.base);
  const dayTok = a.tokens[i + 1];
  if (!dayTok || i + 1 >= to || !/^\d{1,2}(st|nd|rd|th)?$/.test(dayTok.text)) return null;
  // "May" is also a modal verb: require a day number after it (checked above)
  const day = parseInt(dayTok.text, 10);
  const yearTok = a.tokens[i + 2];
  const year = yearTok && i + 2 < to && /^(19|20)\d\d$/.test(yearTok.text) ? Number(yearTok.text) : null;
  return { from: i, to: i + (year ? 3 : 2), date: resolveMonthDay(publishedAt, month, day, year) };
}

const SHIFT_UNITS: Readonly<Record<string, number>> = { day: 1, days: 1, week: 7, weeks: 7 };
const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/** "(just) a day after", "two days before": what follows happened that much before/after. */
export function findShifts(a: Analysis, from: number, to: number): DateShift[] {
  const shifts: DateShift[] = [];
  for (let i = from; i + 2 < to; i++) {
    if (a.tokens[i + 2]!.low !== 'after' && a.tokens[i + 2]!.low !== 'before') continue;
    const n =
      SMALL_NUMBERS[a.tokens[i]!.low] ??
      (/^\d$/.test(a.tokens[i]!.text) ? Number(a.tokens[i]!.text) : undefined);
    const unit = SHIFT_UNITS[a.tokens[i + 1]!.low];
    const dir = a.tokens[i + 2]!.low;
    if (n === undefined || unit === undefined || (dir !== 'after' && dir !== 'before')) continue;
    shifts.push({ at: i + 3, days: (dir === 'after' ? -1 : 1) * n * unit });
  }
  return shifts;
}
