import type { GraphStore } from '../src/store/graph-store.port';

/** What a benchmark request draws its variable from. */
export type Pool = 'figures' | 'actors' | 'searchTerms' | 'none';

export interface BenchQuery {
  name: string;
  /** Query depth (levels of relationship reads), the bound for store round trips per request. */
  depth: number;
  pool: Pool;
  graphql: string;
  variable: string | null;
  /** The same reads called on the store directly, level by level as the resolvers' DataLoaders do. */
  floor: ((store: GraphStore, value: string) => Promise<unknown>) | null;
  note?: string;
}

const ids = <T extends { actorId?: string | null }>(xs: T[]): string[] => [
  ...new Set(xs.map((x) => x.actorId).filter((x): x is string => !!x)),
];

export const QUERIES: BenchQuery[] = [
  {
    name: 'trivial `{ __typename }`',
    depth: 0,
    pool: 'none',
    graphql: '{ __typename }',
    variable: null,
    floor: null,
  },
  {
    name: 'figure.disputedBy.actor',
    depth: 3,
    pool: 'figures',
    variable: 'id',
    graphql: 'query($id: ID!) { figure(id: $id) { disputedBy { actor { name } } } }',
    floor: async (s, id) => {
      await s.getFigures([id]);
      const d = (await s.disputesOfTargets([id])).get(id) ?? [];
      if (d.length > 0) await s.getActors(ids(d));
    },
  },
  {
    name: 'figure.claimedBy.{actor,report}',
    depth: 3,
    pool: 'figures',
    variable: 'id',
    graphql: 'query($id: ID!) { figure(id: $id) { claimedBy { actor { name } report { title } } } }',
    floor: async (s, id) => {
      await s.getFigures([id]);
      const c = (await s.claimsOfFigures([id])).get(id) ?? [];
      const actors = ids(c);
      await Promise.all([
        actors.length > 0 ? s.getActors(actors) : null,
        c.length > 0 ? s.getReports([...new Set(c.map((x) => x.reportId))]) : null,
      ]);
    },
  },
  {
    name: 'actor.claims(first: 50).figure.disputedBy.actor',
    depth: 5,
    pool: 'actors',
    variable: 'id',
    graphql:
      'query($id: ID!) { actor(id: $id) { claims(first: 50) { figure { disputedBy { actor { name } } } } } }',
    floor: async (s, id) => {
      await s.getActors([id]);
      const c = (await s.claimsOfActorPage(id, { first: 50 })).edges.map((e) => e.claim);
      const figures = [...new Set(c.map((x) => x.figureId))];
      if (figures.length === 0) return;
      await s.getFigures(figures);
      const d = [...(await s.disputesOfTargets(figures)).values()].flat();
      if (d.length > 0) await s.getActors(ids(d));
    },
  },
  {
    name: 'search(text)',
    depth: 1,
    pool: 'searchTerms',
    variable: 't',
    graphql: 'query($t: String!) { search(text: $t) { id } }',
    note: 'one alias lookup + one full-text query per label + node loads',
    floor: async (s, t) => {
      const hits = await s.search(t, 10);
      if (hits.length > 0) await s.getNodes(hits.map((h) => h.id));
    },
  },
  {
    name: 'network(depth 2, limit 500)',
    depth: 2,
    pool: 'actors',
    variable: 'id',
    graphql:
      'query($id: ID!) { network(ids: [$id], depth: 2, limit: 500) { nodes { id label } edges { id source target type } truncated } }',
    floor: (s, id) => s.neighbourhood({ ids: [id], depth: 2, limit: 500 }),
  },
];
