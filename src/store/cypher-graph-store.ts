import { checkBundle } from '../domain/bundle-invariants';
import type { ReportBundle } from '../domain/bundle';
import { contradictionPairs, type ComparableFigure } from '../domain/contradiction';
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel, type Qualifier } from '../domain/enums';
import { InvalidInputError } from '../domain/errors';
import { edgeId, labelOfId } from '../domain/ids';
import type {
  Actor,
  ControlClaim,
  Dispute,
  Figure,
  FigureClaim,
  GraphCounts,
  GraphNode,
  IngestResult,
  Network,
  NetworkEdge,
  NetworkNode,
  Place,
  Report,
  SearchHit,
  SimilarActor,
} from '../domain/model';
import { subjectKey as toSubjectKey, metricKey } from '../domain/quantity';
import { blockKeysOf, blockRows, candidateIds } from '../domain/blocking';
import { aliasKey, aliasKeysOfBundle, fingerprintsOf, resolveBundle } from '../domain/resolution';
import { pairKey, planSimilarLinks } from '../domain/similar-links';
import type { SimilarCandidate } from '../domain/similarity';
import { planWrite, type PlannedEdge, type WritePlan } from '../domain/write-plan';
import * as CP from './cypher/claim-pages';
import * as lists from './cypher/lists';
import * as Q from './cypher/reads';
import * as W from './cypher/writes';
import type { CypherExecutor, Row, WriteTx } from './executor';
import type {
  ActorFilter,
  ClaimPage,
  ClaimPageRequest,
  FigureFilter,
  GraphStore,
  NeighbourhoodRequest,
  Page,
  PageRequest,
  ReportFilter,
  StoreHealth,
  StoreKind,
} from './graph-store.port';
import { rowChanged } from './row-diff';
import { writtenColumns } from './schema';
import {
  groupBy,
  toActor,
  toClaim,
  toControl,
  toDispute,
  toFigure,
  toPlace,
  toReport,
  toSimilar,
  toStringList,
} from './rows';

/** Frontier nodes read at once by a network level: at least, and at most (network limit up to 2,000). */
const MIN_CHUNK = 8;
const MAX_CHUNK = 256;
const SEARCH_LABELS: NodeLabel[] = ['Actor', 'Place', 'Figure', 'Control', 'Report'];
/** Scores of an exact name/alias hit: above any full-text score, so "Zelenskyy" ranks the person first. */
const EXACT_HIT_SCORE = 1000;

/** Ids about to be read, each absent (null) until its row arrives. */
const readRows = (ids: readonly string[]): Map<string, Row | null> => new Map(ids.map((id) => [id, null]));

/** A network node's label text, from its display columns (reads.ts DISPLAY_COLUMNS). */
function networkNodeName(label: NodeLabel, id: string, r: Row): string {
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  const name =
    text(
      label === 'Report' ? r.title : label === 'Figure' ? r.subject : label === 'Control' ? r.status : r.name,
    ) ?? id;
  if (label === 'Figure') return `${Number(r.value).toLocaleString('en-US')} ${String(r.metric)} (${name})`;
  if (label === 'Control') return `${name} ${String(r.placeId).replace(/^place:/, '')}`;
  return name;
}

/** What an adapter adds to a bundle's write transaction (the embedded store's journal). */
export interface IngestHooks {
  /** Runs inside the transaction, after the bundle's writes, before COMMIT; a throw rolls it back. */
  beforeCommit?: (tx: WriteTx, result: IngestResult) => Promise<void>;
  /** Runs when the transaction rolled back, before the next write starts. */
  onRollback?: () => Promise<void>;
}

/**
 * The GraphStore port implemented once over any CypherExecutor. Both the embedded store and Neo4j
 * run this class; only the executor (connection, value conversion, batching) and the dialect hooks
 * differ, so the contract suite exercises the same Cypher that production runs.
 */
export class CypherGraphStore implements GraphStore {
  constructor(
    private readonly exec: CypherExecutor,
    readonly kind: StoreKind,
  ) {}

  async init(): Promise<this> {
    await this.exec.ensureSchema();
    return this;
  }

  roundTrips(): number {
    return this.exec.roundTrips;
  }

  // ---------------------------------------------------------------- writes

  async ingestBundle(bundle: ReportBundle, hooks: IngestHooks = {}): Promise<IngestResult> {
    const problems = checkBundle(bundle);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const { beforeCommit, onRollback } = hooks;
    return this.exec.write(
      async (tx) => {
        const result = await this.writeBundle(tx, bundle);
        await beforeCommit?.(tx, result);
        return result;
      },
      { onRollback },
    );
  }

  private async writeBundle(tx: WriteTx, bundle: ReportBundle): Promise<IngestResult> {
    const aliasKeys = aliasKeysOfBundle(bundle);
    const known = new Map<string, string>();
    // Rows read here are what the merges below compare with (changedRows), so nothing is read twice.
    const stored = {
      Alias: readRows(aliasKeys),
      Actor: new Map<string, Row | null>(),
      Place: new Map<string, Row | null>(),
    };
    if (aliasKeys.length > 0)
      for (const r of await tx.run(Q.nodesByIds('Alias'), { ids: aliasKeys })) {
        known.set(String(r.id), String(r.targetId));
        stored.Alias.set(String(r.id), r);
      }
    const resolution = resolveBundle(bundle, known);
    const actorIds = [
      ...new Set([
        ...resolution.actors.values(),
        ...(resolution.publisherId ? [resolution.publisherId] : []),
      ]),
    ];
    const placeIds = [...new Set(resolution.places.values())];
    const existingActors = new Map<string, Actor>();
    stored.Actor = readRows(actorIds);
    if (actorIds.length > 0)
      for (const r of await tx.run(Q.nodesByIds('Actor'), { ids: actorIds })) {
        existingActors.set(String(r.id), toActor(r));
        stored.Actor.set(String(r.id), r);
      }
    const existingPlaces = new Map<string, Place>();
    stored.Place = readRows(placeIds);
    if (placeIds.length > 0)
      for (const r of await tx.run(Q.nodesByIds('Place'), { ids: placeIds })) {
        existingPlaces.set(String(r.id), toPlace(r));
        stored.Place.set(String(r.id), r);
      }

    const plan = planWrite(bundle, resolution, existingActors, existingPlaces);
    const previous = await tx.run(Q.REPORT_HASH, { id: plan.reportId });
    const touched = new Set<string>();
    const result = (status: IngestResult['status'], contradictions: number): IngestResult => ({
      reportId: plan.reportId,
      status,
      ...plan.counts,
      contradictions,
      touched: [...touched],
    });
    if (previous.length > 0 && previous[0]!.contentHash === plan.contentHash) return result('UNCHANGED', 0);

    const quantities = new Map(plan.quantities.map((q) => [`${q.metric}|${q.subjectKey}`, q]));
    if (previous.length > 0) {
      // A new version of a known report replaces everything the old version stated.
      const oldFigures = (await tx.run(W.FIGURES_OF_REPORT, { reportId: plan.reportId })).map((r) =>
        String(r.id),
      );
      // A node the new version states again is kept (and rewritten only if it changed: changedRows), so
      // a restated report deletes and re-writes nothing but its own report row and what it took back.
      const kept = new Set(plan.nodes.map((n) => n.row.id));
      const goneControls = (await tx.run(W.CONTROLS_OF_REPORT, { reportId: plan.reportId }))
        .map((r) => String(r.id))
        .filter((id) => !kept.has(id));
      // Everything the removal changes is touched (the read cache drops just those ids): the report,
      // what it pointed at, both ends of its claims, disputes and links, the controls that go and their ends.
      touched.add(plan.reportId);
      for (const id of [...oldFigures, ...goneControls]) touched.add(id);
      for (const r of await tx.run(W.REPORT_TARGETS, { reportId: plan.reportId })) touched.add(String(r.id));
      const edgeTypes = ['CLAIMS', 'DISPUTES', 'SIMILAR_TO'] as const;
      for (const type of edgeTypes)
        for (const r of await tx.run(W.reportEdgeEnds(type), { reportId: plan.reportId }))
          touched.add(String(r.source)).add(String(r.target));
      if (goneControls.length > 0) {
        for (const text of [W.CONTROL_ENDS, W.CONTROL_STARTS])
          for (const r of await tx.run(text, { ids: goneControls })) touched.add(String(r.id));
        await tx.run(W.DELETE_CONTROLS, { ids: goneControls });
      }
      await tx.run(W.DELETE_REPORT, { reportId: plan.reportId });
      for (const type of edgeTypes) await tx.run(W.deleteReportEdges(type), { reportId: plan.reportId });
      if (oldFigures.length > 0) {
        const still = new Set(
          (await tx.run(W.FIGURES_STILL_REPORTED, { ids: oldFigures })).map((r) => String(r.id)),
        );
        const orphans = oldFigures.filter((id) => !still.has(id) && !kept.has(id));
        if (orphans.length > 0) {
          for (const f of (await tx.run(Q.nodesByIds('Figure'), { ids: orphans })).map(toFigure))
            quantities.set(`${f.metric}|${f.subjectKey}`, { metric: f.metric, subjectKey: f.subjectKey });
          await tx.run(W.DELETE_FIGURES, { ids: orphans });
        }
      }
    }

    // Nodes by label, in dependency order; an alias already pointing somewhere never moves.
    for (const label of ['Report', 'Actor', 'Place', 'Figure', 'Control', 'Alias'] as const) {
      const rows = plan.nodes
        .filter((n) => n.label === label && !(label === 'Alias' && known.has(n.row.id)))
        .map((n) => n.row);
      const read = label === 'Actor' || label === 'Place' || label === 'Alias' ? stored[label] : undefined;
      const changed = await this.changedRows(tx, label, rows, read);
      if (changed.length > 0) await tx.mergeNodes(label, changed);
    }
    const similar = await this.planSimilarity(tx, bundle, plan, new Set(actorIds));
    const groups = new Map<string, typeof plan.edges>();
    for (const n of plan.nodes) if (n.label !== 'Alias' && n.label !== 'Block') touched.add(n.row.id);
    for (const e of [...plan.edges, ...similar]) {
      touched.add(e.row.from).add(e.row.to);
      const k = `${e.type}|${e.fromLabel}|${e.toLabel}`;
      groups.set(k, [...(groups.get(k) ?? []), e]);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      await tx.mergeEdges(
        first.type,
        first.fromLabel,
        first.toLabel,
        group.map((e) => e.row),
      );
    }
    await this.refreshFigureQuotes(tx, plan.figureIds);
    let contradictions = 0;
    for (const q of quantities.values())
      contradictions += await this.recomputeContradictions(tx, q.metric, q.subjectKey, touched);
    return result(previous.length > 0 ? 'UPDATED' : 'CREATED', contradictions);
  }

  /**
   * Uncertain matches (domain/similarity.ts) for the actors this report mentions, found through the
   * blocking keys of their names (a few candidates, never a scan), and the block rows that file this
   * report's actors for later reports. Runs after an older version's links were removed, so a pair
   * still linked by another report keeps that provenance and this report's own links are rewritten.
   */
  private async planSimilarity(
    tx: WriteTx,
    bundle: ReportBundle,
    plan: WritePlan,
    own: ReadonlySet<string>,
  ): Promise<PlannedEdge[]> {
    const namesOf = (a: Actor) => [a.name, ...a.aliases];
    const keys = [...new Set(plan.actors.flatMap((a) => blockKeysOf(namesOf(a))))];
    if (keys.length === 0) return [];
    const blocks = new Map<string, string[]>();
    for (const r of await tx.run(Q.nodesByIds('Block'), { ids: keys }))
      blocks.set(String(r.id), toStringList(r.targetIds));
    const rows = blockRows(
      plan.actors.map((a) => ({ id: a.id, names: namesOf(a) })),
      blocks,
    );
    const changedBlocks = await this.changedRows(tx, 'Block', rows);
    if (changedBlocks.length > 0) await tx.mergeNodes('Block', changedBlocks);

    const mentioned = new Set(bundle.actors.map((a) => plan.resolvedActors.get(a.key)!));
    const actors = plan.actors.filter((a) => mentioned.has(a.id));
    const wanted = new Map(actors.map((a) => [a.id, candidateIds(namesOf(a), blocks, own)]));
    const ids = [...new Set([...wanted.values()].flat())];
    if (ids.length === 0) return [];
    const known = new Map<string, SimilarCandidate>();
    for (const r of await tx.run(Q.nodesByIds('Actor'), { ids })) {
      const a = toActor(r);
      known.set(a.id, { id: a.id, kind: a.kind, names: namesOf(a) });
    }
    const candidates = new Map(
      [...wanted].map(([id, cs]) => [id, cs.flatMap((c) => known.get(c) ?? [])] as const),
    );
    const linked = new Set(
      (await tx.run(Q.SIMILAR_OF_ACTORS, { ids: [...mentioned] })).map((r) =>
        pairKey(String(r.actorId), String(r.otherId)),
      ),
    );
    return planSimilarLinks({
      reportId: plan.reportId,
      text: bundle.report.text,
      date: bundle.report.publishedAt ?? null,
      actors,
      candidates,
      linked,
    });
  }

  /**
   * The rows of one label that differ from what is stored (row-diff.ts: why unchanged rows are skipped).
   * `read`: rows this transaction already read (null: read and absent); only the other ids are read here.
   */
  private async changedRows<R extends { id: string }>(
    tx: WriteTx,
    label: NodeLabel | 'Alias' | 'Block',
    rows: R[],
    read: ReadonlyMap<string, Row | null> = new Map(),
  ): Promise<R[]> {
    if (rows.length === 0) return rows;
    const stored = new Map(read);
    const unread = [...new Set(rows.map((r) => r.id))].filter((id) => !stored.has(id));
    if (unread.length > 0)
      for (const r of await tx.run(Q.nodesByIds(label), { ids: unread })) stored.set(String(r.id), r);
    const columns = writtenColumns(label);
    return rows.filter((r) => rowChanged(columns, r, stored.get(r.id) ?? undefined));
  }

  /** Figures are found by full-text over the quotes that state them; an unchanged text is not rewritten. */
  private async refreshFigureQuotes(tx: WriteTx, figureIds: string[]): Promise<void> {
    if (figureIds.length === 0) return;
    const rows = await tx.run(W.QUOTES_OF_FIGURES, { ids: figureIds });
    const current = new Map(rows.map((r) => [String(r.id), r.current ?? null]));
    const quotes = groupBy(figureIds, rows, 'id', (r) => String(r.quote));
    for (const [id, qs] of quotes) {
      const quoteText = [...new Set(qs)].join(' | ');
      if (current.get(id) !== quoteText) await tx.run(W.SET_FIGURE_QUOTES, { id, quoteText });
    }
  }

  /** Replaces the derived CONTRADICTS edges of one quantity (rule: domain/contradiction.ts). */
  private async recomputeContradictions(
    tx: WriteTx,
    metric: string,
    subjectKey: string,
    touched: Set<string>,
  ): Promise<number> {
    const rows = await tx.run(W.FIGURES_OF_QUANTITY, { metric, subjectKey });
    // Every CONTRADICTS edge of the quantity is removed and rewritten: all its figures are touched.
    for (const r of rows) touched.add(String(r.id));
    const byId = new Map<string, ComparableFigure & { claimantIds: string[] }>();
    for (const r of rows) {
      const id = String(r.id);
      const f =
        byId.get(id) ??
        ({
          id,
          metric,
          subjectKey,
          value: Number(r.value),
          low: r.low === null || r.low === undefined ? null : Number(r.low),
          high: r.high === null || r.high === undefined ? null : Number(r.high),
          qualifier: String(r.qualifier) as Qualifier,
          asOf: r.asOf === null || r.asOf === undefined ? null : String(r.asOf),
          claimantIds: [],
        } satisfies ComparableFigure & { claimantIds: string[] });
      if (
        r.claimantId !== null &&
        r.claimantId !== undefined &&
        !f.claimantIds.includes(String(r.claimantId))
      )
        f.claimantIds.push(String(r.claimantId));
      byId.set(id, f);
    }
    await tx.run(W.DELETE_QUANTITY_CONTRADICTIONS, { metric, subjectKey });
    const pairs = contradictionPairs([...byId.values()]);
    if (pairs.length > 0)
      await tx.mergeEdges(
        'CONTRADICTS',
        'Figure',
        'Figure',
        pairs.map(([a, b]) => ({
          id: edgeId('CONTRADICTS', a, b),
          from: a,
          to: b,
          reportId: null,
          quote: null,
          date: null,
          rule: 'disjoint-ranges',
        })),
      );
    return pairs.length;
  }

  // ---------------------------------------------------------------- reads by id

  private async byIds<T>(
    label: NodeLabel,
    ids: readonly string[],
    map: (r: Row) => T,
  ): Promise<Map<string, T>> {
    const wanted = [...new Set(ids)].filter((id) => labelOfId(id) === label);
    const out = new Map<string, T>();
    if (wanted.length === 0) return out;
    for (const r of await this.exec.read(Q.nodesByIds(label), { ids: wanted })) out.set(String(r.id), map(r));
    return out;
  }

  getActors(ids: readonly string[]): Promise<Map<string, Actor>> {
    return this.byIds('Actor', ids, toActor);
  }
  getPlaces(ids: readonly string[]): Promise<Map<string, Place>> {
    return this.byIds('Place', ids, toPlace);
  }
  getReports(ids: readonly string[]): Promise<Map<string, Report>> {
    return this.byIds('Report', ids, toReport);
  }
  getFigures(ids: readonly string[]): Promise<Map<string, Figure>> {
    return this.byIds('Figure', ids, toFigure);
  }
  getControlClaims(ids: readonly string[]): Promise<Map<string, ControlClaim>> {
    return this.byIds('Control', ids, toControl);
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const [actors, places, reports, figures, controls] = await Promise.all([
      this.getActors(ids),
      this.getPlaces(ids),
      this.getReports(ids),
      this.getFigures(ids),
      this.getControlClaims(ids),
    ]);
    const out = new Map<string, GraphNode>();
    actors.forEach((v, k) => out.set(k, { label: 'Actor', ...v }));
    places.forEach((v, k) => out.set(k, { label: 'Place', ...v }));
    reports.forEach((v, k) => out.set(k, { label: 'Report', ...v }));
    figures.forEach((v, k) => out.set(k, { label: 'Figure', ...v }));
    controls.forEach((v, k) => out.set(k, { label: 'Control', ...v }));
    return out;
  }

  // ---------------------------------------------------------------- relationship reads

  private async grouped<T>(
    text: string,
    ids: readonly string[],
    key: string,
    map: (r: Row) => T,
  ): Promise<Map<string, T[]>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return groupBy(unique, await this.exec.read(text, { ids: unique }), key, map);
  }

  claimsOfFigures(ids: readonly string[]): Promise<Map<string, FigureClaim[]>> {
    return this.grouped(Q.CLAIMS_OF_FIGURES, ids, 'figureId', toClaim);
  }
  claimsOfActors(ids: readonly string[]): Promise<Map<string, FigureClaim[]>> {
    return this.grouped(Q.CLAIMS_OF_ACTORS, ids, 'actorId', toClaim);
  }
  async claimsOfActorPage(actorId: string, page: ClaimPageRequest): Promise<ClaimPage> {
    const first = Math.max(0, Math.trunc(page.first));
    const after = page.after ?? null;
    // Exactly the parameters the text references (Kuzu rejects an extra one, reads a missing one as NULL).
    const params = after
      ? {
          actorId,
          afterDate: after.date ?? CP.UNDATED_SORT_KEY,
          afterReportId: after.reportId,
          afterId: after.edgeId,
        }
      : { actorId };
    const rows = await this.exec.read(CP.claimsOfActorPage(first, after !== null), params);
    return {
      edges: rows.slice(0, first).map((r) => ({
        claim: toClaim(r),
        position: {
          date: r.date === null || r.date === undefined ? null : String(r.date),
          reportId: String(r.reportId),
          edgeId: String(r.id),
        },
      })),
      hasNextPage: rows.length > first,
    };
  }
  async countClaimsOfActors(ids: readonly string[]): Promise<Map<string, number>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, number>(unique.map((id) => [id, 0]));
    if (unique.length === 0) return out;
    for (const r of await this.exec.read(CP.COUNT_CLAIMS_OF_ACTORS, { ids: unique }))
      out.set(String(r.id), Number(r.n));
    return out;
  }
  async disputesOfTargets(ids: readonly string[]): Promise<Map<string, Dispute[]>> {
    const figures = ids.filter((id) => labelOfId(id) === 'Figure');
    const controls = ids.filter((id) => labelOfId(id) === 'Control');
    const [a, b] = await Promise.all([
      this.grouped(Q.disputesOfTargets('Figure'), figures, 'targetId', (r) => toDispute(r, 'Figure')),
      this.grouped(Q.disputesOfTargets('Control'), controls, 'targetId', (r) => toDispute(r, 'Control')),
    ]);
    return new Map([...ids.map((id): [string, Dispute[]] => [id, []]), ...a, ...b]);
  }
  async disputesOfActors(ids: readonly string[]): Promise<Map<string, Dispute[]>> {
    const [a, b] = await Promise.all([
      this.grouped(Q.DISPUTES_OF_ACTORS('Figure'), ids, 'actorId', (r) => toDispute(r, 'Figure')),
      this.grouped(Q.DISPUTES_OF_ACTORS('Control'), ids, 'actorId', (r) => toDispute(r, 'Control')),
    ]);
    return new Map(ids.map((id) => [id, [...(a.get(id) ?? []), ...(b.get(id) ?? [])]]));
  }
  controlClaimsOfPlaces(ids: readonly string[]): Promise<Map<string, ControlClaim[]>> {
    return this.grouped(Q.CONTROLS_OF_PLACES, ids, 'placeId', toControl);
  }
  controlClaimsOfActors(ids: readonly string[]): Promise<Map<string, ControlClaim[]>> {
    return this.grouped(Q.CONTROLS_OF_ACTORS, ids, 'claimantId', toControl);
  }
  similarOfActors(ids: readonly string[]): Promise<Map<string, SimilarActor[]>> {
    return this.grouped(Q.SIMILAR_OF_ACTORS, ids, 'actorId', toSimilar);
  }
  contradictionsOfFigures(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.grouped(Q.CONTRADICTIONS_OF_FIGURES, ids, 'id', (r) => String(r.other));
  }
  async reportsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    await Promise.all(
      (['Actor', 'Place', 'Figure', 'Control'] as const).map(async (label) => {
        const mine = ids.filter((id) => labelOfId(id) === label);
        for (const [id, reports] of await this.grouped(Q.reportsOf(label), mine, 'id', (r) =>
          String(r.reportId),
        ))
          out.set(id, reports);
      }),
    );
    return out;
  }
  async contentsOfReports(
    ids: readonly string[],
  ): Promise<Map<string, { figures: string[]; actors: string[]; places: string[]; controls: string[] }>> {
    const [actors, places, figures, controls] = await Promise.all(
      (['Actor', 'Place', 'Figure', 'Control'] as const).map((l) =>
        this.grouped(Q.contentsOfReports(l), ids, 'id', (r) => String(r.other)),
      ),
    );
    return new Map(
      ids.map((id) => [
        id,
        {
          actors: actors!.get(id) ?? [],
          places: places!.get(id) ?? [],
          figures: figures!.get(id) ?? [],
          controls: controls!.get(id) ?? [],
        },
      ]),
    );
  }

  async timeline(metric: string, subject?: string | null): Promise<FigureClaim[]> {
    const m = metricKey(metric);
    const rows =
      subject === null || subject === undefined || subject.trim() === ''
        ? await this.exec.read(Q.TIMELINE_BY_METRIC, { metric: m })
        : await this.exec.read(Q.TIMELINE_BY_QUANTITY, { metric: m, subjectKey: toSubjectKey(subject) });
    const claims = rows.map(toClaim);
    // Undated claims last; the store's ORDER BY puts NULL first on one engine and last on the other.
    return [...claims.filter((c) => c.date !== null), ...claims.filter((c) => c.date === null)];
  }

  // ---------------------------------------------------------------- search and traversal

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const terms = this.exec.dialect.fullTextTerms(text);
    const scores = new Map<string, number>();
    const keys = fingerprintsOf({ name: text }).flatMap((fp) => [
      aliasKey('actor', fp),
      aliasKey('place', fp),
    ]);
    if (keys.length > 0)
      for (const r of await this.exec.read(Q.nodesByIds('Alias'), { ids: keys }))
        scores.set(String(r.targetId), EXACT_HIT_SCORE);
    if (terms.length > 0) {
      const results = await Promise.all(
        SEARCH_LABELS.map((l) => this.exec.read(this.exec.dialect.fullTextQuery(l, limit), { q: terms })),
      );
      for (const rows of results)
        for (const r of rows) {
          const id = String(r.id);
          scores.set(id, Math.max(scores.get(id) ?? 0, Number(r.score)));
        }
    }
    return [...scores.entries()]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  /**
   * Breadth-first from the start nodes, level by level, bounded at any graph size: each node is read by
   * primary key and answers at most `limit` relationships per direction (a hub with 150,000 claims sends
   * `limit` rows, not 150,000), and a level reads its frontier in chunks, in discovery order, until
   * `limit` nodes are seen: no read grows with the table, and no node sends more rows than `limit`.
   * (Kuzu 0.11 still walks a hub's whole adjacency list to answer its first rows — it joins the far
   * ends as a hash join — measured at 1M figures: 30–70 ms for the 127,602 claims of the largest actor,
   * 3–5 ms for a figure.) `truncated` says something was left out: a node refused by the limit, a
   * frontier left unread, or a node with as many relationships as were read. The answer depends only
   * on the graph — every chunk is taken in frontier order, out before in, each node's rows in edge-id
   * order — except which `limit` rows a node with more than `limit` relationships in one direction
   * answers: an engine's LIMIT without ORDER BY picks them, and ordering a hub's rows first would read
   * all of them (measured at 1M: 1.2 s instead of 0.1 s for the largest actor).
   */
  async neighbourhood(req: NeighbourhoodRequest): Promise<Network> {
    const types = req.edgeTypes && req.edgeTypes.length > 0 ? [...new Set(req.edgeTypes)].sort() : null;
    const start = await this.networkNodes([...new Set(req.ids)]);
    const found = new Map(start.map((n) => [n.id, n]));
    const seen = new Set(found.keys());
    const edges = new Map<string, NetworkEdge>();
    const cap = Math.max(1, Math.trunc(req.limit));
    let frontier = [...seen];
    let truncated = false;
    for (let level = 0; level < req.depth && frontier.length > 0 && !truncated; level++) {
      const next: string[] = [];
      for (let at = 0; at < frontier.length;) {
        if (seen.size >= req.limit) {
          truncated = true;
          break;
        }
        // About as many nodes as there are places left (each read node usually brings one or more).
        const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil((req.limit - seen.size) / 2)));
        const chunk = frontier.slice(at, (at += size));
        for (const { direction, rows } of await this.steps(chunk, cap, types)) {
          if (rows.length >= cap) truncated = true;
          for (const r of rows) {
            const source = String(r.source);
            const target = String(r.target);
            const other = direction === 'out' ? target : source;
            if (!seen.has(other)) {
              const kind = labelOfId(other);
              if (!kind) continue;
              if (seen.size >= req.limit) {
                truncated = true;
                continue;
              }
              seen.add(other);
              next.push(other);
              found.set(other, { id: other, label: networkNodeName(kind, other, r), kind });
            }
            const id = String(r.id);
            edges.set(id, {
              id,
              source,
              target,
              type: String(r.type) as EdgeType,
              reportId: r.reportId === null || r.reportId === undefined ? null : String(r.reportId),
              quote: r.quote === null || r.quote === undefined ? null : String(r.quote),
              date: r.date === null || r.date === undefined ? null : String(r.date),
            });
          }
        }
      }
      frontier = next;
    }
    return {
      nodes: [...found.values()].sort((a, b) => a.id.localeCompare(b.id)),
      edges: [...edges.values()].filter((e) => found.has(e.source) && found.has(e.target)),
      truncated,
    };
  }

  /**
   * One hop from each node of a chunk: every label and direction at once (independent reads), answered
   * node by node in chunk order, out before in, whatever order the reads finish in.
   */
  private async steps(
    chunk: string[],
    cap: number,
    types: string[] | null,
  ): Promise<{ direction: 'out' | 'in'; rows: Row[] }[]> {
    const reads = NODE_LABELS.flatMap((label) => {
      const ids = chunk.filter((id) => labelOfId(id) === label);
      if (ids.length === 0) return [];
      return Q.STEP_DIRECTIONS(label).map(async (direction) => {
        const text = Q.neighbourStep(this.exec.dialect, label, direction, cap, types !== null);
        const answers = await this.exec.readEach(text, ids, types ? { types } : {});
        // In edge-id order: the engines return rows in no fixed order (Kuzu's parallel joins differ
        // from run to run), so an unsorted level could take different nodes when the limit is hit.
        const sorted = answers.map((rows) =>
          [...rows].sort((x, y) => String(x.id).localeCompare(String(y.id))),
        );
        return { direction, answers: new Map(ids.map((id, i) => [id, sorted[i] ?? []])) };
      });
    });
    const done = await Promise.all(reads);
    return chunk.flatMap((id) =>
      (['out', 'in'] as const).flatMap((direction) =>
        done
          .filter((d) => d.direction === direction && d.answers.has(id))
          .map((d) => ({ direction, rows: d.answers.get(id)! })),
      ),
    );
  }

  private async networkNodes(ids: string[]): Promise<NetworkNode[]> {
    const out: NetworkNode[] = [];
    const reads = NODE_LABELS.map((label) => {
      const mine = ids.filter((id) => labelOfId(id) === label);
      return mine.length === 0 ? null : this.exec.read(Q.displayNames(label), { ids: mine });
    });
    for (const [i, rows] of (await Promise.all(reads)).entries()) {
      const label = NODE_LABELS[i]!;
      for (const r of rows ?? [])
        out.push({ id: String(r.id), label: networkNodeName(label, String(r.id), r), kind: label });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  async shortestPath(fromId: string, toId: string, maxLength: number): Promise<string[] | null> {
    const fromLabel = labelOfId(fromId);
    const toLabel = labelOfId(toId);
    if (!fromLabel || !toLabel) return null;
    if (fromId === toId) return (await this.getNodes([fromId])).has(fromId) ? [fromId] : null;
    const length = Math.max(1, Math.min(Math.trunc(maxLength), 10));
    const rows = await this.exec.read(this.exec.dialect.shortestPathQuery(fromLabel, toLabel, length), {
      from: fromId,
      to: toId,
    });
    const ids = rows[0]?.ids;
    return Array.isArray(ids) ? ids.map(String) : null;
  }

  // ---------------------------------------------------------------- listings and counts

  private async page(q: lists.ListQuery, req: PageRequest): Promise<Page> {
    const [rows, count] = await Promise.all([
      this.exec.read(q.page, q.params),
      this.exec.read(q.count, q.countParams),
    ]);
    const ids = rows.map((r) => String(r.id));
    return {
      ids: ids.slice(0, req.first),
      hasNextPage: ids.length > req.first,
      totalCount: Number(count[0]?.n ?? 0),
    };
  }
  listActors(filter: ActorFilter, page: PageRequest): Promise<Page> {
    return this.page(lists.listActors(filter, page.first, page.after), page);
  }
  listPlaces(filter: { kind?: string | null; name?: string | null }, page: PageRequest): Promise<Page> {
    return this.page(lists.listPlaces(filter, page.first, page.after), page);
  }
  listReports(filter: ReportFilter, page: PageRequest): Promise<Page> {
    return this.page(lists.listReports(filter, page.first, page.after), page);
  }
  listFigures(filter: FigureFilter, page: PageRequest): Promise<Page> {
    return this.page(lists.listFigures(filter, page.first, page.after), page);
  }

  async counts(): Promise<GraphCounts> {
    const nodes = {} as GraphCounts['nodes'];
    const edges = {} as GraphCounts['edges'];
    for (const label of NODE_LABELS)
      nodes[label] = Number((await this.exec.read(Q.countNodes(label)))[0]?.n ?? 0);
    for (const type of EDGE_TYPES)
      edges[type] = Number((await this.exec.read(Q.countEdges(type)))[0]?.n ?? 0);
    return { nodes, edges };
  }

  async health(): Promise<StoreHealth> {
    const h = await this.exec.health();
    return { ok: h.ok, store: this.kind, detail: h.detail };
  }

  close(): Promise<void> {
    return this.exec.close();
  }
}
