/**
 * Access control and request limits (issue 8, item 5), over HTTP against two real servers: `open`
 * with production-like defaults (a write token, nothing else configured) and `tight` with every limit
 * set low, CORS opened to one origin, no write token, and a store whose search is slow and whose
 * timeline fails, to reach the timeout and the unexpected-error paths.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkWriteToken } from '../../src/graphql/auth';
import { jsonLogger } from '../../src/graphql/logger';
import { sampleBundle } from '../helpers/sample-bundle';
import { AUTH, INGEST, TOKEN, fingerprint, overriding, startServer, type HardeningServer } from './support';

const WRONG_SECRET = 'wrong-secret-4b1d2c3e9f8a7b6c';
const TIMEOUT_MS = 300;

let open: HardeningServer;
let tight: HardeningServer;
const logLines: string[] = [];
const processOutput: string[] = [];

beforeAll(async () => {
  // Everything either process stream receives while these servers run, besides the loggers' lines.
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      processOutput.push(String(chunk));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
  const logger = jsonLogger((line) => logLines.push(line));
  open = await startServer({
    seed: false,
    logger,
    env: { CLAIMGRAPH_TOKEN: TOKEN },
    wrapStore: (store) =>
      overriding(store, 'timeline', async () => {
        throw new Error('Binder exception: something deep inside the store');
      }),
  });
  tight = await startServer({
    seed: false,
    logger,
    env: {
      BODY_LIMIT: '16kb',
      MAX_PAGE_SIZE: '10',
      MAX_QUERY_DEPTH: '4',
      MAX_QUERY_COMPLEXITY: '200',
      REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
      CORS_ORIGINS: 'https://newsroom.example',
    },
    wrapStore: (store) =>
      overriding(store, 'search', async () => {
        await new Promise((r) => setTimeout(r, 2_000));
        return [];
      }),
  });
});
afterAll(async () => {
  await open?.close();
  await tight?.close();
  jest.restoreAllMocks();
});

describe('writes need the bearer token, compared in constant time', () => {
  it('compares with crypto.timingSafeEqual over fixed-length digests, and nowhere with ===', () => {
    const auth = readFileSync(join(__dirname, '../../src/graphql/auth.ts'), 'utf8');
    expect(auth).toMatch(/import \{[^}]*timingSafeEqual[^}]*\} from 'node:crypto'/);
    expect(auth).toMatch(/timingSafeEqual\(digest\(presented\), digest\(configured\)\)/);
    // No other comparison of a token or an Authorization header anywhere in src/.
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(__dirname, '../../src'));
    // Word tokens of the text extractor are not secrets: src/ingestion is left out.
    const naive =
      /\b(token|authorization|presented|configured)\b\s*[!=]==?|[!=]==?\s*(config\.)?\b(token|authorization|presented|configured)\b/i;
    const hits = files
      .filter((f) => !f.includes(`${join('src', 'ingestion')}`))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => naive.test(line) && !/^\s*(\*|\/\/)/.test(line))
          // Presence checks are not comparisons of the secret.
          .filter((line) => !/[!=]==?\s*(null|undefined)\b|\b(null|undefined)\s*[!=]==?/.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(hits).toEqual([]);
  });

  it('accepts only the exact token', () => {
    expect(() => checkWriteToken(TOKEN, `Bearer ${TOKEN}`)).not.toThrow();
    for (const header of [
      null,
      '',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}0`,
      `Bearer ${TOKEN.toUpperCase()}`,
      `Basic ${TOKEN}`,
      TOKEN,
      `Bearer ${WRONG_SECRET}`,
    ])
      expect(() => checkWriteToken(TOKEN, header)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      );
    expect(() => checkWriteToken(null, `Bearer ${TOKEN}`)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });

  it('over HTTP: the token writes, a wrong one is UNAUTHENTICATED, a server without one is FORBIDDEN, and nothing is written', async () => {
    const before = await fingerprint(open.store);
    const wrong = await open.gql(
      INGEST,
      { input: sampleBundle({ url: 'https://access.example/wrong' }) },
      { authorization: `Bearer ${WRONG_SECRET}` },
    );
    expect(wrong.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fingerprint(open.store)).toEqual(before);
    const none = await tight.gql(
      INGEST,
      { input: sampleBundle({ url: 'https://access.example/none' }) },
      AUTH,
    );
    expect(none.json?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const right = await open.gql(
      INGEST,
      { input: sampleBundle({ url: 'https://access.example/right' }) },
      AUTH,
    );
    expect(right.json?.errors).toBeUndefined();
    expect(right.json?.data.ingestReport.status).toBe('CREATED');
  });
});

describe('no token or secret in any log', () => {
  beforeAll(async () => {
    // A right-token write, a wrong-token write, a right-token write that fails validation, and an
    // unexpected store failure on a request carrying the token: every path that logs.
    await open.gql(INGEST, { input: sampleBundle({ url: 'https://access.example/log-right' }) }, AUTH);
    await open.gql(
      INGEST,
      { input: sampleBundle({ url: 'https://access.example/log-wrong' }) },
      { authorization: `Bearer ${WRONG_SECRET}` },
    );
    await open.gql(INGEST, { input: { ...sampleBundle(), figures: [], report: { text: '' } } }, AUTH);
    await open.gql('{ timeline(metric: "killed") { quote } }', undefined, AUTH);
    await open.gql('{ timeline(metric: "killed") { quote } }', undefined, {
      authorization: `Bearer ${WRONG_SECRET}`,
    });
  });

  it('the loggers wrote about these requests (so the capture works)', () => {
    const all = logLines.join('');
    expect(all).toContain('report ingested');
    expect(all).toContain('request failed');
    expect(all).toContain('Binder exception'); // the real cause, server side only
  });

  it('no log line and nothing on stdout or stderr holds the token, the wrong secret or an Authorization header', () => {
    for (const text of [logLines.join('\n'), processOutput.join('')]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(WRONG_SECRET);
      expect(text).not.toMatch(/bearer/i);
      expect(text.toLowerCase()).not.toContain('"authorization"');
    }
  });
});

describe('CORS: closed by default, configurable', () => {
  const preflight = (s: HardeningServer, origin: string) =>
    fetch(`${s.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('by default a preflight from a foreign origin gets no Access-Control-Allow-* header', async () => {
    const res = await preflight(open, 'https://evil.example');
    expect(res.status).toBeLessThan(500);
    for (const h of [
      'access-control-allow-origin',
      'access-control-allow-headers',
      'access-control-allow-methods',
      'access-control-allow-credentials',
    ])
      expect(res.headers.get(h)).toBeNull();
  });

  it('by default a cross-origin answer carries no Access-Control-Allow-Origin', async () => {
    const res = await open.gql('{ actors { totalCount } }', undefined, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a form-style cross-site POST (no preflight possible) is refused and writes nothing', async () => {
    const before = await fingerprint(open.store);
    const res = await fetch(`${open.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example', ...AUTH },
      body: JSON.stringify({
        query: INGEST,
        variables: { input: sampleBundle({ url: 'https://access.example/csrf' }) },
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await fingerprint(open.store)).toEqual(before);
  });

  it('CORS_ORIGINS opens it to the listed origins only, Authorization included', async () => {
    const ok = await preflight(tight, 'https://newsroom.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(ok.headers.get('vary')).toMatch(/origin/i);
    const other = await preflight(tight, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  const expectPageHeaders = (res: Response): void => {
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/https?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  };

  it('on the playground page (GET /graphql from a browser)', async () => {
    const res = await fetch(`${open.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectPageHeaders(res);
  });

  it('on the explorer page (GET /explore)', async () => {
    const res = await fetch(`${open.url}/explore`);
    expect([200, 503]).toContain(res.status); // 503 until web/dist is built; the headers hold either way
    expectPageHeaders(res);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  });

  it('on JSON answers: nothing may be loaded, framed or sniffed', async () => {
    for (const res of [
      await fetch(`${open.url}/health`),
      await fetch(`${open.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
    ]) {
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('limits', () => {
  it('a body over BODY_LIMIT is 413 BAD_REQUEST, never a 5xx, and writes nothing', async () => {
    const before = await fingerprint(tight.store);
    const bundle = sampleBundle({
      url: 'https://access.example/big',
      text: `${sampleBundle().report.text} ${'padding '.repeat(4_000)}`,
    });
    const res = await tight.gql(INGEST, { input: bundle }, AUTH);
    expect(res.status).toBe(413);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(await fingerprint(tight.store)).toEqual(before);
  });

  it('a query deeper than MAX_QUERY_DEPTH is QUERY_TOO_COMPLEX, before the store is touched', async () => {
    const trips = tight.store.roundTrips();
    const res = await tight.gql('{ actors { edges { node { claims { figure { id } } } } } }');
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', maxDepth: 4 }),
    );
    expect(tight.store.roundTrips()).toBe(trips);
  });

  it('a query costlier than MAX_QUERY_COMPLEXITY is QUERY_TOO_COMPLEX', async () => {
    // Four levels deep (within MAX_QUERY_DEPTH), but twenty full pages.
    const res = await tight.gql(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: actors(first: 10) { edges { node { id } } }`).join(' ')} }`,
    );
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', maxComplexity: 200 }),
    );
  });

  it('a page larger than MAX_PAGE_SIZE is BAD_USER_INPUT naming `first`; so is an oversized network', async () => {
    for (const field of ['actors', 'places', 'reports', 'figures']) {
      const res = await tight.gql(`{ ${field}(first: 11) { totalCount } }`);
      expect(res.json?.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [expect.objectContaining({ path: 'first' })],
        }),
      );
    }
    expect((await tight.gql('{ actors(first: 10) { totalCount } }')).json?.errors).toBeUndefined();
    const net = await tight.gql('{ network(ids: ["place:kherson"], limit: 2001) { truncated } }');
    expect(net.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`a request running longer than REQUEST_TIMEOUT_MS (${TIMEOUT_MS} ms) is answered 503 SERVICE_UNAVAILABLE, and the server carries on`, async () => {
    const started = performance.now();
    const res = await tight.gql('{ search(text: "Kherson") { id } }');
    const took = performance.now() - started;
    expect(res.status).toBe(503);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(took).toBeLessThan(1_500);
    // The abandoned handler finishes later; its late answer must be dropped without harm.
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await fetch(`${tight.url}/health`)).status).toBe(200);
    expect((await tight.gql('{ actors(first: 5) { totalCount } }')).json?.errors).toBeUndefined();
  });
});
