/**
 * The explorer in real Chromium against the real app over the seed graph: a newcomer finds who
 * disputed Russia's Kherson claim and in which report, without typing GraphQL; search, expand, filter
 * and the side panel work with real mouse clicks on the canvas; nothing is requested off localhost.
 *
 * Skipped, never failed, when Debian's chromium is not installed (CI installs it in .ci/run): the
 * rest of the suite must stay usable on a machine without a browser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { CHROMIUM_MISSING, chromiumAvailable, launchChromium, type Chromium } from './chromium';
import { buildPage } from './build-page';
import { startSeededServer, type SeededServer } from './seeded-server';
import './page-globals';

const ARTIFACTS = join(__dirname, '../../test-artifacts');
const ARESTOVYCH = 'actor:oleksiy-arestovych';
const RDM = 'actor:russian-defence-ministry';
const DISPUTE_QUOTE = 'rejected this and said that fighting was ongoing';

const available = chromiumAvailable();
if (!available) console.warn(CHROMIUM_MISSING);
// Skipped only on a machine without Debian's Chromium (said above, on stderr); .ci/run installs it, so CI runs it.
const describeInBrowser = available ? describe : describe.skip;

jest.setTimeout(120_000);

describeInBrowser('the network explorer in Chromium', () => {
  let server: SeededServer;
  let chrome: Chromium;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    buildPage();
    server = await startSeededServer();
    chrome = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await chrome.browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__explore !== undefined);
    await page.evaluate(() => window.__explore!.ready);
    await idle(page);
    return page;
  }

  const idle = (page: Page) => page.evaluate(() => window.__explore!.idle());

  /** Where a node is on screen, for real mouse clicks on the canvas. */
  async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
    return page.evaluate((nodeId) => {
      const cy = window.__cy!;
      const node = cy.getElementById(nodeId);
      if (node.empty()) throw new Error(`${nodeId} is not drawn`);
      const p = node.renderedPosition();
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
  }

  /** The control claims on Kherson asserted by the Russian defence ministry, and who disputes them. */
  function drawnClaims(page: Page) {
    return page.evaluate(
      ({ rdm }) => {
        const out: { id: string; disputedBy: { actor: string; quote: string; visible: boolean }[] }[] = [];
        window.__cy!.nodes('[kind = "Control"]').forEach((c: NodeSingular) => {
          if (c.outgoers('edge[type = "CONTROLS"][target = "place:kherson"]').empty()) return;
          if (c.incomers(`edge[type = "CLAIMS"][source = "${rdm}"]`).empty()) return;
          const disputedBy = c.incomers('edge[type = "DISPUTES"]').map((e: EdgeSingular) => ({
            actor: e.source().id(),
            quote: e.data('quote') as string,
            visible: e.visible(),
          }));
          out.push({ id: c.id(), disputedBy });
        });
        return out;
      },
      { rdm: RDM },
    );
  }

  it('opens on Kherson: the ministry’s control claim, Arestovych’s dispute and its report, with no typing', async () => {
    const page = await open('/explore');
    expect(await page.evaluate(() => window.__cy!.$id('place:kherson').selected())).toBe(true);
    const claims = await drawnClaims(page);
    expect(claims.flatMap((c) => c.disputedBy)).toContainEqual({
      actor: ARESTOVYCH,
      quote: DISPUTE_QUOTE,
      visible: true,
    });

    // The side panel answers in words: who disputed it, the verbatim quote, and the report.
    const dispute = page.locator(`.dispute[data-actor-id="${ARESTOVYCH}"]`);
    await expect(dispute.textContent()).resolves.toContain('Oleksiy Arestovych');
    await expect(dispute.locator('blockquote').textContent()).resolves.toBe(`“${DISPUTE_QUOTE}”`);
    const report = dispute.locator('.report-link');
    await expect(report.textContent()).resolves.toBe(
      'Nearly 500 Russian soldiers dead, 1,600 wounded in Ukraine: Kremlin',
    );

    // Clicking the report opens it with the quote marked in its passage.
    await report.click();
    await page.waitForSelector('#report-dialog[open] .report-text mark');
    await expect(page.locator('#report-dialog mark').textContent()).resolves.toBe(DISPUTE_QUOTE);
    await page.click('#report-close');

    await page.screenshot({ path: join(ARTIFACTS, 'explore.png') });
    await page.close();
  });

  it('search "Kherson", expand it, click nodes: claim, dispute and quotes appear', async () => {
    const page = await open('/explore?focus=');
    expect(await page.evaluate(() => window.__cy!.elements().length)).toBe(0);

    await page.fill('#search', 'Kherson');
    const hit = page.locator('#search-results li.hit[data-id="place:kherson"]');
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction(() => window.__cy!.$id('place:kherson').nonempty());
    await idle(page);

    const claims = await drawnClaims(page);
    expect(claims.length).toBeGreaterThanOrEqual(1);
    expect(claims.flatMap((c) => c.disputedBy).map((d) => d.actor)).toContain(ARESTOVYCH);

    // Double-click expands: the ministry's figures join the drawing.
    const before = await page.evaluate(() => window.__cy!.nodes().length);
    const rdm = await screenPoint(page, RDM);
    await page.mouse.dblclick(rdm.x, rdm.y);
    await page.waitForFunction((n) => window.__cy!.nodes().length > n, before);
    await idle(page);
    expect(await page.evaluate(() => window.__cy!.nodes('[kind = "Figure"]').length)).toBeGreaterThan(0);

    // Click Arestovych: the panel shows his dispute with the quote and its report.
    const arestovych = await screenPoint(page, ARESTOVYCH);
    await page.mouse.click(arestovych.x, arestovych.y);
    await idle(page);
    await expect(page.locator('.panel-header h2').textContent()).resolves.toBe('Oleksiy Arestovych');
    await expect(page.locator('#panel-body').textContent()).resolves.toContain(`“${DISPUTE_QUOTE}”`);
    expect(await page.locator('#panel-body .report-link').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'explore-search.png') });
    await page.close();
  });

  it('filters by relationship type and by date', async () => {
    const page = await open('/explore');
    // Cytoscape restyles on its next frame: poll rather than read right after a click.
    const visibleCount = (type: string, expected: 'none' | 'some') =>
      page.waitForFunction(
        ({ t, e }) => {
          const n = window
            .__cy!.edges(`[type = "${t}"]`)
            .filter((edge: EdgeSingular) => edge.visible()).length;
          return e === 'none' ? n === 0 : n > 0;
        },
        { t: type, e: expected },
        { timeout: 5_000 },
      );
    await visibleCount('DISPUTES', 'some');
    await page.uncheck('#edge-filters input[value="DISPUTES"]');
    await visibleCount('DISPUTES', 'none');
    await visibleCount('CLAIMS', 'some');
    await page.check('#edge-filters input[value="DISPUTES"]');
    await visibleCount('DISPUTES', 'some');

    // From 2022-03-03 on: the 2 March statements (the ministry's claim, Arestovych's dispute) go.
    await page.fill('#date-from', '2022-03-03');
    await page.dispatchEvent('#date-from', 'change');
    await visibleCount('DISPUTES', 'none');
    const dated = await page.evaluate(() =>
      window
        .__cy!.edges()
        .filter((e: EdgeSingular) => e.visible() && Boolean(e.data('date')))
        .map((e: EdgeSingular) => e.data('date') as string),
    );
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((d) => d >= '2022-03-03')).toBe(true);
    await page.click('#filters-reset');
    await visibleCount('DISPUTES', 'some');
    await page.close();
  });

  it('made no request off localhost and logged no error (CSP violations included)', () => {
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
