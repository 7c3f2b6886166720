import type {
  BundleActor,
  BundleControl,
  BundleDispute,
  BundleFigure,
  BundlePlace,
  ReportBundle,
} from '../../domain/bundle';
import type { ActorRecord } from './actors';
import { findFrames, type Frame } from './attribution';
import { Context } from './context';
import { findControls, type ControlDraft } from './controls';
import { findDisputes } from './disputes';
import { findEntities } from './entities';
import { ExtractionError } from './errors';
import { findFigures, type FigureDraft } from './figures';
import { guardText } from './guard';
import { analyse } from './nlp';
import { findQuotes } from './quotes';
import { isTrigger } from './vocabulary';

export { ExtractionError } from './errors';
export type { ExtractionErrorCode } from './errors';
export { MAX_ANALYSED_CHARS } from './guard';

export interface ArticleInput {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publisher: string | null;
  text: string;
}

/**
 * Article -> report bundle (shared/spec/BUNDLE.md). Pure: no I/O, no state kept between calls. Every
 * quote is an exact substring of `article.text`; a figure, control or dispute is only emitted with the
 * text that states it. Unusable text gives an empty bundle with `warnings`; only input that is not an
 * article at all throws an ExtractionError.
 */
export function extractBundle(article: ArticleInput): ReportBundle {
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') {
    throw new ExtractionError('INVALID_INPUT', 'article.text must be a string');
  }
  const report = {
    title: stringOrNull(article.title),
    url: stringOrNull(article.url),
    publishedAt: isoOrNull(article.publishedAt),
    publisher: stringOrNull(article.publisher),
    text: article.text,
  };
  const empty: ReportBundle = { report, actors: [], places: [], figures: [], disputes: [], controls: [] };
  const guard = guardText(article.text);
  if (guard.analysed === null) return { ...empty, warnings: guard.warnings };

  const analysis = analyse(guard.analysed, isTrigger);
  const entities = findEntities(analysis);
  const ctx = new Context(analysis, entities, report.publishedAt);
  const frames: Frame[][] = analysis.sentences.map((s) => findFrames(ctx, s));
  const quotes = findQuotes(analysis);
  const figures = findFigures(ctx, frames, quotes);
  const controlResult = findControls(ctx, frames, quotes);
  const { kept: controls, replacedBy } = dedupeControls(controlResult.controls);
  const disputes = findDisputes(ctx, frames, quotes, figures, controlResult.controls);

  for (const f of figures) markUsed(f.claimant, f.via);
  for (const c of controls) markUsed(c.claimant, c.controller);
  for (const d of disputes) markUsed(d.disputer);
  for (const m of entities.actorMentions)
    if (m.actor.named && m.actor.kind !== 'MILITARY' && m.actor.kind !== 'GOVERNMENT') markUsed(m.actor);
  for (const m of entities.actorMentions)
    if (m.actor.kind === 'GOVERNMENT' && !/^Government of /.test(m.actor.name)) markUsed(m.actor);
  entities.actors.assignKeys();

  const text = article.text;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const bundleFigures: BundleFigure[] = figures.map((f, i) => toFigure(f, `f${i + 1}`, slice));
  const figureKeys = new Map(figures.map((f, i) => [f, `f${i + 1}`]));
  const controlKeys = new Map<ControlDraft, string>();
  controls.forEach((c, i) => controlKeys.set(c, `c${i + 1}`));
  const controlKeyOf = (c: ControlDraft): string | undefined =>
    controlKeys.get(c) ?? controlKeys.get(replacedBy.get(c) ?? c);
  const bundleDisputes: BundleDispute[] = [];
  for (const d of disputes) {
    const target =
      'figure' in d.target
        ? { figure: figureKeys.get(d.target.figure) }
        : { control: controlKeyOf(d.target.control) };
    const key = target.figure ?? target.control;
    if (!key) continue;
    const entry: BundleDispute = {
      disputer: d.disputer.key!,
      target: target.figure ? { figure: target.figure } : { control: target.control! },
      quote: slice(d.quoteStart, d.quoteEnd),
      date: d.date,
    };
    if (
      !bundleDisputes.some(
        (x) => x.disputer === entry.disputer && JSON.stringify(x.target) === JSON.stringify(entry.target),
      )
    )
      bundleDisputes.push(entry);
  }
  const bundleControls: BundleControl[] = controls.map((c) => ({
    key: controlKeys.get(c)!,
    claimant: c.claimant.key!,
    controller: c.controller.key!,
    place: c.place.key,
    status: c.status,
    quote: slice(c.quoteStart, c.quoteEnd),
    date: c.date,
  }));

  const placeKeys = new Set<string>();
  const places: BundlePlace[] = [];
  for (const p of entities.places.all()) {
    if (placeKeys.has(p.key)) continue;
    placeKeys.add(p.key);
    places.push({ key: p.key, name: p.name, aliases: [...p.aliases], kind: p.kind, country: p.country });
  }
  const actors: BundleActor[] = entities.actors
    .all()
    .filter((r) => r.used)
    .map((r) => ({
      key: r.key!,
      name: r.name,
      aliases: [...r.aliases].filter((x) => x !== r.name),
      kind: r.kind,
      affiliation: r.affiliation?.used ? r.affiliation.key! : null,
      role: r.role,
    }));

  const bundle: ReportBundle = {
    report,
    actors,
    places,
    figures: bundleFigures,
    disputes: bundleDisputes,
    controls: bundleControls,
  };
  const warnings = [...guard.warnings, ...controlResult.warnings];
  if (warnings.length) bundle.warnings = warnings;
  return bundle;
}

/**
 * One claim per place, controller and status: the same control told twice ("with Russia claiming
 * control there", then the ministry's spokesperson) is one, carried by its most specific source.
 */
function dedupeControls(controls: ControlDraft[]): {
  kept: ControlDraft[];
  replacedBy: Map<ControlDraft, ControlDraft>;
} {
  const kept: ControlDraft[] = [];
  const replacedBy = new Map<ControlDraft, ControlDraft>();
  for (const c of controls) {
    const same = kept.find(
      (k) => k.place === c.place && k.controller === c.controller && k.status === c.status,
    );
    if (!same) {
      kept.push(c);
      continue;
    }
    if (genericSource(same.claimant) && !genericSource(c.claimant)) {
      kept[kept.indexOf(same)] = c;
      replacedBy.set(same, c);
      for (const [from, to] of replacedBy) if (to === same) replacedBy.set(from, c);
    } else {
      replacedBy.set(c, same);
    }
  }
  return { kept, replacedBy };
}

function genericSource(actor: ActorRecord): boolean {
  return /^Government of /.test(actor.name);
}

function markUsed(...actors: (ActorRecord | null | undefined)[]): void {
  for (const a of actors) {
    if (!a) continue;
    a.used = true;
    if (a.affiliation) a.affiliation.used = true;
  }
}

function toFigure(f: FigureDraft, key: string, slice: (start: number, end: number) => string): BundleFigure {
  return {
    key,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    metric: f.metric,
    subject: f.subject,
    asOf: f.asOf,
    claimant: f.claimant?.key ?? null,
    via: f.via?.key ?? null,
    quote: slice(f.quoteStart, f.quoteEnd),
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isoOrNull(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
