import { ActorTable, surnameForm, type ActorRecord } from './actors';
import { countryOfDemonym, findCountry, lookupPlace, type Country } from './gazetteer';
import type { Analysis } from './nlp';
import {
  matchKnownOrganization,
  matchInstitution,
  matchMilitary,
  matchMinistry,
  nationBefore,
  type PatternOrg,
} from './organizations';
import { findPeople, type PersonCandidate } from './people';
import {
  introducedPlace,
  matchPlace,
  placeName,
  PlaceTable,
  regionSuffix,
  type PlaceMention,
  type PlaceRecord,
} from './places';
import { lookupKey } from './keys';
import { spanText } from './tokens';
import { OUTLET_NOUNS } from './vocabulary';

/**
 * Finds every actor and place mention, sentence by sentence, so that an anaphoric "the ministry" or
 * "the city council" can refer back to what came before it.
 */
export interface ActorMention {
  actor: ActorRecord;
  from: number;
  to: number;
  s: number;
}

export interface Entities {
  actors: ActorTable;
  places: PlaceTable;
  actorMentions: ActorMention[];
  placeMentions: PlaceMention[];
  /** Place mention covering each token, if any. */
  placeAt: (PlaceMention | undefined)[];
}

const MILITARY_RANKS =
  /\b(general|colonel|commander|major|lieutenant|admiral|marshal|sergeant|captain|brigadier)\b/i;

export function findEntities(a: Analysis): Entities {
  const actors = new ActorTable();
  const places = new PlaceTable();
  const actorMentions: ActorMention[] = [];
  const placeMentions: PlaceMention[] = [];
  const placeAt: (PlaceMention | undefined)[] = new Array(a.tokens.length);
  const taken = new Uint8Array(a.tokens.length);

  const mark = (from: number, to: number): void => {
    for (let k = from; k < to; k++) taken[k] = 1;
  };
  const addActor = (actor: ActorRecord, from: number, to: number, s: number): ActorMention => {
    const mention = { actor, from, to, s };
    actorMentions.push(mention);
    mark(from, to);
    return mention;
  };
  const addPlace = (place: PlaceRecord, from: number, to: number, s: number): void => {
    const mention = { place, from, to, s };
    placeMentions.push(mention);
    for (let k = from; k < to; k++) placeAt[k] = mention;
    mark(from, to);
  };
  const latestActor = (test: (r: ActorRecord) => boolean): ActorRecord | undefined => {
    for (let k = actorMentions.length - 1; k >= 0; k--) {
      const r = actorMentions[k]!.actor;
      if (test(r)) return r;
    }
    return undefined;
  };
  const latestCity = (): PlaceRecord | undefined => {
    for (let k = placeMentions.length - 1; k >= 0; k--) {
      const p = placeMentions[k]!.place;
      if (p.kind === 'CITY' || p.kind === 'TOWN') return p;
    }
    return undefined;
  };

  for (const sentence of a.sentences) {
    const { from, to, index: s } = sentence;

    // A: gazetteer organisations and places, longest first.
    for (let i = from; i < to; i++) {
      if (taken[i]) continue;
      const org = matchKnownOrganization(a, i, to);
      const place = matchPlace(a, i, to);
      if (org && (!place || org.to >= place.to)) {
        const entry = org.entry;
        const country = entry.country ? (findCountry(entry.country) ?? null) : null;
        const record = actors.upsert(entry.name, entry.kind, country, spanText(a, org.from, org.to));
        acronymAfter(addActor(record, org.from, org.to, s));
        i = org.to - 1;
      } else if (place) {
        const end = regionSuffix(a, place.to, to);
        if (end > place.to && place.entry.kind !== 'COUNTRY') {
          const name = `${placeName(a, i, place.to)} ${a.tokens[end - 1]!.text}`;
          addPlace(places.add(name, 'REGION', place.entry.country, name), i, end, s);
        } else {
          const entry = place.entry;
          addPlace(
            places.add(entry.name, entry.kind, entry.country, placeName(a, i, place.to)),
            i,
            place.to,
            s,
          );
        }
        i = end - 1;
      } else {
        const introduced = introducedPlace(a, i, to);
        if (introduced) {
          const name = placeName(a, introduced.from, introduced.to);
          const country = countryNear(a, introduced.to, to);
          addPlace(places.add(name, introduced.kind, country, name), introduced.from, introduced.to, s);
          i = introduced.to - 1;
        }
      }
    }

    // B: institutions named by pattern, armed forces, outlets described by a noun.
    for (let i = from; i < to; i++) {
      const t = a.tokens[i]!;
      const military = matchMilitary(a, i, from, to);
      if (military) {
        addActor(
          actors.military(military.country, spanText(a, military.from, military.to)),
          military.from,
          military.to,
          s,
        );
        i = military.to - 1;
        continue;
      }
      if (taken[i]) continue;
      const org: PatternOrg | null = matchMinistry(a, i, from, to) ?? matchInstitution(a, i, from);
      if (org) {
        const record = resolveOrg(org);
        if (record) {
          acronymAfter(addActor(record, org.from, org.to, s));
          continue;
        }
      }
      if (OUTLET_NOUNS.has(t.base)) describeOutlet(i, from, to, s);
    }

    // C: people.
    for (const candidate of findPeople(a, from, to, (k) => taken[k] === 1)) {
      const record = personRecord(candidate);
      if (record) addActor(record, candidate.from, candidate.to, s);
    }
  }

  function resolveOrg(org: PatternOrg): ActorRecord | null {
    const surface = spanText(a, org.from, org.to);
    if (/\b(government|authorities)$/i.test(org.name) && org.country)
      return actors.government(org.country, surface);
    if (!org.anaphoric) return actors.upsert(org.name, org.kind, org.country, surface);
    const words = org.headWords;
    if (org.kind === 'MILITARY') {
      const military = latestActor((r) => r.kind === 'MILITARY');
      if (military) return military;
      const nation = contextNation(org.from);
      return nation ? actors.military(nation, surface) : null;
    }
    const earlier = latestActor((r) => {
      const name = lookupKey(`${r.name} ${r.role ?? ''}`);
      return r.kind !== 'PERSON' && words.every((w) => name.includes(w));
    });
    if (earlier) return earlier;
    // "In Syria, the health ministry said": the ministry of the country the sentence is about
    if (/Ministry$/.test(org.name) && org.name !== 'Ministry') {
      const nation = contextNation(org.from);
      if (nation) return actors.upsert(`${nation.demonym} ${org.name}`, 'GOVERNMENT', nation, surface);
    }
    if (words.includes('council') && words.includes('city')) {
      const city = latestCity();
      if (city) {
        const record = actors.upsert(
          `${city.name} City Council`,
          'GOVERNMENT',
          findCountry(city.country ?? '') ?? null,
          surface,
        );
        record.role = `city council of ${city.name}`;
        return record;
      }
    }
    return null;
  }

  /** "the Russian news agency RIA", "RIA news agency", "the pro-Putin tabloid Komsomolskaya Pravda". */
  function describeOutlet(i: number, from: number, to: number, s: number): void {
    const t = a.tokens[i]!;
    const afterNews = a.tokens[i - 1]?.low === 'news';
    // right after a known outlet: "RIA news agency"
    const before = actorMentions.find(
      (m) => m.s === s && m.actor.kind === 'MEDIA' && m.to === (afterNews ? i - 1 : i),
    );
    if (before) {
      before.actor.role ??= spanText(a, before.to, i + 1);
      actors.alias(before.actor, spanText(a, before.from, i + 1));
      before.to = i + 1;
      mark(before.from, i + 1);
      return;
    }
    // before a name: "<descriptor> <noun>[,] (The)? Name"
    let j = i + 1;
    if (a.tokens[j]?.low === 'the') j++;
    let nameTo = j;
    while (nameTo < to && a.tokens[nameTo]!.cap && nameTo - j < 4) {
      nameTo++;
      if (/[,;:.]/.test(a.tokens[nameTo - 1]!.post)) break;
    }
    let descFrom = i;
    while (
      descFrom - 1 >= from &&
      i - descFrom < 3 &&
      !/[,;:]/.test(a.tokens[descFrom - 1]!.post) &&
      !['the', 'a', 'an'].includes(a.tokens[descFrom - 1]!.low)
    )
      descFrom--;
    const role = spanText(a, descFrom, i + 1);
    const existing = actorMentions.find((m) => m.s === s && m.from > i && m.from <= j);
    if (existing) {
      if (existing.actor.kind === 'MEDIA') existing.actor.role ??= role;
      return;
    }
    if (nameTo > j && !taken[j]) {
      const name = spanText(a, j, nameTo).replace(/['’]s$/, '');
      const news = t.low !== 'agency' || afterNews;
      const nation = nationBefore(a, descFrom, from)?.country ?? null;
      const record = actors.upsert(name, news ? 'MEDIA' : 'GOVERNMENT', nation, name);
      record.role ??= role;
      addActor(record, j, nameTo, s);
    }
  }

  /** The country a sentence is about (a country named in it), else the country named most so far. */
  function contextNation(at: number): Country | null {
    const s = a.tokens[at]!.s;
    const counts = new Map<string, number>();
    let inSentence: string | null = null;
    for (const p of placeMentions) {
      const name = p.place.kind === 'COUNTRY' ? p.place.name : p.place.country;
      if (!name) continue;
      if (p.s === s) inSentence ??= name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    const name = inSentence ?? top;
    return name ? (findCountry(name) ?? null) : null;
  }

  /** "(NDMA)" after an organisation: an alias, and part of the mention. */
  function acronymAfter(mention: ActorMention): void {
    const next = a.tokens[mention.to];
    const last = a.tokens[mention.to - 1];
    if (
      !next ||
      !last ||
      !/\(\s*$/.test(last.post + next.pre) ||
      !/^[A-Z][A-Z0-9-]{1,7}$/.test(next.text) ||
      !/^\)/.test(next.post)
    )
      return;
    actors.alias(mention.actor, next.text);
    mention.to += 1;
    mark(mention.from, mention.to);
  }

  function personRecord(c: PersonCandidate): ActorRecord | null {
    const surnameTok = a.tokens[c.nameTo - 1]!;
    const surname = surnameForm(surnameTok.base);
    const nameTokens = c.nameTo - c.nameFrom;
    let record = actors
      .all()
      .find(
        (r) =>
          r.kind === 'PERSON' &&
          r.named &&
          (lookupKey(r.name) === lookupKey(c.name) || r.surnames.has(surname)),
      );
    if (record) {
      const current = record.name.split(/\s+/).length;
      if (nameTokens > current) actors.rename(record, c.name);
      else actors.alias(record, c.name);
    } else {
      if (!c.strong && lookupPlace(lookupKey(c.name))) return null;
      record = actors.upsert(c.name, 'PERSON', null, c.name);
    }
    record.surnames.add(surname);
    if (c.role) {
      record.role ??= c.role;
      applyRole(record, c);
    }
    return record;
  }

  function applyRole(record: ActorRecord, c: PersonCandidate): void {
    if (record.affiliation) return;
    const inRole = actorMentions.filter(
      (m) => m.from >= c.roleFrom && m.to <= c.nameFrom && m.actor.kind !== 'PERSON',
    );
    const org = inRole[inRole.length - 1]?.actor;
    const role = c.role ?? '';
    const nationTo = c.roleFrom < c.nameFrom ? c.nameFrom : c.nameTo;
    let country: Country | null = null;
    for (let k = c.roleFrom; k < nationTo && !country; k++) {
      const nation = nationBefore(a, k + 1, k);
      if (nation) country = nation.country;
    }
    if (!country) country = countryOfRoleText(role);
    record.country ??= org?.country ?? country;
    if (org) record.affiliation = org;
    else if (country)
      record.affiliation = MILITARY_RANKS.test(role) ? actors.military(country) : actors.government(country);
    if (/spokes(person|man|woman)|press secretary/i.test(role) && record.affiliation)
      record.speaksFor = record.affiliation;
  }

  actorMentions.sort((x, y) => x.from - y.from || y.to - x.to);
  placeMentions.sort((x, y) => x.from - y.from);
  return { actors, places, actorMentions, placeMentions, placeAt };

  function countryNear(an: Analysis, i: number, limit: number): string | null {
    for (let k = i; k < Math.min(limit, i + 6); k++) {
      const p = placeAt[k];
      if (p) return p.place.kind === 'COUNTRY' ? p.place.name : p.place.country;
      const found = matchPlace(an, k, limit);
      if (found) return found.entry.kind === 'COUNTRY' ? found.entry.name : found.entry.country;
    }
    return null;
  }
}

function countryOfRoleText(role: string): Country | null {
  for (const word of role.split(/\s+/)) {
    const clean = word.replace(/['’]s$/, '');
    const country = findCountry(clean) ?? countryOfDemonym(clean);
    if (country) return country;
  }
  return null;
}
