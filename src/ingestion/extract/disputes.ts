import type { ActorRecord } from './actors';
import { attribute, type Frame } from './attribution';
import type { Context } from './context';
import type { ControlDraft } from './controls';
import type { FigureDraft } from './figures';
import type { Sentence } from './nlp';
import type { QuoteSpan } from './quotes';
import { subjectBefore } from './speakers';
import { clauseBreakAfter } from './tokens';

/**
 * Explicit disputes: an actor rejects a figure or a control claim of someone else — "rejected",
 * "denied", "dismissed", "is not true", "on the contrary", "saying something else", or a contrasting
 * statement that the fighting goes on where control was claimed. The target is the claim the dispute
 * answers: a figure of the same metric and subject when the disputer gives a counter-figure, otherwise
 * the latest claim of another source in the same or the previous sentence.
 */
export interface DisputeDraft {
  disputer: ActorRecord;
  target: { figure: FigureDraft } | { control: ControlDraft };
  quoteStart: number;
  quoteEnd: number;
  date: string | null;
  s: number;
}

const DISPUTE_VERBS = new Set([
  'rejected',
  'rejects',
  'reject',
  'rejecting',
  'denied',
  'denies',
  'deny',
  'denying',
  'dismissed',
  'dismisses',
  'dismiss',
  'dismissing',
  'refuted',
  'refutes',
  'disputed',
  'disputes',
  'contradicted',
  'contradicts',
  'contested',
  'rebuffed',
  'debunked',
]);
const COUNTER_CONTROL = /^(resisting|resisted|holding|repelling|ongoing|continues|continuing|fighting)$/;

interface Cue {
  from: number;
  to: number;
  /** "On the contrary", "something else": the disputer is the speaker of the sentence. */
  bySpeaker: boolean;
  /** A contrasting statement about fighting or resistance: disputes a control claim only. */
  controlOnly: boolean;
}

function cueAt(ctx: Context, i: number, sentence: Sentence): Cue | null {
  const { a } = ctx;
  const w = (k: number): string => a.tokens[i + k]?.low ?? '';
  const t = w(0);
  if (DISPUTE_VERBS.has(t)) {
    // "dismissed as", "denied access" are not disputes of a claim
    if (/^(access|entry|permission|visas?)$/.test(w(1))) return null;
    return { from: i, to: i + 1, bySpeaker: false, controlOnly: false };
  }
  if (t === 'on' && w(1) === 'the' && w(2) === 'contrary')
    return { from: i, to: i + 3, bySpeaker: true, controlOnly: false };
  if (t === 'something' && w(1) === 'else' && /^(saying|said|says|claiming|claimed)$/.test(w(-1)))
    return { from: i - 1, to: i + 2, bySpeaker: true, controlOnly: false };
  if (t === 'not' && w(1) === 'true' && /^(is|was|are|were)$/.test(w(-1)))
    return { from: i - 1, to: i + 2, bySpeaker: true, controlOnly: false };
  if (
    (t === 'false' || t === 'untrue' || t === 'baseless' || t === 'fake' || t === 'lies') &&
    /^(is|was|are|were|as|called|were)$/.test(w(-1))
  ) {
    return { from: i - 1, to: i + 1, bySpeaker: true, controlOnly: false };
  }
  if (/^(argued|insisted|said|says|countered|maintained)$/.test(t) && sentence.from < i) {
    const before = a.tokens.slice(Math.max(sentence.from, i - 6), i).map((x) => x.low);
    const contrast = before.includes('while') || before.includes('but') || before.includes('whereas');
    if (!contrast) return null;
    for (let k = 1; k <= 8 && i + k < sentence.to; k++) {
      if (COUNTER_CONTROL.test(w(k))) return { from: i, to: i + 1, bySpeaker: true, controlOnly: true };
    }
  }
  return null;
}

export function findDisputes(
  ctx: Context,
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
  figures: readonly FigureDraft[],
  controls: readonly ControlDraft[],
): DisputeDraft[] {
  const disputes: DisputeDraft[] = [];
  for (const sentence of ctx.a.sentences) {
    for (let i = sentence.from; i < sentence.to; i++) {
      const cue = cueAt(ctx, i, sentence);
      if (!cue) continue;
      i = cue.to - 1;
      const disputer = disputerOf(ctx, frames, quotes, sentence, cue);
      if (!disputer) continue;
      const target = targetOf(ctx, sentence, cue, disputer, figures, controls);
      if (!target) continue;
      const quote = quoteOf(ctx, sentence, cue);
      disputes.push({
        disputer,
        target,
        quoteStart: quote.start,
        quoteEnd: quote.end,
        date: dateOf(ctx, frames, sentence),
        s: sentence.index,
      });
    }
  }
  return disputes;
}

function disputerOf(
  ctx: Context,
  frames: readonly Frame[][],
  quotes: readonly QuoteSpan[],
  sentence: Sentence,
  cue: Cue,
): ActorRecord | null {
  if (!cue.bySpeaker) {
    const subject = subjectBefore(ctx, cue.from - 1, sentence);
    if (subject) return subject.actor.speaksFor ?? subject.actor;
    // "Dismissing it, Russian Major General X revealed …": the subject of the main clause
    const frame = (frames[sentence.index] ?? []).find((f) => f.verb > cue.from && f.speaker);
    return frame?.speaker ?? null;
  }
  const own =
    (frames[sentence.index] ?? []).find((f) => f.verb >= cue.from - 1 && f.speaker) ??
    (frames[sentence.index] ?? []).find((f) => f.speaker);
  if (own?.speaker) return own.speaker.speaksFor ?? own.speaker;
  return attribute(ctx, frames, quotes, cue.from).claimant;
}

function sameSide(x: ActorRecord | null, y: ActorRecord): boolean {
  if (!x) return false;
  if (x === y || x.affiliation === y || y.affiliation === x) return true;
  return false;
}

function targetOf(
  ctx: Context,
  sentence: Sentence,
  cue: Cue,
  disputer: ActorRecord,
  figures: readonly FigureDraft[],
  controls: readonly ControlDraft[],
): DisputeDraft['target'] | null {
  // a counter-figure in the disputing sentence answers the same count by someone else
  if (!cue.controlOnly) {
    const counter = figures.find((f) => f.s === sentence.index && f.at > cue.from);
    if (counter) {
      const answered = [...figures]
        .reverse()
        .find(
          (f) =>
            f.at < cue.from &&
            f.metric === counter.metric &&
            f.subject === counter.subject &&
            f.claimant &&
            !sameSide(f.claimant, disputer) &&
            f.s >= sentence.index - 8,
        );
      if (answered) return { figure: answered };
    }
  }
  type Claim = { at: number; s: number; claimant: ActorRecord | null; target: DisputeDraft['target'] };
  const claims: Claim[] = [
    ...controls.map((c): Claim => ({ at: c.at, s: c.s, claimant: c.claimant, target: { control: c } })),
    ...(cue.controlOnly
      ? []
      : figures.map((f): Claim => ({ at: f.at, s: f.s, claimant: f.claimant, target: { figure: f } }))),
  ];
  const before = claims
    .filter(
      (c) => c.at < cue.from && c.s >= sentence.index - 1 && c.claimant && !sameSide(c.claimant, disputer),
    )
    .sort((x, y) => y.at - x.at)[0];
  if (before) return before.target;
  if (cue.controlOnly) {
    // "with Russia claiming control there while Ukraine argued that its forces were resisting"
    const same = claims.find((c) => c.s === sentence.index && c.claimant && !sameSide(c.claimant, disputer));
    if (same) return same.target;
  }
  return null;
}

/** From the cue to the end of its clause ("rejected this and said that fighting was ongoing"). */
function quoteOf(ctx: Context, sentence: Sentence, cue: Cue): { start: number; end: number } {
  const { a } = ctx;
  let from = cue.from;
  if (cue.controlOnly) {
    const subject = subjectBefore(ctx, cue.from - 1, sentence);
    if (subject) from = subject.from;
  }
  if (cue.bySpeaker && /^(this|that|it|these|those)$/.test(a.tokens[from - 1]?.low ?? '')) from--;
  let to = cue.to - 1;
  const short = /^(true|false|untrue|baseless|fake|lies)$/.test(a.tokens[cue.to - 1]!.low);
  const minimum = short ? cue.to - 1 : cue.to + 2;
  while (to + 1 < sentence.to && !(clauseBreakAfter(a.tokens[to]!) && to >= minimum)) to++;
  return { start: a.tokens[from]!.start, end: a.tokens[to]!.end };
}

function dateOf(ctx: Context, frames: readonly Frame[][], sentence: Sentence): string | null {
  const own = (frames[sentence.index] ?? []).find((f) => f.date);
  if (own) return own.date;
  const dated = (ctx.dates[sentence.index] ?? []).find((d) => !d.background);
  if (dated) return dated.date;
  return ctx.publishedAt;
}
