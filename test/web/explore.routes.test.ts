/** GET /explore on the real app: the page, its assets, and a policy that lets nothing else load. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createExploreRouter } from '../../src/http/explore.routes';
import { buildPage } from './build-page';
import { startSeededServer, type SeededServer } from './seeded-server';

let server: SeededServer;
beforeAll(async () => {
  buildPage();
  server = await startSeededServer();
});
afterAll(() => server?.close());

it('serves the page with a same-origin-only content security policy', async () => {
  const res = await fetch(`${server.url}/explore`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  const html = await res.text();
  expect(html).toContain('<script defer src="/explore/explore.js">');
  // Nothing in the page itself points at another host.
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
});

it('serves the bundle (Cytoscape.js inside) and the stylesheet under the same policy', async () => {
  const js = await fetch(`${server.url}/explore/explore.js`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toMatch(/javascript/);
  expect(js.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect((await js.text()).length).toBeGreaterThan(100_000);
  const css = await fetch(`${server.url}/explore/explore.css`);
  expect(css.headers.get('content-type')).toMatch(/^text\/css/);
});

it('answers 404 for files it does not have and never leaves web/dist', async () => {
  expect((await fetch(`${server.url}/explore/nope.js`)).status).toBe(404);
  expect((await fetch(`${server.url}/explore/%2e%2e/%2e%2e/package.json`)).status).not.toBe(200);
});

it('says how to build the page when web/dist is missing', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'claimgraph-noweb-'));
  const app = express().use(createExploreRouter({ webRoot: empty }));
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((r) => listening.once('listening', r));
  try {
    const { port } = listening.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/explore`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  } finally {
    listening.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
