import type { Qualifier } from '../../domain/enums';
import type { ActorRecord } from './actors';
import { attribute, type Frame } from './attribution';
import type { Context } from './context';
import { countryOfDemonym, findCountry, type Country } from './gazetteer';
import { isThingVerb, metricAt } from './metrics';
import type { Sentence } from './nlp';
import { findNumbers, type NumberMention } from './numbers';
import type { QuoteSpan } from './quotes';
import { countedPhrase, subjectText, type CountedPhrase } from './subjects';
import { clauseBreakAfter } from './tokens';
import { AUXILIARIES, MODALS } from './vocabulary';

/**
 * Figures: a number that counts people or equipment, with its metric (from the counted phrase, the verb
 * group after it, the verb before it, or a "death toll … stands at N" construction), its subject, its
 * claimant and date. A number with no metric is not a figure. A statement repeated in one article
 * ("almost 6,000" and then "Almost 6000" in the quotation) is one figure.
 */
export interface FigureDraft {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: string;
  subject: string;
  nation: Country | null;
  asOf: string | null;
  claimant: ActorRecord | null;
  via: ActorRecord | null;
  quoteStart: number;
  quoteEnd: number;
  s: number;
  /** Token of the number. */
  at: number;
  frame: Frame | null;
}

interface Reading {
  n: NumberMention;
  phrase: CountedPhrase;
  metric: string | undefined;
  /** Token that gave the metric. */
  metricAt: number;
  /** Verb before the number ("lost 5,840 troops"): shared by the items of a list. */
  verbBefore: number;
  nation: Country | null;
  /** What the figure turned out to count, for a following bare number ("and 1,597 were wounded"). */
  resolvedPhrase?: CountedPhrase;
  resolvedNation?: Country | null;
}

const TOLL_NOUNS = new Set(['toll', 'number', 'figure', 'tally', 'count', 'total']);
const CONTINUATION_VERBS = new Set([
  'be',
  'is',
  'was',
  'stands',
  'stood',
  'stand',
  'reach',
  'reached',
  'reaches',
  'rose',
  'risen',
  'rise',
  'rises',
  'climbed',
  'climb',
  'jumped',
  'increased',
  'hit',
  'now',
  'at',
  'to',
  'high',
  'as',
]);

export function findFigures(
  ctx: Context,
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
): FigureDraft[] {
  const drafts: FigureDraft[] = [];
  const theatre = theatreCountry(ctx);
  const belligerents = new Set(
    ctx.e.actors
      .all()
      .filter((r) => r.kind === 'MILITARY' && r.country)
      .map((r) => r.country!.name),
  );
  for (const sentence of ctx.a.sentences) {
    const numbers = findNumbers(ctx.a, sentence);
    const readings: Reading[] = [];
    for (let k = 0; k < numbers.length; k++) {
      const reading = read(ctx, sentence, numbers[k]!, readings[k - 1]);
      readings.push(reading);
    }
    for (const reading of readings) {
      for (const draft of toDrafts(ctx, sentence, reading, readings, frames, quotes, theatre, belligerents))
        drafts.push(draft);
    }
  }
  resolveCarryOvers(drafts, frames);
  return dedupe(drafts);
}

function read(ctx: Context, sentence: Sentence, n: NumberMention, previous: Reading | undefined): Reading {
  const { a } = ctx;
  const phrase = countedPhrase(a, n.to, sentence.to);
  const reading: Reading = {
    n,
    phrase,
    metric: phrase.metric,
    metricAt: phrase.to - 1,
    verbBefore: -1,
    nation: phrase.nation,
  };
  // a list continues the verb before its first item: "lost 5,840 troops, 30 planes, 31 helicopters"
  const listed = previous && inList(ctx, previous, n);
  const verbIndex = listed ? previous.verbBefore : verbBeforeNumber(ctx, sentence, n);
  reading.verbBefore = verbIndex;
  if (!reading.metric) {
    const after = predicateAfter(ctx, sentence, phrase.to, phrase);
    if (after) {
      reading.metric = after.metric;
      reading.metricAt = after.at;
    }
  }
  if (!reading.metric && verbIndex >= 0) {
    const m = metricAt(a, verbIndex, phrase.headClass === 'none' ? 'people' : phrase.headClass, phrase.head);
    if (m) {
      reading.metric = m;
      reading.metricAt = verbIndex;
    }
  }
  if (!reading.metric) {
    const toll = tollBefore(ctx, sentence, n);
    if (toll) {
      reading.metric = toll.metric;
      reading.metricAt = toll.at;
      if (!phrase.head && toll.phrase) Object.assign(reading.phrase, toll.phrase);
    }
  }
  // "347 people have died, including 142 children": a part of the count before
  const lead = ctx.a.tokens[n.qualifierFrom - 1]?.low;
  if (!reading.metric && previous?.metric && (lead === 'including' || lead === 'among')) {
    reading.metric = previous.metric;
    reading.metricAt = n.from;
  }
  if (!reading.metric && previous?.metric && !phrase.head && continues(ctx, n, previous)) {
    reading.metric = previous.metric;
    reading.metricAt = n.from;
  }
  if (listed && !reading.nation) reading.nation = previous.nation;
  return reading;
}

/** Two numbers joined only by the first one's phrase and ", " / "and". */
function inList(ctx: Context, previous: Reading, n: NumberMention): boolean {
  if (previous.verbBefore < 0) return false;
  for (let j = Math.max(previous.phrase.to, previous.n.to); j < n.qualifierFrom; j++) {
    if (!['and', 'or'].includes(ctx.a.tokens[j]!.low)) return false;
  }
  return true;
}

/** The verb right before a number (and its qualifier): "has killed more than", "lost", "killing". */
function verbBeforeNumber(ctx: Context, sentence: Sentence, n: NumberMention): number {
  const { a } = ctx;
  for (let j = n.qualifierFrom - 1; j >= Math.max(sentence.from, n.qualifierFrom - 3); j--) {
    const t = a.tokens[j]!;
    if (clauseBreakAfter(t)) return -1;
    if (t.tags.has('Verb') || isThingVerb(t.low) || metricAt(a, j, 'people', undefined)) return j;
    if (!['of', 'the', 'a', 'an', 'some', 'another', 'also', 'down'].includes(t.low)) return -1;
  }
  return -1;
}

/** "have been killed", "were among the dead", "had died", "have fled the country", "injured". */
function predicateAfter(
  ctx: Context,
  sentence: Sentence,
  from: number,
  phrase: CountedPhrase,
): { metric: string; at: number } | null {
  const { a } = ctx;
  let j = from + phrase.tail.length;
  for (; j < Math.min(sentence.to, from + phrase.tail.length + 7); j++) {
    const t = a.tokens[j]!;
    // "2,870 Ukrainian troops and 'nationalists' were killed": step over the coordinated noun
    if ((t.low === 'and' || t.low === 'or') && phrase.head && j === from) {
      let k = j + 1;
      while (
        k < sentence.to &&
        k - j <= 3 &&
        a.tokens[k]!.tags.has('Noun') &&
        !a.tokens[k]!.tags.has('Value')
      )
        k++;
      if (k > j + 1) {
        j = k - 1;
        continue;
      }
    }
    const noun = phrase.headClass === 'none' ? 'people' : phrase.headClass;
    const metric = metricAt(a, j, noun, phrase.head);
    if (metric) return { metric, at: j };
    if (AUXILIARIES.has(t.low) || t.tags.has('Adverb') || t.low === 'far' || t.low === 'reportedly') continue;
    if (j > from && clauseBreakAfter(a.tokens[j - 1]!)) return null;
    return null;
  }
  return null;
}

/** "the death toll rose to N", "the number of its soldiers that have died … stands at N". */
function tollBefore(
  ctx: Context,
  sentence: Sentence,
  n: NumberMention,
): { metric: string; at: number; phrase: Partial<CountedPhrase> | null } | null {
  const { a } = ctx;
  let toll = -1;
  for (let j = n.qualifierFrom - 1; j >= Math.max(sentence.from, n.qualifierFrom - 16); j--) {
    const t = a.tokens[j]!;
    if (TOLL_NOUNS.has(t.low)) {
      toll = j;
      break;
    }
    if (/[;:]/.test(t.post)) break;
  }
  if (toll < 0) return null;
  const before = a.tokens[toll - 1];
  const modifier = before ? metricModifier(before.low) : undefined;
  if (modifier) return { metric: modifier, at: toll - 1, phrase: null };
  let phrase: Partial<CountedPhrase> | null = null;
  if (a.tokens[toll + 1]?.low === 'of') phrase = countedPhrase(a, toll + 1, n.qualifierFrom);
  for (let j = toll + 1; j < n.qualifierFrom; j++) {
    const metric = metricAt(a, j, (phrase?.headClass as never) ?? 'people', phrase?.head);
    if (metric) return { metric, at: j, phrase };
  }
  return null;
}

function metricModifier(word: string): string | undefined {
  if (word === 'death' || word === 'casualty') return word === 'death' ? 'killed' : 'casualties';
  if (word === 'refugee') return 'refugees';
  if (word === 'injury') return 'wounded';
  return undefined;
}

/** "…498 Russian deaths on March 2 but now it appears to be as high as 9,861": the same count, updated. */
function continues(ctx: Context, n: NumberMention, previous: Reading): boolean {
  const before = ctx.a.tokens[n.qualifierFrom - 1];
  if (before && CONTINUATION_VERBS.has(before.low)) return true;
  return (
    before?.low === 'further' ||
    before?.low === 'another' ||
    (before?.low === 'a' && ctx.a.tokens[n.qualifierFrom]?.low === 'further') ||
    previous.n.to === n.qualifierFrom - 1
  );
}

function toDrafts(
  ctx: Context,
  sentence: Sentence,
  reading: Reading,
  readings: readonly Reading[],
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
  theatre: Country | null,
  belligerents: ReadonlySet<string>,
): FigureDraft[] {
  const { a } = ctx;
  const { n, phrase } = reading;
  const population = populationOf(ctx, sentence, n, phrase);
  if (!reading.metric && !population) return [];
  const index = readings.indexOf(reading);
  const previous = index > 0 ? readings[index - 1] : undefined;
  let nation = reading.nation ?? populationNation(ctx, n) ?? null;
  if (!nation && phrase.possessive) nation = possessor(ctx, sentence, phrase.possessiveAt);
  if (!nation && reading.verbBefore >= 0 && /^(lost|lose|losing)$/.test(a.tokens[reading.verbBefore]!.low))
    nation = possessor(ctx, sentence, reading.verbBefore);
  let subjectPhrase = phrase;
  if (!phrase.head && previous?.resolvedPhrase && (previous.resolvedPhrase.head || previous.resolvedNation)) {
    subjectPhrase = previous.resolvedPhrase;
    nation ??= previous.resolvedNation ?? null;
  }
  reading.resolvedPhrase = subjectPhrase;
  reading.resolvedNation = nation;
  if (!nation && ['civilians', 'civilian'].includes(subjectPhrase.head ?? ''))
    nation = locationNation(ctx, sentence) ?? theatre;
  const attributed = attribute(ctx, frames, quotes, n.from);
  const city = cityContext(ctx, sentence);
  const base = {
    low: n.low,
    high: n.high,
    claimant: attributed.claimant,
    via: attributed.via,
    s: sentence.index,
    at: n.from,
    frame: attributed.frame,
  };
  const quote = clauseQuote(ctx, sentence, reading);
  const asOf = figureDate(ctx, sentence, reading, attributed.frame);
  const drafts: FigureDraft[] = [];
  const options = {
    belligerent: (c: Country) => belligerents.has(c.name),
    theatre,
    city,
    claimantNation: attributed.claimant?.country ?? attributed.claimant?.affiliation?.country ?? null,
  };
  if (population) {
    drafts.push({
      ...base,
      value: n.value,
      qualifier: n.qualifier,
      metric: 'population',
      subject: population.people,
      nation: population,
      asOf,
      quoteStart: quote.start,
      quoteEnd: quote.end,
    });
    const fraction = fractionBefore(ctx, n);
    const metric = reading.metric ?? clauseMetric(ctx, sentence);
    if (fraction && metric) {
      drafts.push({
        ...base,
        value: Math.round(n.value * fraction.share),
        low: null,
        high: null,
        qualifier: 'ABOUT',
        metric,
        subject: population.people,
        nation: population,
        asOf,
        quoteStart: quote.start,
        quoteEnd: quote.end,
      });
    }
    return drafts;
  }
  const metric = reading.metric!;
  const subject = subjectText(subjectPhrase, nation, metric, options);
  drafts.push({
    ...base,
    value: n.value,
    qualifier: n.qualifier,
    metric,
    subject,
    nation,
    asOf,
    quoteStart: quote.start,
    quoteEnd: quote.end,
  });
  return drafts;
}

/**
 * "its"/"their" and the loser of "X lost N": the nearest entity before `i` in the sentence that has a
 * nation — a country, an institution or army of one, or "the enemy" of the speaker.
 */
export function possessor(ctx: Context, sentence: Sentence, i: number): Country | null {
  const { a } = ctx;
  for (let j = i - 1; j >= sentence.from; j--) {
    const t = a.tokens[j]!;
    if (t.low === 'enemy' || t.low === 'invaders') return enemyOf(ctx, sentence, j);
    const place = ctx.e.placeAt[j];
    if (place && place.place.kind === 'COUNTRY') return findCountry(place.place.name) ?? null;
    const mention = ctx.mentionsEndingAt(j).find((m) => m.actor.country);
    if (mention) return mention.actor.country;
    if (t.cap) {
      const nation = countryOfDemonym(t.base);
      if (nation && ctx.mentionsWithin(j, j + 3).length) return nation;
    }
  }
  return null;
}

/** The other side: the most mentioned country that is not the speaker's. */
function enemyOf(ctx: Context, sentence: Sentence, at: number): Country | null {
  let speakerCountry: Country | null = null;
  for (let j = at; j >= sentence.from && !speakerCountry; j--) {
    for (const m of ctx.mentionsEndingAt(j)) if (m.actor.country) speakerCountry = m.actor.country;
  }
  if (!speakerCountry) return null;
  const counts = new Map<string, number>();
  for (const p of ctx.e.placeMentions) {
    const name = p.place.kind === 'COUNTRY' ? p.place.name : null;
    if (name && name !== speakerCountry.name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  return top ? (findCountry(top[0]) ?? null) : null;
}

/** The country most places of the article are in: where the war or disaster is. */
function theatreCountry(ctx: Context): Country | null {
  const counts = new Map<string, number>();
  for (const p of ctx.e.placeMentions) {
    const name = p.place.kind === 'COUNTRY' ? p.place.name : p.place.country;
    if (name) counts.set(name, (counts.get(name) ?? 0) + (p.place.kind === 'COUNTRY' ? 1 : 2));
  }
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  return top ? (findCountry(top[0]) ?? null) : null;
}

/** A country named as the place of the sentence ("in Gaza"). */
function locationNation(ctx: Context, sentence: Sentence): Country | null {
  for (const p of ctx.e.placeMentions) {
    if (p.s !== sentence.index) continue;
    if (ctx.a.tokens[p.from - 1]?.low !== 'in') continue;
    const name = p.place.kind === 'COUNTRY' ? p.place.name : p.place.country;
    if (name) return findCountry(name) ?? null;
  }
  return null;
}

/** A city the sentence (or "the city" in the one before) is about, for "people in <city>". */
function cityContext(ctx: Context, sentence: Sentence): string | null {
  const inSentence = ctx.e.placeMentions.find(
    (p) => p.s === sentence.index && (p.place.kind === 'CITY' || p.place.kind === 'TOWN'),
  );
  if (inSentence) return inSentence.place.name;
  const previous = ctx.a.sentences[sentence.index - 1];
  if (!previous) return null;
  for (let j = previous.from; j + 1 < previous.to; j++) {
    if (ctx.a.tokens[j]!.low === 'the' && /^(city|town)$/.test(ctx.a.tokens[j + 1]!.low)) {
      const earlier = [...ctx.e.placeMentions]
        .reverse()
        .find((p) => p.from < j && (p.place.kind === 'CITY' || p.place.kind === 'TOWN'));
      return earlier?.place.name ?? null;
    }
  }
  const inPrevious = ctx.e.placeMentions.find(
    (p) => p.s === previous.index && (p.place.kind === 'CITY' || p.place.kind === 'TOWN'),
  );
  return inPrevious?.place.name ?? null;
}

/** "Ukraine's 44 million people": the population of a country. */
function populationOf(
  ctx: Context,
  _sentence: Sentence,
  n: NumberMention,
  phrase: CountedPhrase,
): Country | null {
  if (n.value < 10_000) return null;
  if (
    phrase.head !== 'people' &&
    phrase.head !== 'population' &&
    phrase.head !== 'inhabitants' &&
    phrase.head !== 'residents'
  )
    return null;
  return populationNation(ctx, n);
}

function populationNation(ctx: Context, n: NumberMention): Country | null {
  const before = ctx.a.tokens[n.qualifierFrom - 1];
  if (!before || !before.possessive) return null;
  const place = ctx.e.placeAt[before.i];
  if (!place || place.place.kind !== 'COUNTRY') return null;
  return findCountry(place.place.name) ?? null;
}

const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
  'two-thirds': 2 / 3,
  'three-quarters': 0.75,
};

/** "a quarter of Ukraine's 44 million people". */
function fractionBefore(ctx: Context, n: NumberMention): { share: number } | null {
  const { a } = ctx;
  let j = n.qualifierFrom - 1; // the possessive country
  if (a.tokens[j - 1]?.low !== 'of') return null;
  j -= 2;
  const word = a.tokens[j];
  if (!word) return null;
  const joined = `${a.tokens[j - 1]?.low ?? ''}-${word.low}`;
  const share = FRACTIONS[word.low] ?? FRACTIONS[joined];
  if (share !== undefined) return { share };
  if (a.tokens[j + 1]?.low === 'percent' || /%/.test(word.post)) {
    const pct = parseFloat(word.text);
    if (Number.isFinite(pct)) return { share: pct / 100 };
  }
  return null;
}

/** A metric said anywhere in the clause ("forced … from their homes"). */
function clauseMetric(ctx: Context, sentence: Sentence): string | undefined {
  for (let j = sentence.from; j < sentence.to; j++) {
    const m = metricAt(ctx.a, j, 'people', undefined);
    if (m) return m;
  }
  return undefined;
}

/**
 * The quote: the clause around the number, widened to take in the verb that gave the metric. Clause
 * edges are commas, semicolons and colons, and "while/but/whereas".
 */
function clauseQuote(ctx: Context, sentence: Sentence, reading: Reading): { start: number; end: number } {
  const { a } = ctx;
  const low = Math.min(
    reading.n.qualifierFrom,
    reading.verbBefore >= 0 ? reading.verbBefore : Infinity,
    reading.metricAt,
  );
  const high = Math.max(
    reading.n.to - 1,
    reading.phrase.to - 1 + reading.phrase.tail.length,
    reading.metricAt,
  );
  let from = low;
  while (
    from > sentence.from &&
    !clauseBreakAfter(a.tokens[from - 1]!) &&
    !['while', 'whereas', 'but'].includes(a.tokens[from]!.low)
  )
    from--;
  if (['while', 'whereas', 'but', 'and'].includes(a.tokens[from]!.low) && from < low) from++;
  let to = high;
  while (
    to + 1 < sentence.to &&
    !clauseBreakAfter(a.tokens[to]!) &&
    !['while', 'whereas', 'but'].includes(a.tokens[to + 1]!.low)
  )
    to++;
  const first = a.tokens[from]!;
  const last = a.tokens[to]!;
  return { start: first.start, end: last.end };
}

/**
 * asOf: "as of <date>"; else a date in the figure's own clause; else the date of the statement; else
 * the publication date. A projection ("could reach") or an earlier statement ("had previously spoken
 * of") has none.
 */
function figureDate(ctx: Context, sentence: Sentence, reading: Reading, frame: Frame | null): string | null {
  const dates = ctx.dates[sentence.index] ?? [];
  const asOf = dates.find((d) => d.asOf);
  if (asOf) return asOf.date;
  const { a } = ctx;
  for (
    let j = Math.max(sentence.from, reading.n.qualifierFrom - 6);
    j < Math.min(sentence.to, reading.metricAt + 3);
    j++
  ) {
    if (MODALS.has(a.tokens[j]!.low)) return null;
  }
  if (frame && /^predict/.test(a.tokens[frame.verb]!.low)) return null;
  if (frame?.previously) return null;
  const quote = clauseQuote(ctx, sentence, reading);
  const inClause = dates.find(
    (d) =>
      !d.background &&
      a.tokens[d.from]!.start >= quote.start &&
      a.tokens[d.to - 1]!.end <= quote.end &&
      (!frame || d.from > frame.verb),
  );
  if (inClause) return inClause.date;
  if (frame && frame.s === sentence.index && frame.date) return frame.date;
  if (frame && frame.s !== sentence.index) return frame.date ?? ctx.publishedAt;
  return ctx.publishedAt;
}

/**
 * Attribution that crosses sentences: "it has also been said" continues the previous claimant, and
 * "The figures were published by X citing Y" names the source of the sentence before.
 */
function resolveCarryOvers(drafts: FigureDraft[], frames: readonly Frame[][]): void {
  for (const d of drafts) {
    if (d.claimant) continue;
    if (d.frame?.passive) {
      const earlier = [...drafts].reverse().find((x) => x.s < d.s && x.s >= d.s - 2 && x.claimant);
      if (earlier) d.claimant = earlier.claimant;
      continue;
    }
    const retro = (frames[d.s + 1] ?? []).find((f) => f.retro && (f.cited || f.speaker));
    if (retro) {
      d.claimant = retro.cited ?? retro.speaker;
      d.via = retro.cited && retro.speaker?.kind === 'MEDIA' ? retro.speaker : d.via;
      if (retro.date) d.asOf = retro.date;
      d.frame = retro;
    }
  }
  // an outlet that relayed a source for a subject earlier relays the same source later
  for (const d of drafts) {
    if (!d.claimant || d.claimant.kind !== 'MEDIA' || d.via) continue;
    const relayed = drafts.find(
      (x) =>
        x !== d &&
        x.via === d.claimant &&
        x.frame?.cited &&
        x.claimant &&
        x.claimant.kind !== 'MEDIA' &&
        x.subject === d.subject,
    );
    if (relayed) {
      d.via = d.claimant;
      d.claimant = relayed.claimant;
      if (relayed.asOf && d.frame?.date == null) d.asOf = relayed.asOf;
    }
  }
}

/** One statement, one figure: the same value, metric and subject from one source (or one nation's). */
function dedupe(drafts: FigureDraft[]): FigureDraft[] {
  const kept: FigureDraft[] = [];
  for (const d of drafts) {
    const same = kept.find(
      (k) =>
        k.value === d.value &&
        k.metric === d.metric &&
        k.subject === d.subject &&
        (k.claimant === d.claimant ||
          !k.claimant ||
          !d.claimant ||
          (k.claimant.country !== null && k.claimant.country === d.claimant.country)),
    );
    if (!same) {
      kept.push(d);
      continue;
    }
    same.claimant ??= d.claimant;
    same.via ??= d.via !== same.claimant ? d.via : null;
    if (same.qualifier === 'EXACT' && d.qualifier !== 'EXACT') same.qualifier = d.qualifier;
  }
  return kept;
}
