import DataLoader from 'dataloader';
import type {
  Actor,
  ControlClaim,
  Dispute,
  Figure,
  FigureClaim,
  GraphNode,
  Place,
  Report,
  SimilarActor,
} from '../domain/model';
import type { ClaimPage, ClaimPageRequest, GraphStore } from '../store/graph-store.port';

export interface ReportContents {
  figures: string[];
  actors: string[];
  places: string[];
  controls: string[];
}

/**
 * One set per request (built in the context function), so a nested query costs one store round trip per
 * level and relationship, however many rows each level has — and nothing is cached across requests.
 */
export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  actor: DataLoader<string, Actor | null>;
  place: DataLoader<string, Place | null>;
  report: DataLoader<string, Report | null>;
  figure: DataLoader<string, Figure | null>;
  control: DataLoader<string, ControlClaim | null>;
  claimsOfFigure: DataLoader<string, FigureClaim[]>;
  claimsOfActor: DataLoader<string, FigureClaim[]>;
  /** Keyed by actor and page: a keyset page belongs to one actor, so each key is its own store read. */
  claimPageOfActor: DataLoader<ClaimPageKey, ClaimPage, string>;
  claimCountOfActor: DataLoader<string, number>;
  disputesOfTarget: DataLoader<string, Dispute[]>;
  disputesOfActor: DataLoader<string, Dispute[]>;
  controlsOfPlace: DataLoader<string, ControlClaim[]>;
  controlsOfActor: DataLoader<string, ControlClaim[]>;
  contradictionsOfFigure: DataLoader<string, string[]>;
  similarOfActor: DataLoader<string, SimilarActor[]>;
  reportsOf: DataLoader<string, string[]>;
  contentsOfReport: DataLoader<string, ReportContents>;
}

export interface ClaimPageKey {
  actorId: string;
  page: ClaimPageRequest;
}
const claimPageKey = ({ actorId, page }: ClaimPageKey): string =>
  JSON.stringify([
    actorId,
    page.first,
    page.after ? [page.after.date, page.after.reportId, page.after.edgeId] : null,
  ]);

type Fetch<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

function one<V>(fetch: Fetch<V>): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

function many<V>(fetch: Fetch<V[]>): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

const EMPTY_CONTENTS: ReportContents = { figures: [], actors: [], places: [], controls: [] };

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: one((ids) => store.getNodes(ids)),
    actor: one((ids) => store.getActors(ids)),
    place: one((ids) => store.getPlaces(ids)),
    report: one((ids) => store.getReports(ids)),
    figure: one((ids) => store.getFigures(ids)),
    control: one((ids) => store.getControlClaims(ids)),
    claimsOfFigure: many((ids) => store.claimsOfFigures(ids)),
    claimsOfActor: many((ids) => store.claimsOfActors(ids)),
    claimPageOfActor: new DataLoader<ClaimPageKey, ClaimPage, string>(
      (keys) => Promise.all(keys.map((k) => store.claimsOfActorPage(k.actorId, k.page))),
      { cacheKeyFn: claimPageKey },
    ),
    claimCountOfActor: new DataLoader<string, number>(async (ids) => {
      const found = await store.countClaimsOfActors(ids);
      return ids.map((id) => found.get(id) ?? 0);
    }),
    disputesOfTarget: many((ids) => store.disputesOfTargets(ids)),
    disputesOfActor: many((ids) => store.disputesOfActors(ids)),
    controlsOfPlace: many((ids) => store.controlClaimsOfPlaces(ids)),
    controlsOfActor: many((ids) => store.controlClaimsOfActors(ids)),
    contradictionsOfFigure: many((ids) => store.contradictionsOfFigures(ids)),
    similarOfActor: many((ids) => store.similarOfActors(ids)),
    reportsOf: many((ids) => store.reportsOf(ids)),
    contentsOfReport: new DataLoader<string, ReportContents>(async (ids) => {
      const found = await store.contentsOfReports(ids);
      return ids.map((id) => found.get(id) ?? EMPTY_CONTENTS);
    }),
  };
}

/**
 * Loads many keys and keeps the ones that exist, in order. A failed batch rethrows (a store outage
 * must surface as an error, not as an empty list).
 */
export async function loadPresent<V>(
  loader: DataLoader<string, V | null>,
  ids: readonly string[],
): Promise<V[]> {
  const values = await loader.loadMany(ids);
  const out: V[] = [];
  for (const v of values) {
    if (v instanceof Error) throw v;
    if (v !== null) out.push(v);
  }
  return out;
}

/** After a write: forget everything this request has read, so later fields see the new state. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as DataLoader<string, unknown>[]) loader.clearAll();
}
