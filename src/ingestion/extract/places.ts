import type { PlaceKind } from '../../domain/enums';
import { lookupPlace, MAX_PHRASE_WORDS, startsPhrase, type PlaceEntry } from './gazetteer';
import { slugify } from './keys';
import type { Analysis } from './nlp';
import { NAME_CONNECTORS, phraseKey, punctAfter, spanText } from './tokens';

/**
 * Place mentions: gazetteer look-ups (longest phrase first) plus the patterns that introduce a place the
 * gazetteer does not know ("Bucha, a suburb in Kyiv", "the town of X"). "<Place> region/oblast" is a
 * region of its own, as the text names it.
 */
export interface PlaceRecord {
  key: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  aliases: Set<string>;
}

export interface PlaceMention {
  place: PlaceRecord;
  from: number;
  to: number;
  s: number;
}

const REGION_SUFFIXES = new Set([
  'region',
  'oblast',
  'province',
  'governorate',
  'district',
  'prefecture',
  'krai',
  'county',
]);
const KIND_NOUNS: Readonly<Record<string, PlaceKind>> = {
  city: 'CITY',
  capital: 'CITY',
  town: 'TOWN',
  village: 'TOWN',
  suburb: 'TOWN',
  settlement: 'TOWN',
  port: 'CITY',
  district: 'DISTRICT',
  neighbourhood: 'DISTRICT',
  neighborhood: 'DISTRICT',
  region: 'REGION',
  province: 'REGION',
  oblast: 'REGION',
  camp: 'FACILITY',
  hospital: 'FACILITY',
};

export class PlaceTable {
  private readonly byKey = new Map<string, PlaceRecord>();

  add(name: string, kind: PlaceKind, country: string | null, surface: string): PlaceRecord {
    const key = slugify(name);
    let record = this.byKey.get(key);
    if (!record) {
      record = { key, name, kind, country, aliases: new Set() };
      this.byKey.set(key, record);
    }
    if (surface !== name) record.aliases.add(surface);
    return record;
  }

  all(): PlaceRecord[] {
    return [...this.byKey.values()];
  }
}

export interface GazetteerMatch {
  entry: PlaceEntry;
  to: number;
}

/** Longest gazetteer place starting at token i, within [i, limit). Capitalised words only. */
export function matchPlace(a: Analysis, i: number, limit: number): GazetteerMatch | null {
  const first = a.tokens[i];
  if (!first || !first.cap || !startsPhrase(first.base.replace(/[.-].*$/, ''))) return null;
  const maxTo = Math.min(limit, i + MAX_PHRASE_WORDS);
  let best: GazetteerMatch | null = null;
  for (let to = i + 1; to <= maxTo; to++) {
    const last = a.tokens[to - 1]!;
    if (to - 1 > i && !last.cap && !NAME_CONNECTORS.has(last.low)) break;
    if (last.cap || to === i + 1) {
      const entry = lookupPlace(phraseKey(a, i, to));
      if (entry) best = { entry, to };
    }
    if (last.possessive || punctAfter(last)) break;
  }
  return best;
}

/** "Kherson region", "Donetsk Oblast": a known place followed by a region word. */
export function regionSuffix(a: Analysis, to: number, limit: number): number {
  const next = a.tokens[to];
  const previous = a.tokens[to - 1];
  if (!next || to >= limit || !previous || previous.possessive || punctAfter(previous)) return to;
  return REGION_SUFFIXES.has(next.base) ? to + 1 : to;
}

/**
 * Places the gazetteer does not know, introduced by the text itself: "the town of Bucha",
 * "Bucha, a suburb in Kyiv". Returns the new mention's kind and range, or null.
 */
export function introducedPlace(
  a: Analysis,
  i: number,
  limit: number,
): { from: number; to: number; kind: PlaceKind } | null {
  const t = a.tokens[i];
  if (!t || !t.cap) return null;
  let to = i + 1;
  while (to < limit && to - i < 4 && a.tokens[to]!.cap && !punctAfter(a.tokens[to - 1]!)) to++;
  const before1 = a.tokens[i - 1];
  const before2 = a.tokens[i - 2];
  // "the city of X", "the town of X"
  if (before1?.low === 'of' && before2 && KIND_NOUNS[before2.low] && before2.s === t.s) {
    return { from: i, to, kind: KIND_NOUNS[before2.low]! };
  }
  // "X, a suburb in Y" / "X, a town near Y"
  const last = a.tokens[to - 1]!;
  const n1 = a.tokens[to];
  const n2 = a.tokens[to + 1];
  const n3 = a.tokens[to + 2];
  if (last.post.trim().startsWith(',') && n1 && ['a', 'an', 'the'].includes(n1.low) && n2) {
    const noun = KIND_NOUNS[n2.low] ? n2 : n3 && KIND_NOUNS[n3.low] ? n3 : null;
    if (noun && noun.s === t.s) return { from: i, to, kind: KIND_NOUNS[noun.low]! };
  }
  return null;
}

export function placeName(a: Analysis, from: number, to: number): string {
  return spanText(a, from, to).replace(/['’]s$/, '');
}
