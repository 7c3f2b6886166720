/**
 * Every error code of API.md over HTTP, with its stable `extensions.code`, the offending field, a
 * request id, and nothing a client should not see (no stack, no cause, no driver text).
 */
import type { GraphStore } from '../../src/store/graph-store.port';
import { sampleBundle } from '../helpers/sample-bundle';
import { startTestServer, type TestServer } from './harness';

const TOKEN = 'e2e-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation Ingest($input: ReportBundleInput!) { ingestReport(input: $input) { status reportId } }`;

/** Throws what a driver would: a raw Error with engine text that must never reach a client. */
function failingSearch(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'search')
        return async () => {
          throw new Error('Binder exception: table Alias at /var/lib/secret/graph.kuzu does not exist');
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let s: TestServer; // production, writes enabled
let open: TestServer; // development defaults, writes disabled

beforeAll(async () => {
  s = await startTestServer({
    env: { CLAIMGRAPH_TOKEN: TOKEN, NODE_ENV: 'production' },
    wrapStore: failingSearch,
  });
  open = await startTestServer({ seed: false });
});
afterAll(async () => {
  await s?.close();
  await open?.close();
});

function only(res: { body: { errors?: any[] } }): any {
  expect(res.body.errors).toHaveLength(1);
  const err = res.body.errors![0];
  expect(err.extensions.stacktrace).toBeUndefined();
  expect(err.extensions.cause).toBeUndefined();
  expect(typeof err.extensions.requestId).toBe('string');
  return err;
}

describe('BAD_USER_INPUT names the offending field', () => {
  it('for a malformed id', async () => {
    const err = only(await s.gql(`{ node(id: "bogus") { id } }`));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toEqual([expect.objectContaining({ path: 'id' })]);
  });

  it('for an id of the wrong kind', async () => {
    const err = only(await s.gql(`{ figure(id: "place:kherson") { id } }`));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/expected a Figure id/);
  });

  it('for a page larger than the maximum page size', async () => {
    const res = await s.gql(`{ actors(first: 101) { totalCount } }`);
    const err = only(res);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toEqual([
      { path: 'first', reason: expect.stringMatching(/at most 100/) },
    ]);
    expect(err.path).toEqual(['actors']);
  });

  it('for a cursor this API did not give out', async () => {
    const err = only(await s.gql(`{ actors(after: "%%%") { totalCount } }`));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems[0].path).toBe('after');
  });

  it('for out-of-range network arguments, all at once', async () => {
    const err = only(await s.gql(`{ network(ids: ["place:kherson"], depth: 9, limit: 5000) { truncated } }`));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems.map((p: any) => p.path)).toEqual(['depth', 'limit']);
  });

  it('for bundle fields class-validator rejects, with every path', async () => {
    const bundle: any = sampleBundle({ publishedAt: '03/02/2022', url: 'https://example.org/bad-1' });
    bundle.figures[0].value = -5;
    bundle.actors[1].name = '   ';
    const err = only(await s.gql(INGEST, { input: bundle }, AUTH));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    const paths = err.extensions.problems.map((p: any) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['report.publishedAt', 'figures[0].value', 'actors[1].name']),
    );
    expect(err.extensions.validationErrors).toBeUndefined();
  });

  it('for bundle invariants (quotes in the text, keys that resolve), with every path', async () => {
    const bundle: any = sampleBundle({ url: 'https://example.org/bad-2' });
    bundle.figures[0].quote = 'a sentence the article never wrote';
    bundle.figures[1].claimant = 'nobody';
    bundle.disputes[0].target = { figure: 'f1', control: 'c1' };
    const err = only(await s.gql(INGEST, { input: bundle }, AUTH));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toEqual(
      expect.arrayContaining([
        { path: 'figures[0].quote', reason: 'is not an exact substring of report.text' },
        { path: 'figures[1].claimant', reason: expect.stringContaining('"nobody"') },
        { path: 'disputes[0].target', reason: expect.stringContaining('exactly one') },
      ]),
    );
  });

  it('for a value outside an enum, sent as a variable', async () => {
    const bundle: any = sampleBundle({ url: 'https://example.org/bad-3' });
    bundle.actors[0].kind = 'ROBOT';
    const res = await s.gql(INGEST, { input: bundle }, AUTH);
    const err = only(res);
    expect(res.status).toBe(400);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toEqual([
      { path: 'actors[0].kind', reason: expect.stringContaining('ROBOT') },
    ]);
  });

  it('for a missing required field, sent as a variable', async () => {
    const bundle: any = sampleBundle({ url: 'https://example.org/bad-4' });
    delete bundle.report.text;
    const err = only(await s.gql(INGEST, { input: bundle }, AUTH));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems[0].path).toBe('report.text');
  });
});

describe('NOT_FOUND', () => {
  it('when an end of a path does not exist', async () => {
    const err = only(await s.gql(`{ path(from: "actor:nobody-at-all", to: "place:kherson") { id } }`));
    expect(err.extensions.code).toBe('NOT_FOUND');
    expect(err.extensions.path).toBe('from');
  });

  it('is not used for a single unknown node, which is null', async () => {
    const res = await s.gql(
      `{ node(id: "actor:nobody-at-all") { id } figure(id: "figure:killed:x:1:undated") { id } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ node: null, figure: null });
  });
});

describe('UNAUTHENTICATED and FORBIDDEN guard writes; reads stay open', () => {
  const bundle = sampleBundle({ url: 'https://example.org/auth' });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token-at-all' }],
    ['a token prefix', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('answers UNAUTHENTICATED for %s', async (_label, headers) => {
    const err = only(await s.gql(INGEST, { input: bundle }, headers as Record<string, string>));
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('checks the token before the input (an invalid bundle without a token is still UNAUTHENTICATED)', async () => {
    const err = only(
      await s.gql(INGEST, { input: { ...bundle, figures: [{ ...bundle.figures[0], value: -1 }] } }),
    );
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers FORBIDDEN, saying how to enable writes, when no token is configured', async () => {
    const err = only(
      await open.gql(INGEST, { input: bundle }, { authorization: 'Bearer anything-at-all-here' }),
    );
    expect(err.extensions.code).toBe('FORBIDDEN');
    expect(err.message).toContain('CLAIMGRAPH_TOKEN');
    const read = await open.gql(`{ actors { totalCount } }`);
    expect(read.body.errors).toBeUndefined();
  });

  it('never logs the token', () => {
    expect(JSON.stringify(s.logs)).not.toContain(TOKEN);
  });
});

describe('QUERY_TOO_COMPLEX, answered before the store is touched', () => {
  it('for a query deeper than 8 levels', async () => {
    const before = s.store.roundTrips();
    const res = await s.gql(
      `{ actors { edges { node { claims { figure { claimedBy { actor { claims { quote } } } } } } } } }`,
    );
    const err = only(res);
    expect(res.status).toBe(400);
    expect(err.extensions).toEqual(
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', depth: 9, maxDepth: 8 }),
    );
    expect(s.store.roundTrips()).toBe(before);
  });

  it('for a query too expensive at any depth', async () => {
    const copy = (i: number) =>
      `a${i}: actors(first: 100) { edges { node { claims { figure { claimedBy { quote } } } } } }`;
    const before = s.store.roundTrips();
    const res = await s.gql(`{ ${[1, 2, 3, 4, 5].map(copy).join(' ')} }`);
    const err = only(res);
    expect(res.status).toBe(400);
    expect(err.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(err.extensions.complexity).toBeGreaterThan(err.extensions.maxComplexity);
    expect(s.store.roundTrips()).toBe(before);
  });

  it('prices a page by the `first` of its variables', async () => {
    const query = `query($n: Int) { figures(first: $n) { edges { node { claimedBy { report {
      figures { claimedBy { quote } disputedBy { quote } contradictedBy { id } } } } } } } }`;
    const small = await s.gql(query, { n: 2 });
    expect(small.body.errors).toBeUndefined();
    const big = only(await s.gql(query, { n: 100 }));
    expect(big.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('INTERNAL_SERVER_ERROR for the unexpected', () => {
  it('hides the driver message, gives a request id, and logs one line with it', async () => {
    const res = await s.gql(`{ search(text: "Kherson") { id } }`);
    const err = only(res);
    expect(err.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(err.message).toBe('Internal server error');
    expect(JSON.stringify(res.body)).not.toMatch(/Binder|secret|kuzu/i);
    const requestId = res.headers.get('x-request-id');
    expect(err.extensions.requestId).toBe(requestId);
    const logged = s.logs.filter((l) => l.level === 'error' && l.requestId === requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.error).toMatch(/Binder exception/);
  });
});
