/**
 * `npm run bench:engines -- --figures N [--seconds S] [--concurrency C] [--seed K] [--engines kuzu,grafeo]`
 *
 * The store floor on two engines behind the same port: generates the same graph (bench/generate.ts)
 * for each engine, loads it through that engine's fastest path (Kuzu: CSV + COPY via kuzu-bulk.ts;
 * Grafeo: UNWIND batches in transactions via bench/grafeo-load.ts), then times the floor functions of
 * bench/queries.ts on the raw store: sequential p50/p99, and throughput with C concurrent callers.
 * Each engine runs in its own child process, so its RSS is its own. Prints one markdown table.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { bulkLoad } from '../src/adapters/embedded/kuzu-bulk';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { GrafeoExecutor } from '../src/adapters/grafeo';
import { CypherGraphStore } from '../src/store/cypher-graph-store';
import type { GraphStore } from '../src/store/graph-store.port';
import { generateGraph, type GenerateStats } from './generate';
import { loadIntoGrafeo } from './grafeo-load';
import { QUERIES } from './queries';

type Engine = 'kuzu' | 'grafeo';
const ENGINES: Engine[] = ['kuzu', 'grafeo'];

interface Args {
  figures: number;
  seed: number;
  seconds: number;
  concurrency: number;
  bufferPoolMb: number;
  engines: Engine[];
}

function parseArgs(argv: string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number): number => {
    const n = Number(get(name) ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  const engines = (get('engines') ?? ENGINES.join(',')).split(',') as Engine[];
  for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`unknown engine ${e}`);
  return {
    figures: Math.trunc(num('figures', 10_000)),
    seed: Math.trunc(num('seed', 7)),
    seconds: num('seconds', 3),
    concurrency: Math.trunc(num('concurrency', 32)),
    bufferPoolMb: Math.trunc(num('buffer-pool-mb', 1024)),
    engines,
  };
}

interface QueryResult {
  query: string;
  p50: number;
  p99: number;
  rps: number;
  roundTrips: number;
}
interface EngineResult {
  engine: Engine;
  detail: string;
  nodes: number;
  edges: number;
  loadSeconds: number;
  nodesPerSecond: number;
  edgesPerSecond: number;
  rssAfterLoadMb: number;
  peakRssMb: number;
  queries: QueryResult[];
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Sequential latency, then throughput at `concurrency` callers; the same draws as bench/serve.ts. */
async function measure(
  store: GraphStore,
  samples: GenerateStats['samples'],
  args: Args,
): Promise<QueryResult[]> {
  const pools: Record<string, string[]> = {
    figures: samples.figures,
    actors: samples.actors,
    searchTerms: samples.searchTerms,
  };
  const out: QueryResult[] = [];
  for (const q of QUERIES) {
    if (!q.floor) continue;
    const pool = pools[q.pool] ?? [];
    const draw = (): string => pool[Math.floor(Math.random() * pool.length)]!;
    const times: number[] = [];
    const trips0 = store.roundTrips();
    const end = performance.now() + args.seconds * 1000;
    while (performance.now() < end || times.length < 5) {
      const t = performance.now();
      await q.floor(store, draw());
      times.push(performance.now() - t);
    }
    const roundTrips = (store.roundTrips() - trips0) / times.length;
    let done = 0;
    const t0 = performance.now();
    const cEnd = t0 + args.seconds * 1000;
    await Promise.all(
      Array.from({ length: args.concurrency }, async () => {
        while (performance.now() < cEnd) {
          await q.floor!(store, draw());
          done++;
        }
      }),
    );
    times.sort((a, b) => a - b);
    out.push({
      query: q.name,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      rps: done / ((performance.now() - t0) / 1000),
      roundTrips,
    });
  }
  return out;
}

/** Loads the graph into one engine and measures it (runs in a child process). */
async function runEngine(engine: Engine, args: Args): Promise<EngineResult> {
  const dir = mkdtempSync(join(os.tmpdir(), `claimgraph-engines-${engine}-`));
  try {
    let stats: GenerateStats | null = null;
    let store: CypherGraphStore;
    let load: {
      nodes: number;
      edges: number;
      seconds: number;
      nodesPerSecond: number;
      edgesPerSecond: number;
    };
    if (engine === 'kuzu') {
      const dataDir = join(dir, 'data');
      const r = await bulkLoad(
        (sink) => {
          stats = generateGraph({ figures: args.figures, seed: args.seed }, sink);
        },
        { dataDir, bufferPoolMb: args.bufferPoolMb, tempDir: dir },
      );
      load = { ...r, seconds: r.seconds };
      // A read benchmark over a bulk-loaded graph: no journal (its first start would copy the data file as
      // the journal's base, doubling the disk a 1M graph takes, for writes this benchmark never makes).
      store = await openEmbeddedStore({ dataDir, bufferPoolMb: args.bufferPoolMb, journal: false });
    } else {
      const exec = GrafeoExecutor.open({ dataDir: join(dir, 'data') });
      await exec.ensureSchema();
      const r = await loadIntoGrafeo(exec, { figures: args.figures, seed: args.seed });
      stats = r.stats;
      load = { ...r.load, seconds: r.load.nodeSeconds + r.load.edgeSeconds };
      store = new CypherGraphStore(exec, 'grafeo');
    }
    global.gc?.();
    const rssAfterLoadMb = mb(process.memoryUsage().rss);
    const detail = (await store.health()).detail;
    const queries = await measure(store, stats!.samples, args);
    await store.close();
    return {
      engine,
      detail,
      nodes: load.nodes,
      edges: load.edges,
      loadSeconds: load.seconds,
      nodesPerSecond: load.nodesPerSecond,
      edgesPerSecond: load.edgesPerSecond,
      rssAfterLoadMb,
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      queries,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(engine: Engine, argv: string[]): Promise<EngineResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [...argv, '--child', engine], {
      execArgv: ['--expose-gc', '--max-old-space-size=4096'],
      stdio: 'inherit',
    });
    let result: EngineResult | null = null;
    child.on('message', (m: EngineResult) => (result = m));
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the ${engine} run exited with ${code}`)),
    );
  });
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const f = (v: number, digits = 1): string => (Number.isFinite(v) ? v.toFixed(digits) : '–');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  const child = argv.indexOf('--child');
  if (child >= 0) {
    process.send!(await runEngine(argv[child + 1] as Engine, args));
    return;
  }
  const before = loadAverage();
  const results: EngineResult[] = [];
  for (const engine of args.engines) {
    console.error(`${engine}: generating ${args.figures} figures, loading, measuring …`);
    results.push(await inChild(engine, argv));
  }
  const cpus = os.cpus();
  const lines = [
    `### Store floor by engine — ${args.figures.toLocaleString('en-US')} figures, ${results[0]!.nodes.toLocaleString('en-US')} nodes, ${results[0]!.edges.toLocaleString('en-US')} edges`,
    '',
    `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}, Node ${process.version}; ${args.seconds} s sequential + ${args.seconds} s at ${args.concurrency} concurrent callers per query. ` +
      `Load average (1, 5, 15 min) before: ${before}; after: ${loadAverage()}.`,
    '',
    '| engine | load edges/s | load nodes/s | load s | RSS after load MB | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.detail.split(' at ')[0]} | ${f(r.edgesPerSecond, 0)} | ${f(r.nodesPerSecond, 0)} | ${f(r.loadSeconds)} | ${r.rssAfterLoadMb} | ${r.peakRssMb} |`,
    ),
    '',
    `| query | engine | p50 ms | p99 ms | req/s (${args.concurrency} conc.) | round trips/call |`,
    '|---|---|---:|---:|---:|---:|',
    ...results[0]!.queries.flatMap((q) =>
      results.map((r) => {
        const x = r.queries.find((y) => y.query === q.query)!;
        return `| ${q.query} | ${r.engine} | ${f(x.p50, 2)} | ${f(x.p99, 2)} | ${f(x.rps, 0)} | ${f(x.roundTrips, 2)} |`;
      }),
    ),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
