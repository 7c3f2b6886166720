import type { ActorRecord } from './actors';
import type { Frame } from './frame';
import { findDates, findShifts, type DateExpr, type DateShift } from './dates';
import type { ActorMention, Entities } from './entities';
import type { Analysis } from './nlp';

/**
 * What the rule families share for one article: the analysis, the entities, dates per sentence and
 * the actor mentions in text order — including the ones attribution resolves ("he", "the ministry"),
 * so a later pronoun can refer to them.
 */
export class Context {
  readonly dates: DateExpr[][];
  readonly shifts: DateShift[][];
  /** Speech frames found so far, in text order (filled by attribution). */
  readonly frames: Frame[] = [];
  private readonly mentions: ActorMention[];
  private readonly byEnd = new Map<number, ActorMention[]>();

  constructor(
    readonly a: Analysis,
    readonly e: Entities,
    readonly publishedAt: string | null,
  ) {
    this.mentions = [...e.actorMentions];
    for (const m of this.mentions) this.index(m);
    this.dates = a.sentences.map((s) => findDates(a, s.from, s.to, publishedAt));
    this.shifts = a.sentences.map((s) => findShifts(a, s.from, s.to));
  }

  private index(m: ActorMention): void {
    const list = this.byEnd.get(m.to - 1);
    if (list) {
      list.push(m);
      list.sort((x, y) => x.from - y.from);
    } else this.byEnd.set(m.to - 1, [m]);
  }

  /** Mentions whose last token is `i`, outermost first. */
  mentionsEndingAt(i: number): ActorMention[] {
    return this.byEnd.get(i) ?? [];
  }

  /** Mentions starting within [from, to). */
  mentionsWithin(from: number, to: number): ActorMention[] {
    return this.mentions.filter((m) => m.from >= from && m.from < to);
  }

  /** The latest mention starting before token `i` that passes `test`. */
  latestBefore(i: number, test: (m: ActorMention) => boolean): ActorMention | undefined {
    let best: ActorMention | undefined;
    for (const m of this.mentions) {
      if (m.from >= i) continue;
      if (test(m) && (!best || m.from > best.from)) best = m;
    }
    return best;
  }

  /** Records a resolved reference (a pronoun or description) as a mention of `actor`. */
  addMention(actor: ActorRecord, from: number, to: number): void {
    const s = this.a.tokens[from]?.s ?? 0;
    if (this.mentions.some((m) => m.from === from && m.to === to && m.actor === actor)) return;
    const mention = { actor, from, to, s };
    this.mentions.push(mention);
    this.index(mention);
  }
}
