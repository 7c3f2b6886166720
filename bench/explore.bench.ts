/**
 * `npm run build && node dist/bench/explore.bench.js [--runs 3] [--scales 500x2000,2000x8000,5000x20000] [--screenshot file.png]`
 *
 * How the network explorer copes with big drawings, in headless Chromium: time to first render of a
 * 5,000-node / 20,000-edge graph, time to expand a node inside it, and the cost of one full redraw.
 * The graph is synthetic and served in-page: Playwright answers the page's POST /graphql with a
 * generated `network` payload (seeded, so every run draws the same graph), so the numbers measure the
 * page (fetch + JSON, Cytoscape.js, fcose, canvas) and not the store. The page itself and its bundle
 * come from the real /explore router. Prints a markdown table with the machine and scale.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import express from 'express';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { createExploreRouter } from '../src/http/explore.routes';

const CHROMIUM = CHROMIUM_PATH;
const ROOT_ID = 'place:bench-root';
const NEW_PER_EXPAND = 40;
const EXPANDS_PER_RUN = 5;

type Kind = 'Actor' | 'Place' | 'Report' | 'Figure' | 'Control';
interface BNode {
  id: string;
  label: string;
  kind: Kind;
}
interface BEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  reportId: string | null;
  quote: string | null;
  date: string | null;
}
interface Graph {
  nodes: BNode[];
  edges: BEdge[];
  byId: Map<string, BNode>;
  incident: Map<string, BEdge[]>;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A graph shaped like the real one: kinds in realistic proportions, typed edges between the kinds the
 * schema allows, and hubs (a few actors and places carry many edges), with dates on statements.
 */
export function generate(nodeCount: number, edgeCount: number, seed = 42): Graph {
  const random = rng(seed);
  const share: [Kind, number][] = [
    ['Actor', 0.3],
    ['Place', 0.1],
    ['Report', 0.2],
    ['Figure', 0.3],
    ['Control', 0.1],
  ];
  const nodes: BNode[] = [{ id: ROOT_ID, label: 'Bench root', kind: 'Place' }];
  const of: Record<Kind, BNode[]> = { Actor: [], Place: [nodes[0]!], Report: [], Figure: [], Control: [] };
  for (const [kind, fraction] of share) {
    const n = Math.round((nodeCount - 1) * fraction);
    for (let i = 0; i < n && nodes.length < nodeCount; i++) {
      const node = {
        id: `${kind.toLowerCase()}:b${i}`,
        label: `${kind === 'Report' ? 'Synthetic report about the war, part' : kind} ${i}`,
        kind,
      };
      nodes.push(node);
      of[kind].push(node);
    }
  }
  // Squaring the uniform draw skews picks towards low indices: those nodes become hubs.
  const pick = (list: BNode[]): BNode => list[Math.floor(list.length * random() * random())]!;
  const date = (): string => {
    const d = new Date(Date.UTC(2022, 1, 24) + Math.floor(random() * 126) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const plan: [string, number, () => [BNode, BNode], boolean][] = [
    ['MENTIONS', 0.4, () => [pick(of.Report), random() < 0.75 ? pick(of.Actor) : pick(of.Place)], false],
    ['CLAIMS', 0.2, () => [pick(of.Actor), random() < 0.8 ? pick(of.Figure) : pick(of.Control)], true],
    ['REPORTS', 0.2, () => [pick(of.Report), random() < 0.8 ? pick(of.Figure) : pick(of.Control)], true],
    ['DISPUTES', 0.04, () => [pick(of.Actor), random() < 0.5 ? pick(of.Figure) : pick(of.Control)], true],
    ['CONTROLS', 0.025, () => [pick(of.Control), pick(of.Place)], true],
    ['CONTROLLER', 0.025, () => [pick(of.Control), pick(of.Actor)], false],
    ['PUBLISHED_BY', 0.05, () => [pick(of.Report), pick(of.Actor)], false],
    ['AFFILIATED_WITH', 0.035, () => [pick(of.Actor), pick(of.Actor)], false],
    ['CONTRADICTS', 0.025, () => [pick(of.Figure), pick(of.Figure)], false],
  ];
  const edges: BEdge[] = [];
  for (const [type, fraction, ends, dated] of plan) {
    const n = Math.round(edgeCount * fraction);
    for (let i = 0; i < n; i++) {
      const [s, t] = ends();
      edges.push({
        id: `e${edges.length}`,
        source: s.id,
        target: t.id,
        type,
        reportId: dated ? pick(of.Report).id : null,
        quote: dated ? `quote ${edges.length}` : null,
        date: dated ? date() : null,
      });
    }
  }
  // Rounding leftovers: reports mentioning the root, so the root is a hub as a focus usually is.
  while (edges.length < edgeCount)
    edges.push({
      id: `e${edges.length}`,
      source: pick(of.Report).id,
      target: ROOT_ID,
      type: 'MENTIONS',
      reportId: null,
      quote: null,
      date: null,
    });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const incident = new Map<string, BEdge[]>();
  for (const e of edges)
    for (const end of [e.source, e.target]) {
      const list = incident.get(end) ?? [];
      list.push(e);
      incident.set(end, list);
    }
  return { nodes, edges, byId, incident };
}

/** What `network(ids, depth: 1)` answers for the synthetic graph: everything for the root, else one hop plus new nodes. */
function networkFor(graph: Graph, ids: string[]): { nodes: BNode[]; edges: BEdge[]; truncated: boolean } {
  if (ids.includes(ROOT_ID)) return { nodes: graph.nodes, edges: graph.edges, truncated: false };
  const nodes = new Map<string, BNode>();
  const edges = new Map<string, BEdge>();
  for (const id of ids) {
    const self = graph.byId.get(id);
    if (!self) continue;
    nodes.set(id, self);
    for (const e of graph.incident.get(id) ?? []) {
      edges.set(e.id, e);
      for (const end of [e.source, e.target]) nodes.set(end, graph.byId.get(end)!);
    }
    if (self.kind === 'Control') continue;
    for (let k = 0; k < NEW_PER_EXPAND; k++) {
      const fresh: BNode = {
        id: `figure:new-${id}-${k}`,
        label: `New figure ${k} of ${self.label}`,
        kind: 'Figure',
      };
      nodes.set(fresh.id, fresh);
      edges.set(`new-${id}-${k}`, {
        id: `new-${id}-${k}`,
        source: id,
        target: fresh.id,
        type: 'CLAIMS',
        reportId: null,
        quote: null,
        date: '2022-04-01',
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

async function answer(route: Route, graph: Graph): Promise<void> {
  const body = route.request().postDataJSON() as { query: string; variables: Record<string, unknown> };
  const data = body.query.includes('network(')
    ? { network: networkFor(graph, body.variables.ids as string[]) }
    : {};
  await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data }) });
}

/** What the page exposes for tests and benchmarks (web/explore/main.ts). */
interface PageHooks {
  __explore?: { expand(id: string): Promise<void>; ready: Promise<void> };
  __cy?: { zoom(z?: number): number; nodes(): { length: number }; edges(): { length: number } };
}

interface RunResult {
  firstRenderMs: number;
  fetchMs: number;
  mergeMs: number;
  layoutMs: number;
  expandMs: number[];
  redrawMs: number;
  drawnNodes: number;
  drawnEdges: number;
}

async function measure(
  context: BrowserContext,
  url: string,
  graph: Graph,
  screenshot: string | null,
): Promise<RunResult> {
  const page: Page = await context.newPage();
  await page.route('**/graphql', (route) => answer(route, graph));
  await page.goto(`${url}/explore?focus=${encodeURIComponent(ROOT_ID)}`);
  await page.waitForFunction(() => (window as unknown as PageHooks).__explore !== undefined, null, {
    timeout: 300_000,
  });
  await page.evaluate(() => (window as unknown as PageHooks).__explore!.ready);
  const marks = await page.evaluate(() => {
    const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      first: at('explore:first-render'),
      start: at('explore:expand:start'),
      fetched: at('explore:expand:fetched'),
      merged: at('explore:expand:merged'),
      drawn: at('explore:expand:drawn'),
    };
  });
  if (screenshot) await page.screenshot({ path: screenshot });
  // BENCH_DEBUG=1 prints every mark the page set, to see where a slow first render goes.
  if (process.env.BENCH_DEBUG)
    console.log(
      await page.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`),
      ),
    );
  // Expand nodes spread over the graph: hubs and leaves, each adding NEW_PER_EXPAND nodes.
  const targets = Array.from(
    { length: EXPANDS_PER_RUN },
    (_, i) => graph.nodes[1 + Math.floor(((i + 0.5) / EXPANDS_PER_RUN) * (graph.nodes.length - 1))]!.id,
  );
  const expandMs: number[] = [];
  for (const id of targets)
    expandMs.push(
      await page.evaluate(async (nodeId) => {
        const t = performance.now();
        await (window as unknown as PageHooks).__explore!.expand(nodeId);
        return performance.now() - t;
      }, id),
    );
  // One full redraw (edges included, no viewport shortcut): zoom a little, wait for two frames.
  const redrawMs = await page.evaluate(async () => {
    const cy = (window as unknown as PageHooks).__cy!;
    const frames: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      cy.zoom(cy.zoom() * (i % 2 === 0 ? 1.05 : 1 / 1.05));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      frames.push(performance.now() - t);
    }
    frames.sort((a, b) => a - b);
    return frames[Math.floor(frames.length / 2)]!;
  });
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as PageHooks).__cy!;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  await page.close();
  return {
    firstRenderMs: marks.first,
    fetchMs: marks.fetched - marks.start,
    mergeMs: marks.merged - marks.fetched,
    layoutMs: marks.drawn - marks.merged,
    expandMs,
    redrawMs,
    drawnNodes: drawn.nodes,
    drawnEdges: drawn.edges,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

function buildPage(): void {
  const script = [
    resolve(__dirname, '..', 'scripts', 'build-web.js'),
    resolve(__dirname, '..', '..', 'scripts', 'build-web.js'),
  ].find(existsSync);
  if (!script) throw new Error('scripts/build-web.js not found');
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}

function parseArgs(argv: string[]): { runs: number; scales: [number, number][]; screenshot: string | null } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('runs') ?? 3);
  const scales = (get('scales') ?? '500x2000,2000x8000,5000x20000')
    .split(',')
    .map((s) => s.split('x').map(Number) as [number, number]);
  if (!Number.isInteger(runs) || runs < 1 || scales.some(([n, e]) => !(n > 10 && e > 0)))
    throw new Error('usage: --runs N --scales 5000x20000[,…]');
  return { runs, scales, screenshot: get('screenshot') ?? null };
}

async function main(): Promise<void> {
  const { runs, scales, screenshot } = parseArgs(process.argv.slice(2));
  if (!existsSync(CHROMIUM)) {
    console.log(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (explore benchmark skipped)`);
    return;
  }
  buildPage();
  const app = express().use(createExploreRouter());
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const { port } = server.address() as { port: number };
  const profile = mkdtempSync(join(os.tmpdir(), 'claimgraph-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const rows: string[] = [];
  try {
    for (const [n, e] of scales) {
      const graph = generate(n, e);
      const results: RunResult[] = [];
      for (let i = 0; i < runs; i++) {
        const shot = screenshot && i === 0 ? screenshot.replace(/(\.png)?$/, `-${n}.png`) : null;
        results.push(await measure(context, `http://127.0.0.1:${port}`, graph, shot));
      }
      const pick = (f: (r: RunResult) => number): string => ms(median(results.map(f)));
      rows.push(
        `| ${n.toLocaleString('en-US')} / ${e.toLocaleString('en-US')} | ${pick((r) => r.firstRenderMs)} | ${pick((r) => r.fetchMs)} | ${pick((r) => r.mergeMs)} | ${pick((r) => r.layoutMs)} | ` +
          `${ms(median(results.flatMap((r) => r.expandMs)))} (max ${ms(Math.max(...results.flatMap((r) => r.expandMs)))}) | ${pick((r) => r.redrawMs)} | ${results[0]!.drawnNodes.toLocaleString('en-US')} / ${results[0]!.drawnEdges.toLocaleString('en-US')} |`,
      );
      console.log(`  measured ${n} nodes / ${e} edges (${runs} runs)`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nNetwork explorer in headless Chromium ${context.browser()?.version() ?? ''}`.trimEnd());
  console.log(
    `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; medians of ${runs} page loads, ${EXPANDS_PER_RUN} expansions each (+${NEW_PER_EXPAND} nodes per expansion)\n`,
  );
  console.log(
    '| nodes / edges | first render | ↳ fetch + JSON | ↳ add to Cytoscape | ↳ layout + paint | expand a node | full redraw | drawn after expansions |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
