/** The HTTP surface around Apollo: playground, health, headers, CORS, limits, request ids. */
import { startTestServer, type TestServer } from './harness';

let s: TestServer;
let cors: TestServer;

beforeAll(async () => {
  s = await startTestServer({ env: { BODY_LIMIT: '20kb' } });
  cors = await startTestServer({ seed: false, env: { CORS_ORIGINS: 'https://newsroom.example' } });
});
afterAll(async () => {
  await s?.close();
  await cors?.close();
});

/** Hosts the browser would contact while loading the page: tag attributes, CSS urls and imports. */
function externalLoads(html: string): string[] {
  const found: string[] = [];
  const patterns = [
    /<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\s(?:src|href|data)\s*=\s*["']?(https?:)?\/\/[^"'\s>]+/gi,
    /url\(\s*["']?(?:https?:)?\/\/[^)"']+/gi,
    /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^"';)]+/gi,
    /importScripts\(\s*["'](?:https?:)?\/\/[^"']+/gi,
  ];
  for (const re of patterns) for (const m of html.matchAll(re)) found.push(m[0].slice(0, 120));
  return found.filter((hit) => !/\/\/(127\.0\.0\.1|localhost)[:/]/.test(hit));
}

describe('GET /graphql from a browser: the offline playground', () => {
  let res: Response;
  let html: string;
  beforeAll(async () => {
    res = await fetch(`${s.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    html = await res.text();
  });

  it('is GraphiQL, served by the server itself', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html.length).toBeGreaterThan(1_000_000); // editor, workers, CSS and fonts inline
  });

  it('loads nothing from any other host', () => {
    expect(externalLoads(html)).toEqual([]);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/https?:/);
  });

  it('sends the security headers of an HTML page', () => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('preloads an example operation for every seed question', () => {
    for (const name of [
      'WhoClaimed498',
      'WhoDisputedKhersonControl',
      'SearchZelenskySpellings',
      'CiviliansContradicted',
      'TimelineRussianSoldiersKilled',
      'KhersonNetwork',
      'QuotesInReports',
    ])
      expect(html).toContain(name);
  });

  it('is compressed for browsers that accept gzip and revalidated by ETag', async () => {
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${s.url}/graphql`, {
      headers: { accept: 'text/html', 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('leaves API requests to Apollo (GET with a query; CSRF prevention wants a preflight header)', async () => {
    const url = `${s.url}/graphql?query=${encodeURIComponent('{ actors { totalCount } }')}`;
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(400);
    const api = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(api.status).toBe(200);
    expect(((await api.json()) as any).data.actors.totalCount).toBeGreaterThan(10);
  });
});

describe('GET /health', () => {
  it('reports the store and its counts', async () => {
    const res = await fetch(`${s.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toEqual(
      expect.objectContaining({ ok: true, store: 'embedded', detail: expect.any(String) }),
    );
    expect(body.counts.nodes.Report).toBe(5);
    expect(body.counts.edges.DISPUTES).toBeGreaterThan(0);
  });
});

describe('request limits', () => {
  it('answers 413 for a body over BODY_LIMIT, in the GraphQL error shape', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ actors { totalCount } }`, variables: { pad: 'x'.repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('20kb');
    expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('request ids', () => {
  it('are sent on every response and kept when a proxy supplies one', async () => {
    const fresh = await fetch(`${s.url}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${s.url}/health`, { headers: { 'x-request-id': 'proxy-abc-12345' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-abc-12345');
    const odd = await fetch(`${s.url}/health`, { headers: { 'x-request-id': '<script>' } });
    expect(odd.headers.get('x-request-id')).not.toBe('<script>');
  });
});

describe('CORS', () => {
  const preflight = (server: TestServer, origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('is closed by default', async () => {
    const res = await preflight(s, 'https://elsewhere.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await s.gql(`{ actors { totalCount } }`, undefined, { origin: 'https://elsewhere.example' });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens to the origins in CORS_ORIGINS only', async () => {
    const ok = await preflight(cors, 'https://newsroom.example');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await preflight(cors, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

it('answers unknown routes with a JSON 404', async () => {
  const res = await fetch(`${s.url}/nope`);
  expect(res.status).toBe(404);
  expect(((await res.json()) as any).error.code).toBe('NOT_FOUND');
});
