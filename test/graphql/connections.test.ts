/** Relay connections and filters, in-process (executeOperation) over the seed graph. */
import { ApolloServer } from '@apollo/server';
import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config/config';
import { createContext, type GraphContext } from '../../src/graphql/context';
import { silentLogger } from '../../src/graphql/logger';
import { createApolloServer } from '../../src/http/apollo';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openTempStore, testSchema } from '../e2e/harness';

let store: GraphStore;
let dir: string;
let apollo: ApolloServer<GraphContext>;
const config = loadConfig({});

beforeAll(async () => {
  ({ store, dir } = await openTempStore());
  await loadSeeds(store);
  apollo = createApolloServer(await testSchema(), config, silentLogger);
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function q(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await apollo.executeOperation(
    { query, ...(variables ? { variables } : {}) },
    { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  if (res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
  return res.body.singleResult.data;
}

const PAGE = `query($first: Int, $after: String) {
  actors(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
}`;

describe('pagination', () => {
  it('walks every actor once with first/after and endCursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { actors } = await q(PAGE, { first: 5, after });
      total = actors.totalCount;
      seen.push(...actors.edges.map((e: any) => e.node.id));
      expect(actors.edges.length).toBeLessThanOrEqual(5);
      if (!actors.pageInfo.hasNextPage) break;
      after = actors.pageInfo.endCursor;
    }
    expect(total).toBe(22);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('accepts an edge cursor or a plain id as `after`', async () => {
    const first = await q(PAGE, { first: 3 });
    const byCursor = await q(PAGE, { first: 2, after: first.actors.edges[1].cursor });
    const byId = await q(PAGE, { first: 2, after: first.actors.edges[1].node.id });
    expect(byCursor.actors.edges.map((e: any) => e.node.id)).toEqual(
      byId.actors.edges.map((e: any) => e.node.id),
    );
    expect(byCursor.actors.edges[0].node.id).toBe(first.actors.edges[2].node.id);
  });

  it('defaults to 20 and allows an empty page that still counts', async () => {
    expect((await q(PAGE, {})).actors.edges).toHaveLength(20);
    const empty = await q(PAGE, { first: 0 });
    expect(empty.actors.edges).toEqual([]);
    expect(empty.actors.totalCount).toBe(22);
    expect(empty.actors.pageInfo.endCursor).toBeNull();
  });
});

describe('filters', () => {
  it('on actors: kind and name', async () => {
    const { actors } = await q(
      `{ actors(filter: { kind: PERSON, name: "zelen" }) { totalCount edges { node { id kind } } } }`,
    );
    expect(actors.edges.map((e: any) => e.node.id)).toEqual(['actor:volodymyr-zelensky']);
    const people = await q(`{ actors(filter: { kind: PERSON }, first: 100) { edges { node { kind } } } }`);
    expect(people.actors.edges.length).toBeGreaterThan(2);
    expect(people.actors.edges.every((e: any) => e.node.kind === 'PERSON')).toBe(true);
  });

  it('on figures: metric, subject, claimant, value range and dates', async () => {
    const { figures } = await q(`{
      figures(first: 100, filter: { metric: "killed", subject: "Russian troops", claimant: "actor:russian-defence-ministry",
                                    minValue: 400, maxValue: 9900, from: "2022-03-01", to: "2022-03-31" }) {
        totalCount edges { node { value metric subject asOf claimedBy { actor { id } } } }
      }
    }`);
    const nodes = figures.edges.map((e: any) => e.node);
    expect(nodes.map((f: any) => f.value).sort((a: number, b: number) => a - b)).toEqual([498, 9861]);
    for (const f of nodes) {
      expect(f.metric).toBe('killed');
      expect(f.subject).toBe('Russian soldiers'); // "Russian troops" matched through the subject key
      expect(f.claimedBy.some((c: any) => c.actor?.id === 'actor:russian-defence-ministry')).toBe(true);
    }
    const march2 = await q(
      `{ figures(first: 100, filter: { metric: "killed", from: "2022-03-02", to: "2022-03-02" }) { edges { node { asOf } } } }`,
    );
    expect(march2.figures.edges.every((e: any) => e.node.asOf === '2022-03-02')).toBe(true);
  });

  it('on places and reports', async () => {
    const places = await q(`{ places(filter: { name: "kher" }) { edges { node { id } } } }`);
    expect(places.places.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(['place:kherson']));
    const reports = await q(
      `{ reports(filter: { from: "2022-03-03", to: "2022-03-03" }) { totalCount edges { node { publishedAt } } } }`,
    );
    expect(reports.reports.totalCount).toBe(2);
    expect(reports.reports.edges.every((e: any) => e.node.publishedAt === '2022-03-03')).toBe(true);
  });
});

describe('relationship fields', () => {
  it('resolve a report to its statements and an actor to its affiliation', async () => {
    const { actor } = await q(
      `{ actor(id: "actor:igor-konashenkov") { affiliation { id } reports { id } } }`,
    );
    expect(actor.affiliation.id).toBe('actor:russian-defence-ministry');
    expect(actor.reports.length).toBeGreaterThanOrEqual(1);
    const { node } = await q(
      `{ node(id: "place:kherson") { ... on Place { controlClaims { id place { id } controller { id } claimedBy { id } } } } }`,
    );
    expect(node.controlClaims.every((c: any) => c.place.id === 'place:kherson')).toBe(true);
    const control = node.controlClaims[0].id;
    const byNode = await q(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: control });
    expect(byNode.node).toEqual({ __typename: 'ControlClaim', id: control });
  });

  it('finds a path between two actors', async () => {
    const { path } = await q(
      `{ path(from: "actor:oleksiy-arestovych", to: "actor:russian-defence-ministry") { id } }`,
    );
    expect(path[0].id).toBe('actor:oleksiy-arestovych');
    expect(path[path.length - 1].id).toBe('actor:russian-defence-ministry');
  });
});
