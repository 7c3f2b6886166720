/** Actor.claims(first, after) and Actor.claimsConnection, in-process (executeOperation) over the seed graph. */
import { ApolloServer } from '@apollo/server';
import { parse, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { rmSync } from 'node:fs';
import { loadConfig } from '../../src/config/config';
import { createContext, type GraphContext } from '../../src/graphql/context';
import { silentLogger } from '../../src/graphql/logger';
import { complexityEstimators } from '../../src/graphql/plugins/limits.plugin';
import { createApolloServer } from '../../src/http/apollo';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openTempStore, testSchema } from '../e2e/harness';

let store: GraphStore;
let dir: string;
let schema: GraphQLSchema;
let apollo: ApolloServer<GraphContext>;
const config = loadConfig({});
/** The seed actor with the most claims (13, over two dates and four reports). */
const RDM = 'actor:russian-defence-ministry';

beforeAll(async () => {
  ({ store, dir } = await openTempStore());
  await loadSeeds(store);
  schema = await testSchema();
  apollo = createApolloServer(schema, config, silentLogger);
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(query: string, variables?: Record<string, unknown>): Promise<{ data: any; errors: any }> {
  const res = await apollo.executeOperation(
    { query, ...(variables ? { variables } : {}) },
    { contextValue: createContext({ store, config, logger: silentLogger, requestId: 'test' }) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { data: res.body.singleResult.data, errors: res.body.singleResult.errors };
}
async function q(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { data, errors } = await run(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return data;
}

const ALL = `query($id: ID!) { actor(id: $id) { claims { id date report { id } } } }`;
const LIST = `query($id: ID!, $first: Int, $after: String) { actor(id: $id) { claims(first: $first, after: $after) { id } } }`;
const CONNECTION = `query($id: ID!, $first: Int, $after: String) { actor(id: $id) {
  claimsConnection(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id quote figure { id } } }
  } } }`;

describe('Actor.claims without arguments', () => {
  it('is still the whole list, by date and then report id', async () => {
    const claims = (await q(ALL, { id: RDM })).actor.claims;
    expect(claims.length).toBe(13);
    const keys = claims.map((c: any) => `${c.date ?? '~'}|${c.report.id}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('Actor.claimsConnection', () => {
  it('walks every claim once, in the order of the whole list, with totalCount and hasNextPage', async () => {
    const all = (await q(ALL, { id: RDM })).actor.claims.map((c: any) => c.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (; pages < 20; pages++) {
      const data: any = await q(CONNECTION, { id: RDM, first: 4, after });
      const c = data.actor.claimsConnection;
      expect(c.totalCount).toBe(all.length);
      expect(c.edges.length).toBeLessThanOrEqual(4);
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
      seen.push(...c.edges.map((e: any) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages + 1).toBe(Math.ceil(all.length / 4));
    expect(seen).toEqual(all);
    // Past the end: an empty page, no next page, no cursor.
    const { claimsConnection: firstPage } = (await q(CONNECTION, { id: RDM, first: 4, after: null })).actor;
    const last = (await q(CONNECTION, { id: RDM, first: all.length })).actor.claimsConnection;
    expect(last.pageInfo.hasNextPage).toBe(false);
    const beyond = (await q(CONNECTION, { id: RDM, after: last.pageInfo.endCursor })).actor.claimsConnection;
    expect(beyond).toEqual({
      totalCount: all.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    expect(firstPage.edges.map((e: any) => e.node.id)).toEqual(all.slice(0, 4));
  });

  it('defaults to pages of 20, and counts an actor without claims as 0', async () => {
    const { claimsConnection: c } = (await q(CONNECTION, { id: RDM })).actor;
    expect(c.edges).toHaveLength(13);
    expect(c.pageInfo.hasNextPage).toBe(false);
    const actors = (await store.listActors({}, { first: 100 })).ids;
    const claims = await store.claimsOfActors(actors);
    const silent = actors.find((id) => claims.get(id)!.length === 0)!;
    const none = (await q(CONNECTION, { id: silent })).actor.claimsConnection;
    expect(none).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });
});

describe('Actor.claims(first, after)', () => {
  it('answers the same pages as the connection, from its cursors', async () => {
    const all = (await q(ALL, { id: RDM })).actor.claims.map((c: any) => c.id);
    expect((await q(LIST, { id: RDM, first: 5 })).actor.claims.map((c: any) => c.id)).toEqual(
      all.slice(0, 5),
    );
    const cursor = (await q(CONNECTION, { id: RDM, first: 5 })).actor.claimsConnection.pageInfo.endCursor;
    expect((await q(LIST, { id: RDM, first: 5, after: cursor })).actor.claims.map((c: any) => c.id)).toEqual(
      all.slice(5, 10),
    );
    // Only `after`: a page of the default size, the rest here.
    expect((await q(LIST, { id: RDM, after: cursor })).actor.claims.map((c: any) => c.id)).toEqual(
      all.slice(5),
    );
    expect((await q(LIST, { id: RDM, first: 0 })).actor.claims).toEqual([]);
  });

  it.each([
    ['claims', -1, 'first', 'must be zero or a positive integer'],
    ['claims', 101, 'first', 'must be at most 100'],
    ['claimsConnection', -3, 'first', 'must be zero or a positive integer'],
    ['claimsConnection', 500, 'first', 'must be at most 100'],
  ])('%s(first: %p) is a BAD_USER_INPUT naming `%s`', async (field, first, argument, reason) => {
    const sub = field === 'claims' ? '{ id }' : '{ totalCount }';
    const { errors } = await run(
      `query($first: Int) { actor(id: "${RDM}") { ${field}(first: $first) ${sub} } }`,
      {
        first,
      },
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(['actor', field]);
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions.problems).toEqual([
      { path: argument, reason: expect.stringContaining(reason) },
    ]);
  });

  it.each([
    ['not base64 JSON', 'nonsense!'],
    ['a node cursor', Buffer.from(RDM).toString('base64')],
    ['a plain id', RDM],
    [
      'the right shape with a wrong tag',
      Buffer.from(JSON.stringify(['x', null, 'r', 'c'])).toString('base64url'),
    ],
    ['an empty string', ''],
  ])('a malformed cursor (%s) is a BAD_USER_INPUT on `after`', async (_, after) => {
    for (const field of ['claims', 'claimsConnection']) {
      const sub = field === 'claims' ? '{ id }' : '{ totalCount }';
      const { errors } = await run(
        `query($after: String) { actor(id: "${RDM}") { ${field}(first: 2, after: $after) ${sub} } }`,
        { after },
      );
      expect(errors).toHaveLength(1);
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors[0].extensions.problems[0].path).toBe('after');
    }
  });
});

describe('query complexity', () => {
  const cost = (query: string): number =>
    getComplexity({
      schema,
      query: parse(query),
      variables: {},
      estimators: complexityEstimators(),
      context: { maxPageSize: config.maxPageSize },
    });
  const nested = (args: string) =>
    `{ actor(id: "${RDM}") { claims${args} { figure { disputedBy { actor { name } } } } } }`;

  it('prices claims(first: n) by its rows, never above the unbounded list', () => {
    const unbounded = cost(nested(''));
    expect(cost(nested('(first: 50)'))).toBeLessThanOrEqual(unbounded);
    expect(cost(nested('(first: 100000)'))).toBeLessThanOrEqual(unbounded);
    expect(cost(nested('(first: 2)'))).toBeLessThan(unbounded);
    expect(cost(nested('(first: 1)'))).toBeLessThan(cost(nested('(first: 2)')));
    expect(cost(nested('(first: 0)'))).toBeLessThan(cost(nested('(first: 1)')));
    // The connection is priced by its first, like the root connections.
    expect(
      cost(`{ actor(id: "${RDM}") { claimsConnection(first: 2) { edges { node { quote } } } } }`),
    ).toBeLessThan(
      cost(`{ actor(id: "${RDM}") { claimsConnection(first: 3) { edges { node { quote } } } } }`),
    );
  });

  it('accepts the benchmark query under the default limit', async () => {
    const { errors } = await run(nested('(first: 50)'));
    expect(errors).toBeUndefined();
  });
});
