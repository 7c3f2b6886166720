import { countryOfDemonym, countryOfPeople, findCountry, type Country } from './gazetteer';
import { METRIC_NOUNS, metricOfWord, nounClass, type NounClass } from './metrics';
import type { Analysis } from './nlp';
import { clauseBreakAfter } from './tokens';

/**
 * The counted phrase after a number ("498 of its soldiers", "nearly 6,000 Russian soldiers", "142
 * civilian deaths", "400 fires caused by enemy fire") and the normalised subject written into the
 * bundle: "<Demonym> soldiers" for troops, personnel and servicemen of one side, "<Demonym> civilians",
 * the people of a country ("Ukrainians"), or the phrase itself for other people and things.
 */
export interface CountedPhrase {
  /** Token range of the phrase after the number ([from, from) when the number stands alone). */
  from: number;
  to: number;
  /** The head noun (lower case), if any. */
  head: string | undefined;
  headClass: NounClass;
  /** A metric carried by the phrase ("deaths", "refugees"). */
  metric: string | undefined;
  /** Nation written in the phrase ("Russian soldiers", "Ukraine's 44 million people"). */
  nation: Country | null;
  /** "of its/their": the possessor must be resolved from context. */
  possessive: boolean;
  /** Token of "its"/"their". */
  possessiveAt: number;
  /** Words of the phrase as written, quotes dropped. */
  words: string[];
  /** "fires caused by enemy fire": the post-modifier of a thing. */
  tail: string[];
}

const CIVILIAN_LIKE = new Set([
  'children',
  'child',
  'kids',
  'women',
  'men',
  'boys',
  'girls',
  'residents',
  'infants',
  'babies',
  'elderly',
  'adults',
  'minors',
  'villagers',
  'inhabitants',
  'families',
  'patients',
  'students',
  'pupils',
  'teachers',
  'worshippers',
  'farmers',
]);
const SOLDIER_WORDS = new Set([
  'soldiers',
  'soldier',
  'troops',
  'servicemen',
  'servicemembers',
  'personnel',
  'marines',
  'paratroopers',
  'conscripts',
]);
const STOP_WORDS = new Set([
  'and',
  'or',
  'but',
  'while',
  'who',
  'which',
  'that',
  'as',
  'with',
  'in',
  'on',
  'at',
  'from',
  'since',
  'during',
  'after',
  'before',
  'by',
  'to',
  'for',
  'among',
  'over',
  'than',
  'of',
]);
const AUX = new Set([
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'been',
  'be',
  'will',
  'would',
  'could',
  'may',
  'might',
]);

export function countedPhrase(a: Analysis, numberTo: number, limit: number): CountedPhrase {
  let j = numberTo;
  let possessive = false;
  const phrase: CountedPhrase = {
    from: j,
    to: j,
    head: undefined,
    headClass: 'none',
    metric: undefined,
    nation: null,
    possessive,
    possessiveAt: -1,
    words: [],
    tail: [],
  };
  if (a.tokens[numberTo - 1] && clauseBreakAfter(a.tokens[numberTo - 1]!)) return phrase;
  if (
    a.tokens[j]?.low === 'of' &&
    ['its', 'their', 'his', 'her', 'our', 'the', 'these', 'those', 'them'].includes(
      a.tokens[j + 1]?.low ?? '',
    )
  ) {
    possessive = ['its', 'their', 'his', 'her', 'our'].includes(a.tokens[j + 1]!.low);
    if (possessive) phrase.possessiveAt = j + 1;
    j += 2;
  } else if (a.tokens[j]?.low === 'other' || a.tokens[j]?.low === 'more' || a.tokens[j]?.low === 'further') {
    j += 1;
  }
  phrase.from = j;
  phrase.possessive = possessive;
  let end = j;
  while (end < limit && end - j < 6) {
    const t = a.tokens[end]!;
    if (STOP_WORDS.has(t.low) || AUX.has(t.low)) break;
    const known = nounClass(t.low) !== 'thing';
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !known && !/^(armou?red|armed|fuel)$/.test(t.low)) break;
    if (t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Adverb'))
      break;
    const metric = metricOfWord(t.low);
    if (metric && !METRIC_NOUNS.has(t.low)) break;
    end++;
    if (METRIC_NOUNS.has(t.low)) break;
    if (clauseBreakAfter(t) || /[.!?]/.test(t.post)) break;
  }
  // the head is the last noun-like word
  let headIndex = -1;
  for (let k = end - 1; k >= j; k--) {
    const t = a.tokens[k]!;
    if (
      t.tags.has('Noun') ||
      t.tags.has('Plural') ||
      nounClass(t.low) !== 'thing' ||
      countryOfPeople(t.base)
    ) {
      headIndex = k;
      break;
    }
  }
  if (headIndex < 0) return phrase;
  end = headIndex + 1;
  phrase.to = end;
  const headTok = a.tokens[headIndex]!;
  phrase.head = headTok.low;
  phrase.metric = METRIC_NOUNS.has(headTok.low) ? metricOfWord(headTok.low) : undefined;
  phrase.headClass = nounClass(headTok.low);
  if (countryOfPeople(headTok.base) && headTok.cap) phrase.headClass = 'people';
  phrase.words = a.tokens.slice(j, end).map((t) => t.text);
  for (let k = j; k < end; k++) {
    const t = a.tokens[k]!;
    const nation = t.cap
      ? (countryOfDemonym(t.base) ?? countryOfPeople(t.base) ?? findCountry(t.base))
      : undefined;
    if (nation) {
      phrase.nation = nation;
      break;
    }
  }
  if (phrase.headClass === 'thing' && !phrase.metric) phrase.tail = thingTail(a, end, limit);
  return phrase;
}

/** "fires caused "by enemy fire" (have been extinguished)": a participle phrase up to the verb group. */
function thingTail(a: Analysis, from: number, limit: number): string[] {
  const first = a.tokens[from];
  if (!first || !first.tags.has('PastTense') || AUX.has(first.low)) return [];
  const words: string[] = [];
  for (let k = from; k < Math.min(limit, from + 7); k++) {
    const t = a.tokens[k]!;
    if (AUX.has(t.low)) return words;
    words.push(t.text);
    if (clauseBreakAfter(t)) return [];
  }
  return [];
}

/** Normalised subject text for a counted phrase, its nation, the metric and the location. */
export function subjectText(
  phrase: CountedPhrase,
  nation: Country | null,
  metric: string,
  options: {
    belligerent: (c: Country) => boolean;
    theatre: Country | null;
    city: string | null;
    claimantNation: Country | null;
  },
): string {
  const head = phrase.head;
  const people = head ? countryOfPeople(head) : undefined;
  const isNationalityHead = people !== undefined && phrase.words.length === 1;
  const casualty = ['killed', 'wounded', 'missing', 'captured', 'casualties'].includes(metric);
  const headIsMetric =
    head !== undefined &&
    METRIC_NOUNS.has(head) &&
    !['refugees', 'prisoners', 'hostages', 'captives'].includes(head);
  const nationOrPeople = nation ?? (people ? people : null);

  if (!head || headIsMetric || isNationalityHead) {
    // "498 Russian deaths", "6,000 Russians", "1,597 were wounded", "142 civilian deaths"
    const civilian = phrase.words.some((w) => /^civilians?$/i.test(w));
    if (civilian) return withNation(nation ?? options.theatre, 'civilians');
    const who = nationOrPeople;
    if (who && casualty && options.belligerent(who) && who !== options.theatre)
      return `${who.demonym} soldiers`;
    if (who) return who.people;
    if (['refugees', 'displaced', 'population'].includes(metric) && options.theatre)
      return options.theatre.people;
    return options.city ? `people in ${options.city}` : 'people';
  }
  if (SOLDIER_WORDS.has(head)) return withNation(nation, 'soldiers');
  if (/^civilians?$/.test(head)) return withNation(nation ?? options.theatre, 'civilians');
  if (head === 'people' || head === 'persons') {
    if (['refugees', 'displaced', 'population'].includes(metric))
      return (nation ?? options.theatre)?.people ?? 'people';
    if (nation) return nation.people;
    return options.city ? `people in ${options.city}` : 'people';
  }
  const words = [
    ...phrase.words.filter((w) => !(countryOfDemonym(w) ?? findCountry(w.replace(/['’]s$/, '')))),
    ...phrase.tail,
  ].map((w) => w.replace(/["“”]/g, ''));
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  if (phrase.headClass === 'people') {
    if (head === 'refugees' && !nation) return options.theatre?.people ?? 'refugees';
    if (head === 'refugees') return nation!.people;
    // children, women, residents: of the country it happens in; responders, medics: of the source's side
    const civilianLike = CIVILIAN_LIKE.has(head);
    const proper = phrase.words.some((w) => /^[A-Z]{2,}$/.test(w));
    return withNation(
      nation ?? (proper ? null : civilianLike ? options.theatre : options.claimantNation),
      text,
    );
  }
  if (phrase.headClass === 'equipment') return withNation(nation, text);
  return text;
}

function withNation(nation: Country | null, noun: string): string {
  return nation ? `${nation.demonym} ${noun}` : noun;
}
