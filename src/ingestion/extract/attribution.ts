import type { ActorRecord } from './actors';
import type { Context } from './context';
import { addDays } from './dates';
import type { Frame } from './frame';
import type { Sentence } from './nlp';
import { quoteAround, type QuoteSpan } from './quotes';
import { phraseAfter, subjectBefore, type Resolved } from './speakers';
import { SPEECH_VERBS, SPEECH_VERBS_WITH_PARTICLE, WEEKDAYS } from './vocabulary';

export type { Frame } from './frame';

/**
 * Attribution: who says what. A frame is one speech event — "X said (that) …", "…, X stated citing Y",
 * "according to X", "As reported by X", "X quoted Y as saying" — with the token range it covers. A
 * figure's claimant is the original source among the frames covering it; an outlet that relays
 * someone else is `via`. Nothing is attributed where the text names no source.
 */
export interface Attribution {
  claimant: ActorRecord | null;
  via: ActorRecord | null;
  frame: Frame | null;
}

const NOUN_TOO = new Set([
  'state',
  'states',
  'report',
  'reports',
  'claim',
  'claims',
  'note',
  'notes',
  'estimate',
  'estimates',
  'quote',
  'quotes',
  'post',
  'posts',
  'put',
  'puts',
  'tweet',
  'tweets',
  'warn',
  'count',
  'counted',
]);
const PASSIVE_AUX = new Set(['been', 'be', 'is', 'are', 'was', 'were', 'being']);
const PARTICIPLE_SPEECH = new Set([
  'adding',
  'saying',
  'claiming',
  'noting',
  'stating',
  'insisting',
  'arguing',
  'warning',
  'acknowledging',
  'announcing',
  'revealing',
  'confirming',
  'admitting',
]);
const RETRO_NOUNS = /^(figures?|numbers?|data|toll|tolls|statistics|tally|count|estimates?)$/;

/** True when token i is a speech verb in this position (particles checked: "spoke of", "put the toll at"). */
function isSpeechVerb(ctx: Context, i: number): boolean {
  const t = ctx.a.tokens[i]!;
  if (!SPEECH_VERBS.has(t.low)) return false;
  // "state media", "the report", "a claim": the noun, not the verb
  if (
    NOUN_TOO.has(t.low) &&
    (!t.tags.has('Verb') ||
      ['the', 'a', 'an', 'this', 'that', 'its', 'their'].includes(ctx.a.tokens[i - 1]?.low ?? ''))
  )
    return false;
  if (
    t.low === 'state' &&
    /^(media|television|tv|news|radio|broadcaster|agency|outlet|outlets|newspaper|run|owned|department)$/.test(
      ctx.a.tokens[i + 1]?.low ?? '',
    )
  )
    return false;
  const particles = SPEECH_VERBS_WITH_PARTICLE[t.low];
  if (particles === undefined) return true;
  const next = ctx.a.tokens[i + 1];
  return particles.length > 0 && next !== undefined && particles.includes(next.low);
}

export function findFrames(ctx: Context, sentence: Sentence): Frame[] {
  const { a } = ctx;
  const frames: Frame[] = [];
  for (let i = sentence.from; i < sentence.to; i++) {
    const t = a.tokens[i]!;
    if (t.low === 'according' && a.tokens[i + 1]?.low === 'to') {
      const source = phraseAfter(ctx, i + 2, sentence, 6);
      frames.push(frame(ctx, sentence, i, source, null, false, source?.to ?? i + 2));
      continue;
    }
    if (t.low === 'citing' || (t.low === 'cited' && !PASSIVE_AUX.has(a.tokens[i - 1]?.low ?? ''))) {
      const cited = phraseAfter(ctx, i + 1, sentence, 8);
      const owner = frames[frames.length - 1];
      if (owner && cited && !owner.cited) owner.cited = cited.actor;
      continue;
    }
    if (!isSpeechVerb(ctx, i)) continue;
    const previous = a.tokens[i - 1];
    const passive = previous !== undefined && PASSIVE_AUX.has(previous.low) && !t.low.endsWith('ing');
    const byAgent = a.tokens[i + 1]?.low === 'by' && /(ed|en)$/.test(t.low);
    if (passive || byAgent) {
      if (a.tokens[i + 1]?.low === 'by') {
        const agent = phraseAfter(ctx, i + 2, sentence, 8);
        const f = frame(ctx, sentence, i, agent, null, false, agent?.to ?? i + 1);
        f.retro = retroSubject(ctx, sentence, i);
        frames.push(f);
      } else if (itSubject(ctx, sentence, i)) {
        const f = frame(ctx, sentence, i, null, null, false, i + 1);
        f.passive = true;
        frames.push(f);
      }
      continue;
    }
    if (t.low === 'quoted' || t.low === 'quotes') {
      const speaker = subjectBefore(ctx, i - 1, sentence);
      const cited = phraseAfter(ctx, i + 1, sentence, 8);
      frames.push(frame(ctx, sentence, i, speaker, cited?.actor ?? null, false, cited?.to ?? i + 1));
      continue;
    }
    let speaker = subjectBefore(ctx, i - 1, sentence) ?? coordinatedSubject(ctx, i, sentence);
    if (!speaker && PARTICIPLE_SPEECH.has(t.low)) {
      const owner = frames[frames.length - 1];
      if (owner?.speaker) {
        const f = frame(
          ctx,
          sentence,
          i,
          { actor: owner.speaker, from: i, to: i },
          owner.cited,
          false,
          i + 1,
        );
        frames.push(f);
        continue;
      }
    }
    let inverted = false;
    if (!speaker && i > sentence.from && /[,"”]\s*$/.test(a.tokens[i - 1]!.post)) {
      // '…," said Zelensky'
      speaker = phraseAfter(ctx, i + 1, sentence, 4);
      inverted = speaker !== null;
    }
    if (!speaker && i === sentence.from) speaker = phraseAfter(ctx, i + 1, sentence, 4);
    if (!speaker) continue;
    frames.push(frame(ctx, sentence, i, speaker, null, inverted, i + 1));
  }
  assignScopes(ctx, sentence, frames);
  ctx.frames.push(...frames);
  return frames;
}

function frame(
  ctx: Context,
  sentence: Sentence,
  verb: number,
  speaker: Resolved | null,
  cited: ActorRecord | null,
  _inverted: boolean,
  after: number,
): Frame {
  const speakerFrom = speaker ? Math.min(speaker.from, verb) : verb;
  let previously = false;
  for (let k = Math.max(sentence.from, speakerFrom); k < Math.min(sentence.to, verb + 2); k++) {
    if (ctx.a.tokens[k]!.low === 'previously') previously = true;
  }
  return {
    s: sentence.index,
    verb,
    speaker: speaker?.actor ?? null,
    speakerFrom,
    cited,
    scopeFrom: after,
    scopeTo: sentence.to,
    passive: false,
    retro: false,
    previously,
    date: frameDate(ctx, sentence, speakerFrom, Math.max(verb + 1, after)),
  };
}

/** A date written next to the speaker or verb ("on Wednesday claimed", "stated Wednesday"). */
function frameDate(ctx: Context, sentence: Sentence, from: number, to: number): string | null {
  const dates = ctx.dates[sentence.index] ?? [];
  // the nearest date written before the verb in its sentence, or right after it ("stated Wednesday")
  const before = dates.filter((d) => !d.background && d.to <= from + 1 && !d.asOf);
  const after = dates.find((d) => !d.background && d.from >= from && d.from <= to + 2 && !d.asOf);
  const near = after ?? before[before.length - 1];
  let date = near ? near.date : null;
  const shift = (ctx.shifts[sentence.index] ?? []).find((sh) => sh.at >= from - 1 && sh.at <= from + 1);
  if (shift) {
    const base = dates.find((d) => !d.background && d.to <= from)?.date ?? ctx.publishedAt;
    date = addDays(base, shift.days);
  }
  return date;
}

/**
 * Forward frames cover from their verb to the next frame's speaker (or the end, cut at "but" and
 * semicolons); an introductory "According to X," or "As reported by X," covers the whole sentence; a
 * frame whose speaker comes after the content ("…, RIA stated", "…," Zelensky said) covers what
 * precedes it, back to the previous forward frame's verb.
 */
function assignScopes(ctx: Context, sentence: Sentence, frames: Frame[]): void {
  const { a } = ctx;
  let trailingFrom = sentence.from;
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k]!;
    const next = frames[k + 1];
    const verb = a.tokens[f.verb]!;
    const isAccording = verb.low === 'according';
    const introductory = f.verb <= sentence.from + 2 && /,/.test(a.tokens[f.scopeFrom - 1]?.post ?? '');
    if (introductory) {
      f.scopeTo = sentence.to;
      continue;
    }
    let edge = f.speakerFrom - 1;
    while (
      edge > sentence.from &&
      f.speakerFrom - edge <= 3 &&
      (['the', 'a', 'an'].includes(a.tokens[edge]!.low) || /^[a-z-]+$/.test(a.tokens[edge]!.text)) &&
      !/[,"”]\s*$/.test(a.tokens[edge]!.post)
    )
      edge--;
    const speakerStartsClause =
      f.speakerFrom > sentence.from && edge >= sentence.from && /[,"”]\s*$/.test(a.tokens[edge]!.post);
    const trailing = isAccording
      ? f.verb > sentence.from + 1 && !/^(as|and)$/.test(a.tokens[f.verb - 1]!.low)
      : f.speakerFrom > f.verb
        ? f.verb > sentence.from
        : speakerStartsClause && endsClause(ctx, f, sentence);
    if (trailing) {
      f.scopeFrom = trailingFrom;
      f.scopeTo = Math.min(f.speakerFrom, f.verb);
      continue;
    }
    const nextStart = next
      ? next.speakerFrom > f.verb
        ? Math.min(next.speakerFrom, next.verb)
        : next.verb
      : sentence.to;
    let end = Math.max(f.scopeFrom, nextStart);
    for (let j = f.scopeFrom; j < end; j++) {
      const t = a.tokens[j]!;
      if ((t.low === 'but' && j > f.scopeFrom) || /;/.test(t.post)) {
        end = t.low === 'but' ? j : j + 1;
        break;
      }
    }
    f.scopeTo = end;
    trailingFrom = f.verb + 1;
  }
}

const TRAILING_STARTERS = new Set([
  'citing',
  'in',
  'on',
  'late',
  'earlier',
  'last',
  'yesterday',
  'today',
  'according',
  'before',
  'after',
  'while',
  'adding',
  'as',
  'when',
  'quoting',
  'without',
  'but',
  'and',
]);

/**
 * After the verb its clause ends: nothing follows, or only a date, "citing …", "in a statement",
 * "according to …" — no "that" and no number before the next clause break.
 */
function endsClause(ctx: Context, f: Frame, sentence: Sentence): boolean {
  const { a } = ctx;
  const verb = a.tokens[f.verb]!;
  // 'said, "…' and 'said:' introduce what follows; 'said. "…' does not
  if (/[.!?]/.test(verb.post)) return true;
  if (/[“":]/.test(verb.post + (a.tokens[f.verb + 1]?.pre ?? ''))) return false;
  if (f.verb + 1 >= sentence.to || /[,;.!?]/.test(verb.post)) return true;
  const next = a.tokens[f.verb + 1]!;
  if (!TRAILING_STARTERS.has(next.low) && !WEEKDAYS.includes(next.base)) return false;
  for (let j = f.verb + 1; j < sentence.to; j++) {
    const t = a.tokens[j]!;
    if (t.low === 'that' || /^\d/.test(t.text)) return false;
    if (/[,;:]/.test(t.post) && t.low !== 'according') return true;
  }
  return true;
}

/** "the army rejected the claim and said …": the subject of the verb before "and". */
function coordinatedSubject(ctx: Context, verb: number, sentence: Sentence): Resolved | null {
  const { a } = ctx;
  if (!['and', 'but'].includes(a.tokens[verb - 1]?.low ?? '')) return null;
  for (let j = verb - 2; j >= Math.max(sentence.from, verb - 10); j--) {
    const t = a.tokens[j]!;
    if (/[;:]/.test(t.post)) return null;
    if (
      t.tags.has('Verb') &&
      !t.tags.has('Gerund') &&
      !['has', 'have', 'had', 'is', 'was', 'were', 'are', 'been', 'be'].includes(t.low)
    ) {
      return subjectBefore(ctx, j - 1, sentence);
    }
  }
  return null;
}

function itSubject(ctx: Context, sentence: Sentence, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(sentence.from, verb - 5); j--) {
    const low = ctx.a.tokens[j]!.low;
    if (low === 'it') return true;
    if (!['has', 'have', 'had', 'also', 'been', 'is', 'was', 'be', 'now', 'further'].includes(low))
      return false;
  }
  return false;
}

function retroSubject(ctx: Context, sentence: Sentence, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(sentence.from, verb - 5); j--) {
    if (RETRO_NOUNS.test(ctx.a.tokens[j]!.low))
      return ['the', 'these', 'those', 'such'].includes(ctx.a.tokens[j - 1]?.low ?? '');
  }
  return false;
}

/** The frame a quotation is attributed to: a speech verb just after its close or just before its opening. */
export function quoteFrame(ctx: Context, frames: readonly Frame[][], span: QuoteSpan): Frame | null {
  const closeTok = ctx.a.tokens[span.lastToken];
  const openTok = ctx.a.tokens[span.firstToken];
  if (!closeTok || !openTok) return null;
  for (const f of frames[closeTok.s] ?? []) {
    if (f.speaker && f.verb > span.lastToken && f.verb <= span.lastToken + 5) return f;
  }
  for (const f of frames[openTok.s] ?? []) {
    if (f.speaker && f.verb < span.firstToken && f.verb >= span.firstToken - 4) return f;
  }
  return null;
}

/**
 * Claimant and via for what sits at token p of sentence s. The innermost frame with a non-media
 * speaker (or an outlet citing someone) gives the claimant; an outlet around it is the via.
 */
export function attribute(
  ctx: Context,
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
  p: number,
): Attribution {
  const s = ctx.a.tokens[p]!.s;
  const covering = (frames[s] ?? []).filter((f) => f.scopeFrom <= p && p < f.scopeTo);
  // frames whose verb comes before the content govern it most closely; trailing ones wrap it
  covering.sort(
    (x, y) => Number(x.verb > p) - Number(y.verb > p) || Math.abs(x.verb - p) - Math.abs(y.verb - p),
  );
  const quote = quoteAround(quotes, p);
  if (quote) {
    const qf = quoteFrame(ctx, frames, quote);
    if (qf && !covering.includes(qf)) {
      covering.unshift(qf);
      // "…," Zelensky said, according to The Kyiv Independent: the outlet relays the whole quotation
      for (const f of frames[ctx.a.tokens[qf.verb]!.s] ?? []) {
        if (f !== qf && f.verb > qf.verb && f.speaker?.kind === 'MEDIA' && !covering.includes(f))
          covering.push(f);
      }
    }
  }
  return combine(covering);
}

export function combine(covering: readonly Frame[]): Attribution {
  const speaking = (f: Frame): ActorRecord | null => (f.speaker ? (f.speaker.speaksFor ?? f.speaker) : null);
  const main =
    covering.find((f) => f.cited || (f.speaker && f.speaker.kind !== 'MEDIA')) ??
    covering.find((f) => f.speaker) ??
    null;
  if (!main) {
    const passive = covering.find((f) => f.passive) ?? null;
    return { claimant: null, via: null, frame: passive };
  }
  const claimant = main.cited ? (main.cited.speaksFor ?? main.cited) : speaking(main);
  let via: ActorRecord | null = null;
  if (main.cited && main.speaker?.kind === 'MEDIA') via = main.speaker;
  if (!via)
    via =
      covering.find((f) => f !== main && f.speaker?.kind === 'MEDIA' && f.speaker !== claimant)?.speaker ??
      null;
  if (claimant?.kind === 'MEDIA' && !main.cited) {
    const passive = covering.find((f) => f.passive);
    if (passive) return { claimant: null, via: claimant, frame: passive };
  }
  return { claimant, via: via === claimant ? null : via, frame: main };
}
