import { ApolloServer } from '@apollo/server';
import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config/config';
import { createContext, type GraphContext } from '../../src/graphql/context';
import { silentLogger } from '../../src/graphql/logger';
import { createApolloServer } from '../../src/http/apollo';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openTempStore, testSchema } from '../e2e/harness';
import { generatedBundle } from './generated-bundles';

/**
 * No N+1: the store round trips of a nested query (actor -> claims -> figure -> disputedBy -> actor)
 * depend on the depth of the query, not on how many rows each level returns.
 */
const LEVELS = ['claims { quote', 'figure { value', 'disputedBy { quote', 'actor { name'];

/** actors(first: 100) -> name, nested `levels` deep along claims -> figure -> disputedBy -> actor. */
function nestedQuery(levels: number): string {
  return `{ actors(first: 100) { edges { node { name ${LEVELS.slice(0, levels).join(' ')} ${'}'.repeat(levels)} } } } }`;
}
const NESTED = nestedQuery(LEVELS.length);

let store: GraphStore;
let dir: string;
let apollo: ApolloServer<GraphContext>;
const config = loadConfig({ MAX_QUERY_COMPLEXITY: '1000000' });

beforeAll(async () => {
  ({ store, dir } = await openTempStore());
  apollo = createApolloServer(await testSchema(), config, silentLogger);
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function measure(): Promise<{ trips: number; claims: number; disputes: number }> {
  const before = store.roundTrips();
  const res = await apollo.executeOperation(
    { query: NESTED },
    { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
  );
  const trips = store.roundTrips() - before;
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  const actors = (res.body.singleResult.data as any).actors.edges.map((e: any) => e.node);
  const claims = actors.flatMap((a: any) => a.claims);
  const disputes = claims.flatMap((c: any) => c.figure.disputedBy);
  return { trips, claims: claims.length, disputes: disputes.length };
}

async function ingest(from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) await store.ingestBundle(generatedBundle(i));
}

it('costs the same round trips for 10 and for 50 reports', async () => {
  await ingest(0, 10);
  const small = await measure();
  await ingest(10, 50);
  const large = await measure();

  expect(large.claims).toBeGreaterThanOrEqual(100);
  expect(large.disputes).toBeGreaterThanOrEqual(50);
  expect(large.claims).toBeGreaterThan(small.claims * 4);
  // The page (2: rows + count), actors, claims, figures, disputes, disputers: one statement per level.
  expect(large.trips).toBeLessThanOrEqual(8);
  expect(large.trips).toBe(small.trips);
});

it('grows with depth: each nested level adds at most one round trip', async () => {
  if ((await store.counts()).nodes.Report < 50) await ingest(0, 50); // when run on its own (-t)
  const trips: number[] = [];
  for (let levels = 0; levels <= LEVELS.length; levels++) {
    const before = store.roundTrips();
    const res = await apollo.executeOperation(
      { query: nestedQuery(levels) },
      { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
    );
    expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
    trips.push(store.roundTrips() - before);
  }
  // e.g. [3, 4, 5, 6, 6]: the disputers are already in this request's actor loader (the page loaded them).
  for (let i = 1; i < trips.length; i++) {
    expect(trips[i]! - trips[i - 1]!).toBeGreaterThanOrEqual(0);
    expect(trips[i]! - trips[i - 1]!).toBeLessThanOrEqual(1);
  }
  expect(trips[trips.length - 1]).toBeGreaterThan(trips[0]!);
});

/** The benchmark query: one hot actor, a page of its claims, nested like NESTED without the actors page. */
const pagedQuery = (first: number, connection = false): string =>
  connection
    ? `{ actor(id: "actor:central-agency") { claimsConnection(first: ${first}) { totalCount edges { node { figure { disputedBy { actor { name } } } } } } } }`
    : `{ actor(id: "actor:central-agency") { claims(first: ${first}) { figure { disputedBy { actor { name } } } } } }`;

async function pagedTrips(query: string): Promise<{ trips: number; claims: number; disputers: number }> {
  const before = store.roundTrips();
  const res = await apollo.executeOperation(
    { query },
    { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
  );
  const trips = store.roundTrips() - before;
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  const actor = (res.body.singleResult.data as any).actor;
  const claims = actor.claims ?? actor.claimsConnection.edges.map((e: any) => e.node);
  return {
    trips,
    claims: claims.length,
    disputers: claims.flatMap((c: any) => c.figure.disputedBy).length,
  };
}

it('a paged nested query stays within its depth, however large the page', async () => {
  if ((await store.counts()).nodes.Report < 50) await ingest(0, 50); // when run on its own (-t)
  const small = await pagedTrips(pagedQuery(3));
  const large = await pagedTrips(pagedQuery(50));
  // "Central Agency" restates a figure in each of the 50 reports; each figure has a disputer.
  expect(small.claims).toBe(3);
  expect(large.claims).toBe(50);
  expect(large.disputers).toBeGreaterThanOrEqual(50);
  // actor, the claims page, figures, disputes, disputers: one statement per level (depth 5).
  expect(large.trips).toBeLessThanOrEqual(5);
  expect(large.trips).toBe(small.trips);
  // The connection adds only its count.
  const connection = await pagedTrips(pagedQuery(50, true));
  expect(connection.claims).toBe(50);
  expect(connection.trips).toBe(large.trips + 1);
});
