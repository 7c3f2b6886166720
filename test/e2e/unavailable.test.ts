/** SERVICE_UNAVAILABLE: the store goes away under a running server (closed, crashed, locked). */
import { startTestServer, type TestServer } from './harness';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ seed: false });
});
afterAll(async () => {
  await s?.close();
});

it('/health is 200 with counts while the store answers', async () => {
  const res = await fetch(`${s.url}/health`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as any;
  expect(body).toEqual(expect.objectContaining({ ok: true, store: 'embedded' }));
  expect(body.counts.nodes.Actor).toBe(0);
});

describe('after the store is closed', () => {
  beforeAll(async () => {
    await s.store.close();
  });

  it('a query answers SERVICE_UNAVAILABLE with a request id', async () => {
    const res = await s.gql(`{ actor(id: "actor:volodymyr-zelensky") { name } }`);
    expect(res.body.errors).toHaveLength(1);
    const err = res.body.errors![0]!;
    expect(err.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(err.extensions.requestId).toBe(res.headers.get('x-request-id'));
    expect(err.extensions.stacktrace).toBeUndefined();
    expect(s.logs.some((l) => l.level === 'error' && l.requestId === err.extensions.requestId)).toBe(true);
  });

  it('/health answers 503', async () => {
    const res = await fetch(`${s.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual(expect.objectContaining({ ok: false, store: 'embedded' }));
  });
});

describe('a request slower than REQUEST_TIMEOUT_MS', () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({
      seed: false,
      env: { REQUEST_TIMEOUT_MS: '200' },
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, prop) {
            if (prop === 'search')
              return () => new Promise((resolve) => setTimeout(() => resolve([]), 1_000));
            const value = Reflect.get(target, prop, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
    });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it('is answered 503 SERVICE_UNAVAILABLE when the time is up', async () => {
    const started = Date.now();
    const res = await slow.gql(`{ search(text: "Kherson") { id } }`);
    expect(Date.now() - started).toBeLessThan(900);
    expect(res.status).toBe(503);
    expect(res.body.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.body.errors![0]!.extensions.requestId).toBe(res.headers.get('x-request-id'));
    // the late answer is dropped quietly; the server keeps serving
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await slow.gql(`{ actors { totalCount } }`)).status).toBe(200);
  });
});
