import type { ActorKind } from '../../domain/enums';
import {
  countryOfDemonym,
  findCountry,
  lookupOrganization,
  MAX_PHRASE_WORDS,
  startsOrganization,
  startsPhrase,
  type Country,
  type OrgEntry,
} from './gazetteer';
import { lookupKey, titleCase } from './keys';
import type { Analysis, Token } from './nlp';
import { phraseKey, punctAfter, spanText } from './tokens';
import { ORG_HEADS } from './vocabulary';

/**
 * Organisations: the known list (longest phrase first) and the patterns that name an institution
 * the list does not hold — "<Country>'s <Topic> Ministry", "Ministry of <Topic>", "<Demonym> <Words>
 * Service|Agency|Council…", "<Demonym> armed forces|army|troops". Canonical names put the nation first
 * as an adjective ("Russian Defence Ministry"), so every spelling of one institution gets one key.
 */
export interface OrgMatch {
  entry: OrgEntry;
  from: number;
  to: number;
}

/** Longest known organisation starting at token i (an optional leading "The" included). */
export function matchKnownOrganization(a: Analysis, i: number, limit: number): OrgMatch | null {
  const first = a.tokens[i];
  if (!first || !first.cap) return null;
  if (!startsPhrase(first.base.replace(/[.-].*$/, '')) && !/^[A-Z0-9.\-/]+$/.test(first.text)) return null;
  const maxTo = Math.min(limit, i + MAX_PHRASE_WORDS);
  let best: OrgMatch | null = null;
  for (let to = i + 1; to <= maxTo; to++) {
    const last = a.tokens[to - 1]!;
    const key = phraseKey(a, i, to);
    const surface = spanText(a, i, to).replace(/['’]s$/, '');
    const entry = lookupOrganization(key, surface);
    if (entry) best = { entry, from: i, to };
    if (
      !startsOrganization(key) &&
      !startsOrganization(
        lookupKey(
          a.tokens
            .slice(i, to)
            .map((t) => t.low)
            .join(' '),
        ),
      )
    )
      break;
    if (last.possessive || punctAfter(last)) break;
  }
  return best;
}

const TOPIC_WORDS = new Set(
  `defence defense foreign affairs internal interior health emergency emergencies situations information
  policy culture justice finance economy economic energy education agriculture social labor labour
  transport infrastructure digital reintegration veterans environment ecology trade industry strategic
  industries public security home war communications communication humanitarian`
    .trim()
    .split(/\s+/),
);

/** defense -> Defence, "foreign affairs" -> Foreign, "emergency situations" -> Emergencies. */
export function canonicalTopic(words: string[]): string {
  const joined = words.join(' ').replace(/\bdefense\b/g, 'defence');
  const mapped =
    joined === 'foreign affairs'
      ? 'foreign'
      : joined === 'internal affairs'
        ? 'interior'
        : /^emergenc(y|ies)( situations)?$/.test(joined)
          ? 'emergencies'
          : joined;
  return titleCase(mapped);
}

export interface NationAt {
  country: Country;
  from: number;
  to: number;
}

/**
 * The nation written just before token `end` (exclusive): a demonym ("Russian"), a country possessive
 * ("Ukraine's") or a country used as a modifier ("Ukraine government"). Multi-word names included.
 */
export function nationBefore(a: Analysis, end: number, lowerBound: number): NationAt | null {
  for (let from = Math.max(lowerBound, end - 3); from < end; from++) {
    const first = a.tokens[from]!;
    if (!first.cap) continue;
    const text = spanText(a, from, end).replace(/['’]s$/, '');
    const viaDemonym = countryOfDemonym(text);
    if (viaDemonym) return { country: viaDemonym, from, to: end };
    const viaName = findCountry(text);
    if (viaName) return { country: viaName, from, to: end };
  }
  return null;
}

/**
 * The adjective an institution's canonical name starts with: the demonym of a country ("Russia's
 * Defense Ministry" -> "Russian Defence Ministry"), but a territory's own name ("Gaza's health ministry"
 * -> "Gaza Health Ministry").
 */
function institutionAdjective(a: Analysis, at: number, country: Country): string {
  const written = a.tokens[at]?.text.replace(/['’]s$/, '') ?? '';
  if (TERRITORIES.has(country.name) && !countryOfDemonym(written)) return written;
  return country.demonym;
}

const TERRITORIES = new Set([
  'Gaza Strip',
  'West Bank',
  'Hong Kong',
  'Puerto Rico',
  'Greenland',
  'Western Sahara',
  'Kosovo',
  'Taiwan',
]);

export interface PatternOrg {
  name: string;
  kind: ActorKind;
  country: Country | null;
  from: number;
  to: number;
  /** A generic head without its own name ("the ministry"): resolve to an earlier actor. */
  anaphoric: boolean;
  /** Lower-case words that identify the institution for anaphora ("emergency service"). */
  headWords: string[];
}

const ANAPHORIC_HEADS = new Set([
  'council',
  'service',
  'services',
  'agency',
  'administration',
  'committee',
  'commission',
  'office',
  'government',
  'army',
  'military',
  'authorities',
  'authority',
  'police',
  'observatory',
  'monitor',
  'union',
  'court',
  'mission',
  'organisation',
  'organization',
  'directorate',
  'command',
  'navy',
]);
const MILITARY_HEADS = new Set([
  'command',
  'staff',
  'guard',
  'guards',
  'army',
  'forces',
  'navy',
  'military',
  'corps',
  'brigade',
  'battalion',
  'regiment',
  'division',
]);

/**
 * Ministries: "Russia's Defense Ministry", "the Russian defence ministry", "Ministry of Defence of
 * Ukraine", "the health ministry in Gaza", "the ministry".
 */
export function matchMinistry(
  a: Analysis,
  head: number,
  lowerBound: number,
  limit: number,
): PatternOrg | null {
  const t = a.tokens[head]!;
  if (t.base !== 'ministry') return null;
  let from = head;
  const topic: string[] = [];
  while (
    from - 1 >= lowerBound &&
    TOPIC_WORDS.has(a.tokens[from - 1]!.base) &&
    !punctAfter(a.tokens[from - 1]!)
  ) {
    from--;
    topic.unshift(a.tokens[from]!.base);
  }
  let to = head + 1;
  if (topic.length === 0 && a.tokens[to]?.low === 'of' && !t.possessive) {
    let j = to + 1;
    if (a.tokens[j]?.low === 'the') j++;
    const words: string[] = [];
    while (j < limit && (TOPIC_WORDS.has(a.tokens[j]!.base) || a.tokens[j]!.low === 'and')) {
      words.push(a.tokens[j]!.base);
      if (punctAfter(a.tokens[j]!)) {
        j++;
        break;
      }
      j++;
    }
    if (words.length > 0 && words[words.length - 1] !== 'and') {
      topic.push(...words.filter((w) => w !== 'and'));
      to = j;
    }
  }
  let country: Country | null = null;
  const before = nationBefore(a, from, lowerBound);
  if (before) {
    country = before.country;
    from = before.from;
  } else if (a.tokens[to]?.low === 'of' || a.tokens[to]?.low === 'in') {
    // "Ministry of Defence of Ukraine", "the health ministry in Gaza"
    const after = nationAfter(a, to + 1, limit);
    if (after) {
      country = after.country;
      to = after.to;
    }
  }
  if (from > lowerBound && a.tokens[from - 1]!.low === 'the' && !country) from--;
  const topicName = topic.length ? canonicalTopic(topic) : '';
  const anaphoric = !country;
  const adjective = country ? institutionAdjective(a, before?.from ?? from, country) : undefined;
  const name = [adjective, topicName, 'Ministry'].filter(Boolean).join(' ');
  return {
    name,
    kind: 'GOVERNMENT',
    country,
    from,
    to,
    anaphoric,
    headWords: topicName ? [topicName.toLowerCase().replace('defence', 'defen'), 'ministry'] : ['ministry'],
  };
}

function nationAfter(a: Analysis, i: number, limit: number): NationAt | null {
  let j = i;
  if (a.tokens[j]?.low === 'the') j++;
  for (let to = Math.min(limit, j + 3); to > j; to--) {
    const text = spanText(a, j, to).replace(/['’]s$/, '');
    const country = findCountry(text);
    if (country) return { country, from: j, to };
  }
  return null;
}

/**
 * Other institutions ending in a head word: "Ukraine's State Emergency Service", "Mariupol City Council",
 * "the General Staff", "the emergency service" (anaphoric, lower case). The words before the head must be
 * capitalised for a named institution.
 */
export function matchInstitution(a: Analysis, head: number, lowerBound: number): PatternOrg | null {
  const t = a.tokens[head]!;
  if (!ORG_HEADS.has(t.base) || t.base === 'ministry') return null;
  if (['news', 'agency'].includes(t.base) && a.tokens[head - 1]?.low === 'news') return null;
  let from = head;
  while (from - 1 >= lowerBound) {
    const p = a.tokens[from - 1]!;
    const pluralPossessive = /^['’]\s/.test(p.post) && /s$/i.test(p.text); // "Doctors' Union"
    if ((punctAfter(p) && !pluralPossessive) || /'s$/.test(p.low)) break;
    const capitalised = t.cap
      ? p.cap && !countryOfDemonym(p.base) && !findCountry(p.base)
      : !p.cap && /^[a-z]+$/.test(p.low);
    if (!capitalised || ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'].includes(p.low)) break;
    if (
      !t.cap &&
      !/^(state|emergency|security|border|national|civil|city|regional|military|general|presidential|municipal|local|district|village|town|defence|defense|police|coast)$/.test(
        p.low,
      )
    )
      break;
    from--;
  }
  const words = a.tokens.slice(from, head + 1).map((x: Token) => x.base);
  if (words.length < 2 && !t.cap) {
    // a bare lower-case head is anaphoric only for institutional heads
    if (!ANAPHORIC_HEADS.has(t.base)) return null;
  }
  if (
    t.cap &&
    words.length < 2 &&
    !['Government', 'Parliament', 'Cabinet', 'Army', 'Police', 'Military'].includes(t.text)
  )
    return null;
  if (words.includes('soviet')) return null;
  const nation = nationBefore(a, from, lowerBound);
  const country = nation?.country ?? null;
  if (nation) from = nation.from;
  const kind: ActorKind = MILITARY_HEADS.has(t.base) ? 'MILITARY' : 'GOVERNMENT';
  const ownWords = a.tokens
    .slice(nation ? nation.to : from, head + 1)
    .map((x) => x.text.replace(/['’]s$/, ''));
  // "the emergency service", "Army chief …": an institution named before, not a new one
  const anaphoric = !country && (!t.cap || words.length < 2);
  const nameWords = t.cap ? ownWords : ownWords.map((w) => titleCase(w.toLowerCase()));
  const adjective = country && nation ? institutionAdjective(a, nation.from, country) : undefined;
  const name = [adjective, ...nameWords]
    .filter(Boolean)
    .join(' ')
    .replace(/\bServices\b/, 'Service');
  return {
    name,
    kind,
    country,
    from,
    to: head + 1,
    anaphoric,
    headWords: words.map((w) => w.replace(/s$/, '')),
  };
}

const FORCE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['armed', 'forces'],
  ['military', 'units'],
  ['defence', 'forces'],
  ['defense', 'forces'],
  ['air', 'force'],
  ['army'],
  ['military'],
  ['forces'],
  ['troops'],
  ['navy'],
];

/** "<Demonym|Country's> armed forces/army/military/forces/troops" -> that country's armed forces. */
export function matchMilitary(
  a: Analysis,
  i: number,
  lowerBound: number,
  limit: number,
): { country: Country; from: number; to: number } | null {
  for (const phrase of FORCE_PHRASES) {
    if (i + phrase.length > limit) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) if (a.tokens[i + k]!.base !== phrase[k]) ok = false;
    if (!ok) continue;
    // "Syrian government forces", "pro-government troops" keep the nation before the qualifier
    const qualified =
      i - 1 >= lowerBound && /^(government|regime|state|federal|national)$/.test(a.tokens[i - 1]!.low)
        ? i - 1
        : i;
    const nation = nationBefore(a, qualified, lowerBound);
    if (!nation) return null;
    const gap = a.tokens[nation.to - 1]!;
    if (punctAfter(gap)) return null;
    return { country: nation.country, from: nation.from, to: i + phrase.length };
  }
  return null;
}
