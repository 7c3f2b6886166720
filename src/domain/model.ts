import type { ActorKind, ControlStatus, EdgeType, NodeLabel, PlaceKind, Qualifier } from './enums';

/** Read models: what the store returns, plain JS values (no driver integers or temporals). */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string | null;
  affiliationId: string | null;
}

export interface Place {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country: string | null;
}

export interface Report {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publisherId: string | null;
  text: string;
  /** Hash of the bundle that wrote this report: re-ingesting the same bundle is a no-op. */
  contentHash: string;
}

export interface Figure {
  id: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: string;
  subject: string;
  subjectKey: string;
  asOf: string | null;
}

/** A control claim: `claimantId` says `controllerId` holds `placeId` (with `status`), in one report. */
export interface ControlClaim {
  id: string;
  placeId: string;
  controllerId: string;
  claimantId: string;
  reportId: string;
  status: ControlStatus;
  quote: string;
  date: string | null;
}

/** One statement of a figure in one report. `actorId` is null when the text names no source. */
export interface FigureClaim {
  id: string;
  figureId: string;
  actorId: string | null;
  reportId: string;
  viaId: string | null;
  qualifier: Qualifier;
  quote: string;
  date: string | null;
}

export interface Dispute {
  id: string;
  actorId: string;
  reportId: string;
  quote: string;
  date: string | null;
  figureId: string | null;
  controlId: string | null;
}

/**
 * An uncertain entity match kept apart (rule: similarity.ts): seen from `actorId`, the other actor,
 * the evidence and the report whose text holds `quote`, the name as it was printed.
 */
export interface SimilarActor {
  id: string;
  actorId: string;
  otherId: string;
  score: number;
  reason: string;
  reportId: string;
  quote: string;
  date: string | null;
}

export type GraphNode =
  | ({ label: 'Actor' } & Actor)
  | ({ label: 'Place' } & Place)
  | ({ label: 'Report' } & Report)
  | ({ label: 'Figure' } & Figure)
  | ({ label: 'Control' } & ControlClaim);

export interface NetworkNode {
  id: string;
  label: string;
  kind: NodeLabel;
}
export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  reportId: string | null;
  quote: string | null;
  date: string | null;
}
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** True when `limit` cut the neighbourhood short. */
  truncated: boolean;
}

export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  edges: Record<EdgeType, number>;
}

export interface SearchHit {
  id: string;
  score: number;
}

export type IngestStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';
export interface IngestResult {
  reportId: string;
  status: IngestStatus;
  actors: number;
  places: number;
  figures: number;
  claims: number;
  disputes: number;
  controls: number;
  contradictions: number;
  /**
   * For read caches: every node this write wrote and both ends of every relationship it wrote or
   * recomputed. A read keyed by any other id cannot have changed. Null when the write cannot say
   * (a new version of a report removes edges it does not list): then anything may have changed.
   */
  touched?: readonly string[] | null;
}
