import { LRUCache } from 'lru-cache';
import type { ReportBundle } from '../domain/bundle';
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
  Place,
  Report,
  SearchHit,
  SimilarActor,
} from '../domain/model';
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

export interface ReadCacheOptions {
  /** Budget in cache units: one per cached entity, one per list element (default 1,000,000). */
  maxUnits?: number;
}

export interface ReadCacheStats {
  hits: number;
  misses: number;
  invalidations: number;
  size: number;
}

type Box = { v: unknown };
const unitsOf = (v: unknown): number => {
  if (Array.isArray(v)) return v.length + 1;
  if (v && typeof v === 'object' && 'nodes' in v && Array.isArray((v as Network).nodes))
    return (v as Network).nodes.length + (v as Network).edges.length + 1;
  if (v && typeof v === 'object' && 'edges' in v && Array.isArray((v as ClaimPage).edges))
    return (v as ClaimPage).edges.length + 1;
  return 1;
};

/**
 * A GraphStore decorator with a shared LRU read cache, invalidated by every write. Writes are serialised
 * by the store. Reads keyed by one node id (the node, its claims, disputes, controls, reports, contents,
 * contradictions, similar actors) depend only on that node and its own relationships, so a write drops
 * just the entries of the ids it reports as touched (`IngestResult.touched`: every node written and
 * both ends of every relationship written, recomputed or removed, a replaced report version's included);
 * an UNCHANGED write drops nothing. Everything else (search, timeline, network, paths, lists, counts)
 * spans the graph and is dropped on every write, and so is the whole cache when the write cannot say
 * what it touched or failed. A read that started before a write finished never fills the cache (generation check), so a
 * stale answer cannot outlive the write that made it stale. test/bench/cached-graph-store.test.ts
 * compares every cached read with the uncached store after creating, repeating and replacing reports.
 *
 * Batched reads stay batched: a by-many-ids call is answered from the cache per id and only the
 * missing ids go to the store, in one call. Other reads are cached by their arguments, and concurrent
 * identical misses share one store call.
 */
export class CachedGraphStore implements GraphStore {
  readonly kind: StoreKind;
  /** Reads keyed by one node id: `namespace|id`. */
  private readonly cache: LRUCache<string, Box>;
  /** Reads keyed by their arguments, which may depend on any part of the graph. */
  private readonly queries: LRUCache<string, Box>;
  private readonly namespaces = new Set<string>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private generation = 0;
  private hits = 0;
  private misses = 0;
  private invalidations = 0;

  constructor(
    private readonly inner: GraphStore,
    options: ReadCacheOptions = {},
  ) {
    this.kind = inner.kind;
    const maxSize = options.maxUnits ?? 1_000_000;
    this.cache = new LRUCache<string, Box>({ maxSize, sizeCalculation: (b) => unitsOf(b.v) });
    this.queries = new LRUCache<string, Box>({
      maxSize: Math.max(1, Math.floor(maxSize / 4)),
      sizeCalculation: (b) => unitsOf(b.v),
    });
  }

  stats(): ReadCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      invalidations: this.invalidations,
      size: this.cache.size + this.queries.size,
    };
  }

  /** Drops every cached read. */
  invalidate(): void {
    this.generation++;
    this.invalidations++;
    this.cache.clear();
    this.queries.clear();
    this.inflight.clear();
  }

  /** Drops the reads of these node ids and every graph-wide read. */
  private invalidateIds(ids: readonly string[]): void {
    this.generation++;
    this.invalidations++;
    this.queries.clear();
    this.inflight.clear();
    for (const id of ids) for (const ns of this.namespaces) this.cache.delete(`${ns}|${id}`);
  }

  async ingestBundle(bundle: ReportBundle): Promise<IngestResult> {
    let result: IngestResult;
    try {
      result = await this.inner.ingestBundle(bundle);
    } catch (err) {
      // A rolled-back write changed nothing, but clearing is cheap and safe.
      this.invalidate();
      throw err;
    }
    if (result.status === 'UNCHANGED') return result;
    if (result.touched) this.invalidateIds(result.touched);
    else this.invalidate();
    return result;
  }

  // ------------------------------------------------------------ batched by-ids reads

  private async byIds<V>(
    ns: string,
    ids: readonly string[],
    fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
    absent: V | undefined,
  ): Promise<Map<string, V>> {
    this.namespaces.add(ns);
    const out = new Map<string, V>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const hit = this.cache.get(`${ns}|${id}`);
      if (hit) {
        this.hits++;
        if (hit.v !== undefined) out.set(id, hit.v as V);
      } else missing.push(id);
    }
    if (missing.length === 0) return out;
    this.misses += missing.length;
    const gen = this.generation;
    const found = await fetch(missing);
    const fresh = gen === this.generation;
    for (const id of missing) {
      const v = found.get(id) ?? absent;
      if (v !== undefined) out.set(id, v);
      if (fresh) this.cache.set(`${ns}|${id}`, { v });
    }
    return out;
  }

  getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>> {
    return this.byIds('node', ids, (m) => this.inner.getNodes(m), undefined);
  }
  getActors(ids: readonly string[]): Promise<Map<string, Actor>> {
    return this.byIds('actor', ids, (m) => this.inner.getActors(m), undefined);
  }
  getPlaces(ids: readonly string[]): Promise<Map<string, Place>> {
    return this.byIds('place', ids, (m) => this.inner.getPlaces(m), undefined);
  }
  getReports(ids: readonly string[]): Promise<Map<string, Report>> {
    return this.byIds('report', ids, (m) => this.inner.getReports(m), undefined);
  }
  getFigures(ids: readonly string[]): Promise<Map<string, Figure>> {
    return this.byIds('figure', ids, (m) => this.inner.getFigures(m), undefined);
  }
  getControlClaims(ids: readonly string[]): Promise<Map<string, ControlClaim>> {
    return this.byIds('control', ids, (m) => this.inner.getControlClaims(m), undefined);
  }
  claimsOfFigures(ids: readonly string[]): Promise<Map<string, FigureClaim[]>> {
    return this.byIds('claimsOfFigure', ids, (m) => this.inner.claimsOfFigures(m), []);
  }
  claimsOfActors(ids: readonly string[]): Promise<Map<string, FigureClaim[]>> {
    return this.byIds('claimsOfActor', ids, (m) => this.inner.claimsOfActors(m), []);
  }
  countClaimsOfActors(ids: readonly string[]): Promise<Map<string, number>> {
    return this.byIds('claimCountOfActor', ids, (m) => this.inner.countClaimsOfActors(m), 0);
  }
  disputesOfTargets(ids: readonly string[]): Promise<Map<string, Dispute[]>> {
    return this.byIds('disputesOfTarget', ids, (m) => this.inner.disputesOfTargets(m), []);
  }
  disputesOfActors(ids: readonly string[]): Promise<Map<string, Dispute[]>> {
    return this.byIds('disputesOfActor', ids, (m) => this.inner.disputesOfActors(m), []);
  }
  controlClaimsOfPlaces(ids: readonly string[]): Promise<Map<string, ControlClaim[]>> {
    return this.byIds('controlsOfPlace', ids, (m) => this.inner.controlClaimsOfPlaces(m), []);
  }
  controlClaimsOfActors(ids: readonly string[]): Promise<Map<string, ControlClaim[]>> {
    return this.byIds('controlsOfActor', ids, (m) => this.inner.controlClaimsOfActors(m), []);
  }
  contradictionsOfFigures(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.byIds('contradictions', ids, (m) => this.inner.contradictionsOfFigures(m), []);
  }
  similarOfActors(ids: readonly string[]): Promise<Map<string, SimilarActor[]>> {
    return this.byIds('similarOfActor', ids, (m) => this.inner.similarOfActors(m), []);
  }
  reportsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.byIds('reportsOf', ids, (m) => this.inner.reportsOf(m), []);
  }
  contentsOfReports(
    ids: readonly string[],
  ): Promise<Map<string, { figures: string[]; actors: string[]; places: string[]; controls: string[] }>> {
    return this.byIds('contents', ids, (m) => this.inner.contentsOfReports(m), {
      figures: [],
      actors: [],
      places: [],
      controls: [],
    });
  }

  // ------------------------------------------------------------ reads keyed by arguments

  private async keyed<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.queries.get(key);
    if (hit) {
      this.hits++;
      return hit.v as T;
    }
    const running = this.inflight.get(key);
    if (running) {
      this.hits++;
      return running as Promise<T>;
    }
    this.misses++;
    const gen = this.generation;
    const p = load().then(
      (v) => {
        if (gen === this.generation) {
          this.queries.set(key, { v });
          this.inflight.delete(key);
        }
        return v;
      },
      (err: unknown) => {
        if (this.inflight.get(key) === p) this.inflight.delete(key);
        throw err;
      },
    );
    this.inflight.set(key, p);
    return p;
  }

  timeline(metric: string, subject?: string | null): Promise<FigureClaim[]> {
    return this.keyed(`timeline|${JSON.stringify([metric, subject ?? null])}`, () =>
      this.inner.timeline(metric, subject),
    );
  }
  search(text: string, limit: number): Promise<SearchHit[]> {
    return this.keyed(`search|${JSON.stringify([text, limit])}`, () => this.inner.search(text, limit));
  }
  neighbourhood(request: NeighbourhoodRequest): Promise<Network> {
    const key = JSON.stringify([
      [...request.ids].sort(),
      request.depth,
      request.limit,
      request.edgeTypes ? [...request.edgeTypes].sort() : null,
    ]);
    return this.keyed(`network|${key}`, () => this.inner.neighbourhood(request));
  }
  shortestPath(fromId: string, toId: string, maxLength: number): Promise<string[] | null> {
    return this.keyed(`path|${JSON.stringify([fromId, toId, maxLength])}`, () =>
      this.inner.shortestPath(fromId, toId, maxLength),
    );
  }
  listActors(filter: ActorFilter, page: PageRequest): Promise<Page> {
    return this.keyed(`listActors|${JSON.stringify([filter, page])}`, () =>
      this.inner.listActors(filter, page),
    );
  }
  listPlaces(filter: { kind?: string | null; name?: string | null }, page: PageRequest): Promise<Page> {
    return this.keyed(`listPlaces|${JSON.stringify([filter, page])}`, () =>
      this.inner.listPlaces(filter, page),
    );
  }
  listReports(filter: ReportFilter, page: PageRequest): Promise<Page> {
    return this.keyed(`listReports|${JSON.stringify([filter, page])}`, () =>
      this.inner.listReports(filter, page),
    );
  }
  listFigures(filter: FigureFilter, page: PageRequest): Promise<Page> {
    return this.keyed(`listFigures|${JSON.stringify([filter, page])}`, () =>
      this.inner.listFigures(filter, page),
    );
  }
  claimsOfActorPage(actorId: string, page: ClaimPageRequest): Promise<ClaimPage> {
    const after = page.after ? [page.after.date, page.after.reportId, page.after.edgeId] : null;
    return this.keyed(`claimsOfActorPage|${JSON.stringify([actorId, page.first, after])}`, () =>
      this.inner.claimsOfActorPage(actorId, page),
    );
  }
  counts(): Promise<GraphCounts> {
    return this.keyed('counts', () => this.inner.counts());
  }

  // ------------------------------------------------------------ pass-through

  health(): Promise<StoreHealth> {
    return this.inner.health();
  }
  roundTrips(): number {
    return this.inner.roundTrips();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
