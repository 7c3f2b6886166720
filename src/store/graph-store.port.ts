import type { ReportBundle } from '../domain/bundle';
import type { ActorKind } from '../domain/enums';
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

export interface FigureFilter {
  metric?: string | null;
  /** Matched through the subject key, so "Russian troops" finds "Russian soldiers". */
  subject?: string | null;
  claimantId?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  /** ISO dates, inclusive, on the figure's asOf. */
  from?: string | null;
  to?: string | null;
}
export interface ActorFilter {
  kind?: ActorKind | null;
  /** Case-insensitive substring of the name. */
  name?: string | null;
}
export interface ReportFilter {
  from?: string | null;
  to?: string | null;
}
export interface PageRequest {
  first: number;
  /** Exclusive: ids sort after this one (keyset pagination). */
  after?: string | null;
}
export interface Page {
  ids: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Where a claim sits in an actor's claim order (date with undated last, report id, claim edge id):
 * the keyset a claim page continues after. Produced by the store, handed back unchanged.
 */
export interface ClaimPosition {
  date: string | null;
  reportId: string;
  edgeId: string;
}
export interface ClaimPageRequest {
  first: number;
  /** Exclusive: claims that sort after this position. */
  after?: ClaimPosition | null;
}
export interface ClaimPage {
  edges: { claim: FigureClaim; position: ClaimPosition }[];
  hasNextPage: boolean;
}

export interface NeighbourhoodRequest {
  ids: string[];
  depth: number;
  limit: number;
  /** Only follow these relationship types (all when absent). */
  edgeTypes?: string[] | null;
}

/** Which engine a store runs on (health output, logs, benchmarks). */
export type StoreKind = 'embedded' | 'neo4j' | 'grafeo';

export interface StoreHealth {
  ok: boolean;
  store: StoreKind;
  detail: string;
}

/**
 * The store port: everything the API, ingestion and tools need from a graph store. Every batched
 * read takes many ids and answers a Map keyed by them, so one call serves a whole DataLoader batch.
 */
export interface GraphStore {
  readonly kind: StoreKind;
  /** Writes a whole bundle atomically and idempotently; rejects a bundle that breaks an invariant. */
  ingestBundle(bundle: ReportBundle): Promise<IngestResult>;

  getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>>;
  getActors(ids: readonly string[]): Promise<Map<string, Actor>>;
  getPlaces(ids: readonly string[]): Promise<Map<string, Place>>;
  getReports(ids: readonly string[]): Promise<Map<string, Report>>;
  getFigures(ids: readonly string[]): Promise<Map<string, Figure>>;
  getControlClaims(ids: readonly string[]): Promise<Map<string, ControlClaim>>;

  claimsOfFigures(figureIds: readonly string[]): Promise<Map<string, FigureClaim[]>>;
  /** Every claim of each actor, in the order of claimsOfActorPage (so pages concatenate to this list). */
  claimsOfActors(actorIds: readonly string[]): Promise<Map<string, FigureClaim[]>>;
  /**
   * One page of one actor's claims, by date (undated last), report id, claim id. Per actor, not
   * batched: a keyset page and its limit belong to one actor, and one text cannot cut per-actor pages.
   */
  claimsOfActorPage(actorId: string, page: ClaimPageRequest): Promise<ClaimPage>;
  countClaimsOfActors(actorIds: readonly string[]): Promise<Map<string, number>>;
  disputesOfTargets(targetIds: readonly string[]): Promise<Map<string, Dispute[]>>;
  disputesOfActors(actorIds: readonly string[]): Promise<Map<string, Dispute[]>>;
  controlClaimsOfPlaces(placeIds: readonly string[]): Promise<Map<string, ControlClaim[]>>;
  controlClaimsOfActors(actorIds: readonly string[]): Promise<Map<string, ControlClaim[]>>;
  contradictionsOfFigures(figureIds: readonly string[]): Promise<Map<string, string[]>>;
  /** Uncertain matches of each actor (SIMILAR_TO, either direction), most similar first. */
  similarOfActors(actorIds: readonly string[]): Promise<Map<string, SimilarActor[]>>;
  /** Reports that mention an actor or place, or carry a figure or control claim. */
  reportsOf(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** What a report contains: ids of its figures, actors, places and control claims. */
  contentsOfReports(
    reportIds: readonly string[],
  ): Promise<Map<string, { figures: string[]; actors: string[]; places: string[]; controls: string[] }>>;

  /** Every claim of one quantity, all sources, in date order (undated last). */
  timeline(metric: string, subject?: string | null): Promise<FigureClaim[]>;
  search(text: string, limit: number): Promise<SearchHit[]>;
  neighbourhood(request: NeighbourhoodRequest): Promise<Network>;
  shortestPath(fromId: string, toId: string, maxLength: number): Promise<string[] | null>;

  listActors(filter: ActorFilter, page: PageRequest): Promise<Page>;
  listPlaces(filter: { kind?: string | null; name?: string | null }, page: PageRequest): Promise<Page>;
  listReports(filter: ReportFilter, page: PageRequest): Promise<Page>;
  listFigures(filter: FigureFilter, page: PageRequest): Promise<Page>;

  counts(): Promise<GraphCounts>;
  health(): Promise<StoreHealth>;
  /** Store statements issued so far (for round-trip bounds in tests and benchmarks). */
  roundTrips(): number;
  close(): Promise<void>;
}
