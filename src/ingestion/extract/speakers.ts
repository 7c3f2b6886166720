import type { ActorRecord } from './actors';
import type { Context } from './context';
import { countryOfCapital, countryOfDemonym, findCountry, type Country } from './gazetteer';
import type { Sentence } from './nlp';
import { spanText } from './tokens';
import {
  OUTLET_NOUNS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  SPEAKER_GAP,
  THING_PRONOUNS,
  WEEKDAYS,
} from './vocabulary';

/**
 * Who a noun phrase is: an entity mention, a pronoun ("he", "it"), a country or capital that speaks
 * for its government ("Kyiv claims"), an unnamed role ("Ukraine's presidential advisor") or an
 * unnamed outlet ("a pro-Kremlin newspaper"). Used for speakers, cited sources and controllers.
 */
export interface Resolved {
  actor: ActorRecord;
  from: number;
  to: number;
}

const NEWSPAPER_NOUNS = /\b(newspaper|tabloid|daily|paper|broadsheet|weekly)\b/;

/** The phrase ending at token `end` (inclusive), walking left over adverbs, auxiliaries and dates. */
export function subjectBefore(ctx: Context, end: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  const apposition = appositionBefore(ctx, end, sentence);
  if (apposition) return apposition;
  for (let j = end; j >= sentence.from; j--) {
    const t = a.tokens[j]!;
    const found = phraseEndingAt(ctx, j, sentence);
    if (found) return found;
    const gap =
      SPEAKER_GAP.has(t.low) || WEEKDAYS.includes(t.base) || t.tags.has('Adverb') || t.low === 'not';
    const clauseEdge = j < end && /[,;:"“”]/.test(t.post) && !/^,\s*$/.test(t.post);
    if (!gap || clauseEdge) return null;
    // ", however," between subject and verb: keep walking; any other comma ends the subject
    if (j < end && /,/.test(t.post) && t.low !== 'however') return null;
  }
  return null;
}

/** "The Syrian Observatory for Human Rights, a Britain-based war monitor, said": skip the apposition. */
function appositionBefore(ctx: Context, end: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  if (!/^,\s*$/.test(a.tokens[end]?.post ?? '')) return null;
  for (let k = end - 1; k >= Math.max(sentence.from, end - 8); k--) {
    if (!/,/.test(a.tokens[k]!.post)) continue;
    if (!['a', 'an', 'the'].includes(a.tokens[k + 1]!.low)) return null;
    const owner = ctx.mentionsEndingAt(k)[0];
    return owner ? { actor: owner.actor, from: owner.from, to: end + 1 } : null;
  }
  return null;
}

/** The phrase starting at token `start` (after "by", "to", "citing", "quoted"). */
export function phraseAfter(ctx: Context, start: number, sentence: Sentence, within = 8): Resolved | null {
  const { a } = ctx;
  const limit = Math.min(sentence.to, start + within);
  for (let j = start; j < limit; j++) {
    const starting = ctx.mentionsWithin(j, j + 1).sort((x, y) => y.to - x.to)[0];
    if (starting) return { actor: starting.actor, from: starting.from, to: starting.to };
    const t = a.tokens[j]!;
    if (PERSON_PRONOUNS.has(t.low) || THING_PRONOUNS.has(t.low)) return pronoun(ctx, j);
    const place = ctx.e.placeAt[j];
    if (place) return metonym(ctx, place.place.name, place.from, place.to);
    if (ROLE_NOUNS.has(t.base) || OUTLET_NOUNS.has(t.base) || /^(statement|report|reports)$/.test(t.low)) {
      const found = phraseEndingAt(ctx, j, sentence);
      if (found) return found;
    }
    if (/[,;:]/.test(t.post) && j > start) break;
  }
  return null;
}

/** An actor phrase whose last token is j, or null. */
export function phraseEndingAt(ctx: Context, j: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  const t = a.tokens[j]!;
  const ending = ctx.mentionsEndingAt(j);
  if (ending.length) {
    const person = ending.find((m) => m.actor.kind === 'PERSON') ?? ending[0]!;
    return { actor: person.actor, from: person.from, to: person.to };
  }
  if (PERSON_PRONOUNS.has(t.low) || THING_PRONOUNS.has(t.low)) return pronoun(ctx, j);
  const place = ctx.e.placeAt[j];
  if (place && place.to - 1 === j) return metonym(ctx, place.place.name, place.from, place.to);
  if (ROLE_NOUNS.has(t.base)) return rolePhrase(ctx, j, sentence);
  // "the White Helmets rescue group said": a descriptor after an organisation's name
  if (/^[a-z-]+$/.test(t.text) && t.tags.has('Noun')) {
    for (let k = j - 1; k >= Math.max(sentence.from, j - 2); k--) {
      const owner = ctx.mentionsEndingAt(k).find((m) => m.actor.kind !== 'PERSON');
      if (owner) return { actor: owner.actor, from: owner.from, to: j + 1 };
      if (!/^[a-z-]+$/.test(a.tokens[k]!.text)) break;
    }
  }
  if (OUTLET_NOUNS.has(t.base)) return outletPhrase(ctx, j, sentence);
  if (/^(statement|report)$/.test(t.low) && ['the', 'that', 'this'].includes(a.tokens[j - 1]?.low ?? '')) {
    // "according to the statement": whoever made the statement the text mentioned before
    for (let k = ctx.frames.length - 1; k >= 0; k--) {
      const f = ctx.frames[k]!;
      if (f.verb >= j - 1 || !f.speaker) continue;
      const lo = Math.max(0, f.speakerFrom - 8);
      const hi = Math.min(a.tokens.length, f.verb + 6);
      for (let x = lo; x < hi; x++)
        if (a.tokens[x]!.low === t.low) return { actor: f.speaker, from: j - 1, to: j + 1 };
    }
    return null;
  }
  return null;
}

/** "he"/"she" -> the latest person; "it" -> the latest institution. */
export function pronoun(ctx: Context, j: number): Resolved | null {
  const t = ctx.a.tokens[j]!;
  const wantsPerson = PERSON_PRONOUNS.has(t.low);
  const sameSentenceSources = new Set(
    ctx
      .mentionsWithin(ctx.a.sentences[t.s]!.from, j)
      .filter((m) => ctx.a.tokens[m.from - 1]?.low === 'to' && ctx.a.tokens[m.from - 2]?.low === 'according')
      .map((m) => m.actor),
  );
  const found = ctx.latestBefore(j, (m) =>
    wantsPerson
      ? m.actor.kind === 'PERSON'
      : m.actor.kind !== 'PERSON' && m.actor.kind !== 'MILITARY' && !sameSentenceSources.has(m.actor),
  );
  if (!found) return null;
  ctx.addMention(found.actor, j, j + 1);
  return { actor: found.actor, from: j, to: j + 1 };
}

/** A country, or a capital city, that speaks: its government. */
function metonym(ctx: Context, placeName: string, from: number, to: number): Resolved | null {
  const country = findCountry(placeName) ?? countryOfCapital(placeName);
  if (!country) return null;
  const actor = ctx.e.actors.government(country, spanText(ctx.a, from, to).replace(/['’]s$/, ''));
  ctx.addMention(actor, from, to);
  return { actor, from, to };
}

/**
 * "Ukraine's presidential advisor", "a Russian defence ministry official", "the Ukrainian President":
 * an organisation inside the phrase speaks through its official; a named person with the same role
 * and nation is that person; otherwise an unnamed role actor.
 */
function rolePhrase(ctx: Context, j: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  let from = j;
  let country: Country | null = null;
  while (from - 1 >= sentence.from) {
    const p = a.tokens[from - 1]!;
    if (/[,;:"“”]/.test(p.post)) break;
    if (['the', 'a', 'an'].includes(p.low)) {
      from--;
      break;
    }
    const nation = p.cap ? (countryOfDemonym(p.base) ?? findCountry(p.base)) : undefined;
    if (nation) country ??= nation;
    if (!nation && !/^[a-z-]+$/.test(p.low) && !p.cap) break;
    if (
      !nation &&
      p.cap &&
      !ctx.mentionsWithin(from - 1, from).length &&
      !ctx.mentionsEndingAt(from - 1).length
    )
      break;
    from--;
  }
  const inside = ctx.mentionsWithin(from, j + 1).filter((m) => m.actor.kind !== 'PERSON');
  const head = a.tokens[j]!.base;
  if (
    inside.length &&
    /^(official|officials|spokesperson|spokesman|spokeswoman|source|sources)$/.test(head)
  ) {
    const org = inside[inside.length - 1]!.actor;
    return { actor: org, from, to: j + 1 };
  }
  if (/^(officials|sources)$/.test(head)) {
    if (!country) return null;
    const actor = ctx.e.actors.government(country);
    return { actor, from, to: j + 1 };
  }
  const roleWords = spanText(a, from, j + 1).replace(/^(the|a|an)\s+/i, '');
  const headForm = head.replace('advisor', 'adviser');
  const named = ctx.e.actors
    .all()
    .find(
      (r) =>
        r.kind === 'PERSON' &&
        r.named &&
        r.role !== null &&
        r.role.toLowerCase().replace('advisor', 'adviser').split(/\s+/).includes(headForm) &&
        (!country || r.country === country),
    );
  if (named && /^(president|prime|chancellor|king|queen|emir|leader)$/.test(headForm)) {
    ctx.addMention(named, from, j + 1);
    return { actor: named, from, to: j + 1 };
  }
  if (!country) return null;
  // an unnamed role actor, kept apart from named people
  const words = roleWords
    .split(/\s+/)
    .filter((w) => !findCountry(w.replace(/['’]s$/, '')) && !countryOfDemonym(w))
    .join(' ')
    .replace(/advisor/i, 'adviser');
  const canonical = `${country.demonym} ${words}`;
  const actor = ctx.e.actors.upsert(canonical, 'PERSON', country, roleWords);
  actor.named = false;
  actor.role ??= words;
  actor.affiliation ??= ctx.e.actors.government(country);
  ctx.addMention(actor, from, j + 1);
  return { actor, from, to: j + 1 };
}

/** "a pro-Kremlin newspaper": the one newspaper already named, or an unnamed outlet. */
function outletPhrase(ctx: Context, j: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  let from = j;
  while (from - 1 >= sentence.from && !/[,;:"“”]/.test(a.tokens[from - 1]!.post) && j - from < 4) {
    from--;
    if (['the', 'a', 'an'].includes(a.tokens[from]!.low)) break;
  }
  const words = spanText(a, from, j + 1).replace(/^(the|a|an)\s+/i, '');
  // "the Ukrainian outlet, The Kyiv Independent", "the Russian news agency RIA": named right after
  const named = ctx.mentionsWithin(j + 1, j + 3).find((m) => m.actor.kind === 'MEDIA');
  if (named) return { actor: named.actor, from: named.from, to: named.to };
  const inside = ctx.mentionsWithin(from, j).filter((m) => m.actor.kind !== 'PERSON');
  if (!/news/.test(words) && a.tokens[j]!.low === 'agency') {
    return inside.length ? { actor: inside[inside.length - 1]!.actor, from, to: j + 1 } : null;
  }
  if (NEWSPAPER_NOUNS.test(a.tokens[j]!.low)) {
    const papers = ctx.e.actors
      .all()
      .filter(
        (r) => r.kind === 'MEDIA' && r.named && r.role !== null && NEWSPAPER_NOUNS.test(r.role.toLowerCase()),
      );
    if (papers.length === 1) {
      ctx.addMention(papers[0]!, from, j + 1);
      return { actor: papers[0]!, from, to: j + 1 };
    }
  }
  if (!['the', 'a', 'an'].includes(a.tokens[from]!.low) || words.split(/\s+/).length < 2) return null;
  const actor = ctx.e.actors.upsert(words, 'MEDIA', null, words);
  actor.named = false;
  ctx.addMention(actor, from, j + 1);
  return { actor, from, to: j + 1 };
}
