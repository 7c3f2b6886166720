import type { ControlStatus } from '../../domain/enums';
import type { ActorRecord } from './actors';
import { attribute, type Frame } from './attribution';
import type { Context } from './context';
import { countryOfCapital, countryOfDemonym, findCountry, lookupPlace } from './gazetteer';
import { lookupKey } from './keys';
import type { Sentence } from './nlp';
import type { PlaceMention, PlaceRecord } from './places';
import type { QuoteSpan } from './quotes';
import { phraseAfter, subjectBefore } from './speakers';
import { clauseBreakAfter } from './tokens';
import { CONTROL_CANCELLERS, MODALS } from './vocabulary';

/**
 * Control claims: who holds a place, according to whom. "took (full) control of", "claiming control",
 * "brought … under control" -> CONTROLS; "captured", "seized", "has fallen" -> CAPTURED; "encircled",
 * "surrounded", "besieged" -> ENCIRCLED; "still under X control", "pushed back", "repelled" ->
 * RETAINS; "fighting is ongoing in" -> CONTESTED. A claim needs a claimant named by the text; attempts,
 * intentions, negations and conditions ("tried to enter", "intending to encircle", "no city has
 * fallen", "If Kherson fell") are not claims.
 */
export interface ControlDraft {
  claimant: ActorRecord;
  controller: ActorRecord;
  place: PlaceRecord;
  status: ControlStatus;
  quoteStart: number;
  quoteEnd: number;
  date: string | null;
  s: number;
  at: number;
}

interface Cue {
  status: ControlStatus;
  from: number;
  to: number;
  /** The place is the grammatical subject (before the cue), not the object. */
  placeBefore: boolean;
  /** "under X control", "fallen to X", "by X": where the controller is written. */
  controllerAfter: 'by' | 'to' | 'under' | null;
}

function cueAt(ctx: Context, i: number, sentence: Sentence): Cue | null {
  const { a } = ctx;
  const w = (k: number): string =>
    i + k < sentence.to && i + k >= sentence.from ? a.tokens[i + k]!.low : '';
  const t = w(0);
  const passive =
    ['was', 'were', 'been', 'is', 'are', 'being', 'be'].includes(w(-1)) ||
    ['was', 'were', 'been', 'is', 'are'].includes(w(-2));
  const controlWithin = (limit: number): number => {
    for (let k = 1; k <= limit; k++) if (w(k) === 'control') return k;
    return -1;
  };
  // "took (full) control of", "taking control of", "claiming control", "seized control", "in control of"
  if (
    /^(took|taken|take|takes|taking|seized|seizing|gained|established|claiming|claimed|claims|assumed|has|have|had|in)$/.test(
      t,
    )
  ) {
    const k = controlWithin(3);
    if (k > 0 && !/^(under)$/.test(w(k - 1))) {
      // "remained in control of", "still in control of": the holder keeps it
      const kept = t === 'in' && /^(remain|remains|remained|still|stays|stayed)$/.test(w(-1));
      return {
        status: kept ? 'RETAINS' : 'CONTROLS',
        from: i,
        to: i + k + 1,
        placeBefore: false,
        controllerAfter: null,
      };
    }
  }
  // "brought/put X under (full) control", "still under Ukrainian control", "remains under Russian control"
  if (t === 'under') {
    const k = controlWithin(4);
    if (k > 0) {
      let broughtAt = -1;
      for (let b = 1; b <= 12; b++)
        if (/^(brought|bring|brings|put|placed|came|come|fallen)$/.test(w(-b))) broughtAt = b;
      const still = ['still', 'remains', 'remain', 'remained', 'stays', 'stayed'].some((x) =>
        [w(-1), w(-2), w(-3)].includes(x),
      );
      if (broughtAt > 0)
        return {
          status: 'CONTROLS',
          from: i - broughtAt,
          to: i + k + 1,
          placeBefore: false,
          controllerAfter: 'under',
        };
      return {
        status: still ? 'RETAINS' : 'CONTROLS',
        from: i,
        to: i + k + 1,
        placeBefore: true,
        controllerAfter: 'under',
      };
    }
  }
  if (
    /^(captured|capture|captures|capturing|seized|seize|seizes|overran|overrun|occupied|liberated|retook|recaptured|took)$/.test(
      t,
    )
  ) {
    if (t === 'took' && w(1) !== 'over') return null;
    return {
      status: 'CAPTURED',
      from: i,
      to: t === 'took' ? i + 2 : i + 1,
      placeBefore: passive,
      controllerAfter: passive ? 'by' : null,
    };
  }
  if ((t === 'fallen' || t === 'fell') && !['if', 'would'].includes(w(-1))) {
    return { status: 'CAPTURED', from: i, to: i + 1, placeBefore: true, controllerAfter: 'to' };
  }
  if (/^(encircled|encircle|encircles|encircling|surrounded|surround|besieged|besiege|blockaded)$/.test(t)) {
    return {
      status: 'ENCIRCLED',
      from: i,
      to: i + 1,
      placeBefore: passive,
      controllerAfter: passive ? 'by' : null,
    };
  }
  if (t === 'siege' && w(-1) === 'under')
    return { status: 'ENCIRCLED', from: i - 1, to: i + 1, placeBefore: true, controllerAfter: null };
  if (
    (t === 'pushed' && w(1) === 'back') ||
    /^(repelled|repulsed|repelling)$/.test(t) ||
    (t === 'fought' && w(1) === 'off')
  ) {
    return {
      status: 'RETAINS',
      from: i,
      to: i + (t === 'pushed' || t === 'fought' ? 2 : 1),
      placeBefore: passive,
      controllerAfter: passive ? 'by' : null,
    };
  }
  if (t === 'retains' || t === 'retained' || (t === 'holding' && w(1) === 'on')) {
    return { status: 'RETAINS', from: i, to: i + 1, placeBefore: false, controllerAfter: null };
  }
  if (t === 'fighting' && /^(is|was|continues|continued|raged|rages)$/.test(w(1)) && w(2) !== 'not') {
    return { status: 'CONTESTED', from: i, to: i + 2, placeBefore: false, controllerAfter: null };
  }
  return null;
}

/** Attempts, intentions, negations and conditions before the cue cancel it. */
function cancelled(ctx: Context, sentence: Sentence, cue: Cue): boolean {
  for (let j = cue.from - 1; j >= Math.max(sentence.from, cue.from - 6); j--) {
    const t = ctx.a.tokens[j]!;
    if (CONTROL_CANCELLERS.has(t.low) || t.low.endsWith("n't") || MODALS.has(t.low)) return true;
    if (clauseBreakAfter(t) && j < cue.from - 1) break;
  }
  return false;
}

export function findControls(
  ctx: Context,
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
): { controls: ControlDraft[]; warnings: string[] } {
  const controls: ControlDraft[] = [];
  const warnings: string[] = [];
  for (const sentence of ctx.a.sentences) {
    for (let i = sentence.from; i < sentence.to; i++) {
      const cue = cueAt(ctx, i, sentence);
      if (!cue) continue;
      i = Math.max(i, cue.to - 1);
      if (cancelled(ctx, sentence, cue)) continue;
      const place = placeOf(ctx, sentence, cue);
      if (!place) continue;
      const attributed = attribute(ctx, frames, quotes, cue.from);
      // "with Russia claiming control there": the cue is itself the speech verb
      const own = (frames[sentence.index] ?? []).find((f) => f.verb === cue.from && f.speaker);
      const claimant = attributed.claimant ?? (own?.speaker ? (own.speaker.speaksFor ?? own.speaker) : null);
      const controller = controllerOf(ctx, sentence, cue, claimant);
      if (!claimant || !controller) {
        if (!claimant && controller)
          warnings.push(`control claim without a named source skipped: "${snippet(ctx, sentence)}"`);
        continue;
      }
      const speakerFrom =
        own?.speakerFrom ??
        (attributed.frame?.s === sentence.index && attributed.frame.speakerFrom < cue.from
          ? attributed.frame.speakerFrom
          : -1);
      const quote = quoteOf(ctx, sentence, cue, place, speakerFrom);
      controls.push({
        claimant,
        controller,
        place: place.place,
        status: cue.status,
        quoteStart: quote.start,
        quoteEnd: quote.end,
        date:
          attributed.frame?.date ??
          (attributed.frame && attributed.frame.s !== sentence.index ? null : ctx.publishedAt),
        s: sentence.index,
        at: cue.from,
      });
    }
  }
  return { controls, warnings };
}

function snippet(ctx: Context, sentence: Sentence): string {
  return ctx.a.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
}

interface PlaceRef {
  place: PlaceRecord;
  from: number;
  to: number;
}

/** The place: the object after an active cue, the subject before a passive or state cue, or "the city" / "there" / "it". */
function placeOf(ctx: Context, sentence: Sentence, cue: Cue): PlaceRef | null {
  const mentions = ctx.e.placeMentions.filter((p) => p.s === sentence.index && p.place.kind !== 'COUNTRY');
  if (cue.status === 'RETAINS' && ctx.a.tokens[cue.to]?.low === 'from') {
    // "pushed back from the city of El Obeid"
    const from = mentions.find((p) => p.from > cue.to && p.from <= cue.to + 6);
    if (from) return regionalCentre(ctx, from);
  }
  if (!cue.placeBefore) {
    const after = mentions.find((p) => p.from >= cue.to - 1 && p.from <= cue.to + 8);
    if (after) return regionalCentre(ctx, after);
    const inside = mentions.find((p) => p.from >= cue.from && p.from < cue.to);
    if (inside) return regionalCentre(ctx, inside);
    for (let j = cue.to; j < Math.min(sentence.to, cue.to + 3); j++) {
      const low = ctx.a.tokens[j]!.low;
      if (low === 'the' && ctx.a.tokens[j + 1]?.low === 'capital') return capitalPlace(ctx, j);
      if (/^(there|it)$/.test(low) || (low === 'the' && /^(city|town)$/.test(ctx.a.tokens[j + 1]?.low ?? '')))
        return anaphoricPlace(ctx, j);
    }
    return null;
  }
  const before = [...mentions].reverse().find((p) => p.to <= cue.from && p.to >= cue.from - 10);
  if (before) return regionalCentre(ctx, before);
  for (let j = cue.from - 1; j >= Math.max(sentence.from, cue.from - 10); j--) {
    const low = ctx.a.tokens[j]!.low;
    if (low === 'city' || low === 'town' || low === 'it' || low === 'they') return anaphoricPlace(ctx, j);
  }
  return null;
}

/** "the center of the Kherson region" is the city of Kherson. */
function regionalCentre(ctx: Context, mention: PlaceMention): PlaceRef {
  const { a } = ctx;
  const p = mention.place;
  const word = (k: number): string => a.tokens[mention.from - k]?.low ?? '';
  const centre = (w: string): boolean => /^(center|centre|capital)$/.test(w);
  const ofRegion =
    (word(1) === 'of' && centre(word(2))) || (word(1) === 'the' && word(2) === 'of' && centre(word(3)));
  if (p.kind === 'REGION' && ofRegion) {
    const city = lookupPlace(lookupKey(p.name.replace(/\s+(region|oblast|province|governorate)$/i, '')));
    if (city && city.kind === 'CITY')
      return {
        place: ctx.e.places.add(city.name, 'CITY', city.country, city.name),
        from: mention.from,
        to: mention.to,
      };
  }
  return { place: p, from: mention.from, to: mention.to };
}

/** "the capital": the latest capital mentioned, else the capital of the country most talked about. */
function capitalPlace(ctx: Context, j: number): PlaceRef | null {
  const earlier = [...ctx.e.placeMentions]
    .reverse()
    .find((p) => p.from < j && p.place.kind === 'CITY' && countryOfCapital(p.place.name));
  if (earlier) return { place: earlier.place, from: j, to: j + 2 };
  const counts = new Map<string, number>();
  for (const p of ctx.e.placeMentions)
    if (p.place.kind === 'COUNTRY') counts.set(p.place.name, (counts.get(p.place.name) ?? 0) + 1);
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  const country = top ? findCountry(top[0]) : undefined;
  const capital = country?.capital.split(',')[0];
  if (!country || !capital) return null;
  return { place: ctx.e.places.add(capital, 'CITY', country.name, capital), from: j, to: j + 2 };
}

/** "the city", "there", "it": the latest town or city mentioned before. */
function anaphoricPlace(ctx: Context, j: number): PlaceRef | null {
  const earlier = [...ctx.e.placeMentions]
    .reverse()
    .find((p) => p.from < j && (p.place.kind === 'CITY' || p.place.kind === 'TOWN'));
  return earlier ? { place: earlier.place, from: j, to: j + 1 } : null;
}

/**
 * The controller: written after the cue ("by the Russian forces", "under Ukrainian control", "fallen
 * to X"), or the subject of an active cue ("Russian armed forces took"), or the claimant's own side
 * when a country claims control itself. Countries and their governments control through their armed
 * forces.
 */
function controllerOf(
  ctx: Context,
  sentence: Sentence,
  cue: Cue,
  claimant: ActorRecord | null,
): ActorRecord | null {
  const { a } = ctx;
  if (cue.controllerAfter === 'under') {
    for (let j = cue.from + 1; j < cue.to; j++) {
      const t = a.tokens[j]!;
      const nation = t.cap ? (countryOfDemonym(t.base) ?? findCountry(t.base)) : undefined;
      if (nation) return ctx.e.actors.military(nation);
      const mention = ctx.mentionsWithin(j, j + 1)[0];
      if (mention) return asController(ctx, mention.actor);
    }
  }
  if (cue.controllerAfter === 'by' || cue.controllerAfter === 'to') {
    const word = a.tokens[cue.to];
    if (word && word.low === cue.controllerAfter) {
      const agent = phraseAfter(ctx, cue.to + 1, sentence, 5);
      if (agent) return asController(ctx, agent.actor);
    }
  }
  if (!cue.placeBefore || cue.controllerAfter === 'under') {
    const subject = subjectBefore(ctx, cue.from - 1, sentence);
    if (subject && subject.actor.kind !== 'PERSON' && subject.actor.kind !== 'MEDIA')
      return asController(ctx, subject.actor);
  }
  // "troops had taken control", "its troops remained in control", "claiming control": the claimant's side
  const side = claimant?.country ?? claimant?.affiliation?.country ?? null;
  if (!side || cue.status === 'ENCIRCLED') return null;
  if (cue.placeBefore && cue.status !== 'RETAINS') return null;
  const own =
    cue.status === 'RETAINS' ||
    /^(taking|claiming|claimed|claims)$/.test(a.tokens[cue.from]!.low) ||
    ownForcesBefore(ctx, sentence, cue.from);
  return own ? ctx.e.actors.military(side) : null;
}

/** "troops", "its forces", "our soldiers", "the army" right before the cue (no nation written). */
function ownForcesBefore(ctx: Context, sentence: Sentence, at: number): boolean {
  for (let j = at - 1; j >= Math.max(sentence.from, at - 4); j--) {
    const low = ctx.a.tokens[j]!.low;
    if (/^(troops|forces|soldiers|army|military|fighters|units)$/.test(low)) return true;
    if (!/^(had|has|have|also|successfully|now|already|reportedly|its|their|our|the)$/.test(low))
      return false;
  }
  return false;
}

function asController(ctx: Context, actor: ActorRecord): ActorRecord {
  if (
    (actor.kind === 'GOVERNMENT' || actor.kind === 'COUNTRY') &&
    actor.country &&
    /^Government of /.test(actor.name)
  )
    return ctx.e.actors.military(actor.country);
  return actor;
}

/** The clause of the cue, widened to the place and to the subject before an active cue. */
function quoteOf(
  ctx: Context,
  sentence: Sentence,
  cue: Cue,
  place: PlaceRef,
  speakerFrom: number,
): { start: number; end: number } {
  const { a } = ctx;
  let from = Math.min(cue.from, place.from);
  while (from > sentence.from && from > speakerFrom && !clauseBreakAfter(a.tokens[from - 1]!)) from--;
  if (
    from > sentence.from &&
    /^(the|a|an)$/i.test(a.tokens[from - 1]!.text) &&
    !clauseBreakAfter(a.tokens[from - 2] ?? a.tokens[from - 1]!)
  )
    from--;
  let to = Math.max(cue.to - 1, place.to - 1);
  while (
    to + 1 < sentence.to &&
    !clauseBreakAfter(a.tokens[to]!) &&
    !['but', 'while', 'whereas', 'which', 'who', 'where'].includes(a.tokens[to + 1]!.low)
  )
    to++;
  return { start: a.tokens[from]!.start, end: a.tokens[to]!.end };
}
