import type { ActorKind, PlaceKind } from '../../../domain/enums';
import { lookupKey } from '../keys';
import { CITY_DATA, FEATURE_DATA, REGION_DATA } from './cities';
import { COUNTRY_DATA } from './countries';
import { ORGANIZATION_DATA } from './organizations';

/**
 * Lookup tables built once from the data files: phrase (lookupKey form) -> entry. Scanners try the
 * longest phrase first, up to MAX_PHRASE_WORDS words.
 */
export interface Country {
  name: string;
  /** The adjective: "Russian". */
  demonym: string;
  /** The people: "Russians". */
  people: string;
  capital: string;
}

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  /** Country name, null for a country itself or a feature with no single country. */
  country: string | null;
}

export interface OrgEntry {
  name: string;
  kind: ActorKind;
  aliases: string[];
  country: string | null;
}

export const MAX_PHRASE_WORDS = 7;

const countriesByKey = new Map<string, Country>();
const demonyms = new Map<string, Country>();
const peoples = new Map<string, Country>();
const places = new Map<string, PlaceEntry>();
const capitals = new Map<string, Country>();
const orgs = new Map<string, OrgEntry>();
/** Aliases that are all capitals (UN, WHO, AP) only match the same capitals in the text. */
const caseSensitiveOrgs = new Map<string, OrgEntry>();

/** First words of every place and organisation phrase: a scanner skips a word that starts none. */
const firstWords = new Set<string>();
/** Every word-prefix of an organisation phrase: a scanner stops extending once it leaves them. */
const orgPrefixes = new Set<string>();

function addOrgPrefixes(key: string): void {
  const words = key.split(' ');
  for (let n = 1; n <= words.length; n++) orgPrefixes.add(words.slice(0, n).join(' '));
}

function addPlace(phrase: string, entry: PlaceEntry): void {
  const key = lookupKey(phrase);
  firstWords.add(key.split(' ')[0]!);
  const existing = places.get(key);
  // A country or region name wins over a same-named city only when it is listed first; keep the first.
  if (!existing) places.set(key, entry);
}

function splitList(value: string | undefined, separator: string): string[] {
  return (value ?? '')
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function loadCountries(): void {
  for (const line of COUNTRY_DATA.split('\n')) {
    if (!line.includes('|')) continue;
    const [name = '', adjectives, capital = '', aliases, people] = line.split('|');
    const adjList = splitList(adjectives, ',');
    const demonym = adjList[0] ?? name;
    const country: Country = { name, demonym, people: people?.trim() || `${demonym}s`, capital };
    for (const n of [name, ...splitList(aliases, ',')]) {
      countriesByKey.set(lookupKey(n), country);
      addPlace(n, { name, kind: 'COUNTRY', country: null });
    }
    for (const adj of adjList) if (!demonyms.has(lookupKey(adj))) demonyms.set(lookupKey(adj), country);
    peoples.set(lookupKey(country.people), country);
    for (const adj of adjList)
      if (!peoples.has(lookupKey(`${adj}s`))) peoples.set(lookupKey(`${adj}s`), country);
    for (const cap of capital.split(',')) {
      if (!cap.trim()) continue;
      capitals.set(lookupKey(cap), country);
    }
  }
  // Capitals as cities, after all countries so "Luxembourg" or "Singapore" stay countries.
  for (const line of COUNTRY_DATA.split('\n')) {
    if (!line.includes('|')) continue;
    const [name = '', , capital = ''] = line.split('|');
    for (const cap of capital.split(',')) {
      if (!cap.trim()) continue;
      addPlace(cap.trim(), { name: cap.trim(), kind: 'CITY', country: name });
    }
  }
}

function loadListed(data: string, kind: PlaceKind): void {
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const countryName = line.slice(0, colon).trim();
    const country = countriesByKey.get(lookupKey(countryName));
    for (const item of splitList(line.slice(colon + 1), ',')) {
      const [name = '', aliasPart] = item.split('=');
      const entry: PlaceEntry = { name: name.trim(), kind, country: country?.name ?? countryName };
      addPlace(entry.name, entry);
      for (const alias of splitList(aliasPart, '/')) addPlace(alias, entry);
    }
  }
}

function loadFeatures(): void {
  for (const item of splitList(FEATURE_DATA, ',')) {
    const [name = '', alias] = item.split('=');
    const entry: PlaceEntry = { name: name.trim(), kind: 'OTHER', country: null };
    addPlace(entry.name, entry);
    if (alias) addPlace(alias.trim(), entry);
  }
}

function loadOrganizations(): void {
  for (const line of ORGANIZATION_DATA.split('\n')) {
    if (!line.includes('|')) continue;
    const [name = '', kind = 'OTHER', aliases, country] = line.split('|');
    const entry: OrgEntry = {
      name,
      kind: kind as ActorKind,
      aliases: splitList(aliases, ','),
      country: country?.trim() || null,
    };
    for (const n of [name, ...entry.aliases]) {
      const isAcronym = /^[A-Z0-9.\-/]+$/.test(n) && n.length <= 6;
      if (isAcronym) caseSensitiveOrgs.set(n.replace(/\./g, ''), entry);
      else orgs.set(lookupKey(n), entry);
      if (!isAcronym && /^the /i.test(n)) orgs.set(lookupKey(n.slice(4)), entry);
      firstWords.add(lookupKey(n).split(' ')[0]!);
      addOrgPrefixes(lookupKey(n));
      if (/^the /i.test(n)) {
        firstWords.add(lookupKey(n.slice(4)).split(' ')[0]!);
        addOrgPrefixes(lookupKey(n.slice(4)));
      }
    }
  }
}

loadCountries();
loadListed(CITY_DATA, 'CITY');
loadListed(REGION_DATA, 'REGION');
loadFeatures();
loadOrganizations();

/** Whether some organisation phrase starts with these (lookupKey-form) words. */
export function startsOrganization(phrase: string): boolean {
  return orgPrefixes.has(phrase);
}

/** Whether some place or organisation phrase starts with this (lookupKey-form) word. */
export function startsPhrase(word: string): boolean {
  return firstWords.has(word);
}

/** Plain lower-case words are their own lookup key; anything else goes through lookupKey. */
function get<T>(map: Map<string, T>, phrase: string): T | undefined {
  return map.get(phrase) ?? (/^[a-z]+$/.test(phrase) ? undefined : map.get(lookupKey(phrase)));
}

export function findCountry(phrase: string): Country | undefined {
  return get(countriesByKey, phrase);
}

/** "Russian" -> Russia. */
export function countryOfDemonym(word: string): Country | undefined {
  return get(demonyms, word);
}

/** "Russians" -> Russia. */
export function countryOfPeople(word: string): Country | undefined {
  return get(peoples, word);
}

export function countryOfCapital(phrase: string): Country | undefined {
  return capitals.get(lookupKey(phrase));
}

export function lookupPlace(key: string): PlaceEntry | undefined {
  return places.get(key);
}

/** `surface` is the text as written (for acronyms), `key` its lookupKey form. */
export function lookupOrganization(key: string, surface: string): OrgEntry | undefined {
  const acronym = caseSensitiveOrgs.get(surface.replace(/\./g, ''));
  if (acronym) return acronym;
  return orgs.get(key);
}
