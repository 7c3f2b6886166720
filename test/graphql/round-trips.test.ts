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
const NESTED = /* GraphQL */ `
  query Nested {
    actors(first: 100) {
      edges {
        node {
          name
          claims {
            quote
            figure {
              value
              disputedBy {
                quote
                actor {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

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

it('grows with depth: one more nested level costs at most one or two more round trips', async () => {
  const shallow = NESTED.replace(/disputedBy \{[\s\S]*?actor \{ name \}\s*\}/, 'id');
  const before = store.roundTrips();
  const res = await apollo.executeOperation(
    { query: shallow },
    { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
  );
  const shallowTrips = store.roundTrips() - before;
  expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
  const deep = await measure();
  expect(deep.trips).toBeGreaterThan(shallowTrips);
  expect(deep.trips - shallowTrips).toBeLessThanOrEqual(2);
});
