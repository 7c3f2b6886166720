/**
 * `npm run bench -- --figures N [--duration S] [--connections C] [--seed K] [--no-cache] [--cpu-prof] [--fresh]`
 *
 * Generates a claim graph of N figures (bench/generate.ts), bulk-loads it into a cached data directory
 * (kuzu-bulk.ts; reused when present), starts the server in a child process on it, measures the store
 * floor and then drives the GraphQL API with autocannon. Prints each floor query and table row on stderr
 * as soon as it is measured and rewrites bench/results/<N>.json after each (`complete: false` until the
 * end), so a stopped run keeps what it measured; prints the whole markdown table on stdout at the end.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { bulkLoad, type BulkLoadResult } from '../src/adapters/embedded/kuzu-bulk';
import { generateGraph, GENERATOR_VERSION, type GenerateStats } from './generate';
import { QUERIES, type BenchQuery } from './queries';

interface Args {
  figures: number;
  duration: number;
  connections: number;
  seed: number;
  cache: boolean;
  cpuProf: boolean;
  fresh: boolean;
  bufferPoolMb: number;
  cacheDir: string;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number): number => {
    const v = get(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  return {
    figures: Math.trunc(num('figures', 10_000)),
    duration: num('duration', 10),
    connections: Math.trunc(num('connections', 32)),
    seed: Math.trunc(num('seed', 7)),
    cache: !argv.includes('--no-cache'),
    cpuProf: argv.includes('--cpu-prof'),
    fresh: argv.includes('--fresh'),
    bufferPoolMb: Math.trunc(num('buffer-pool-mb', 1024)),
    cacheDir: get('cache-dir') ?? join(os.tmpdir(), 'claimgraph-bench'),
  };
}

interface Prepared {
  dataDir: string;
  load: BulkLoadResult & { csvSeconds: number; reused: boolean };
  stats: Omit<GenerateStats, 'claimDegrees'> & { topClaimDegrees: number[] };
}

/** Generates and bulk-loads the graph unless a finished load for the same N, seed and generator exists. */
async function prepare(args: Args): Promise<Prepared> {
  const dir = join(args.cacheDir, `figures-${args.figures}-seed-${args.seed}-v${GENERATOR_VERSION}`);
  const marker = join(dir, 'load.json');
  const dataDir = join(dir, 'data');
  if (!args.fresh && existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as Prepared;
    console.error(`reusing the loaded graph in ${dir}`);
    return { ...saved, dataDir, load: { ...saved.load, reused: true } };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error(`generating ${args.figures} figures and bulk-loading into ${dataDir} …`);
  let stats: GenerateStats | null = null;
  const load = await bulkLoad(
    (sink) => {
      stats = generateGraph({ figures: args.figures, seed: args.seed }, sink);
    },
    { dataDir, bufferPoolMb: args.bufferPoolMb, tempDir: dir },
  );
  const { claimDegrees, ...rest } = stats! as GenerateStats;
  const prepared: Prepared = {
    dataDir,
    load: { ...load, reused: false },
    stats: { ...rest, topClaimDegrees: claimDegrees.slice(0, 20) },
  };
  writeFileSync(marker, JSON.stringify(prepared));
  return prepared;
}

const SERVERS: ChildProcess[] = [];

class Server {
  private waiters: ((m: Record<string, unknown>) => void)[] = [];
  private failures: ((e: Error) => void)[] = [];
  /** Messages the server sends on its own while it works (one per measured floor query). */
  onProgress: (m: Record<string, unknown>) => void = () => undefined;
  constructor(readonly child: ChildProcess) {
    // One exit listener for every pending question (one per question would pile up listeners).
    child.once('exit', (code) => {
      for (const fail of this.failures.splice(0)) fail(new Error(`server exited with ${code}`));
    });
    child.on('message', (m: Record<string, unknown>) => {
      if (m.type === 'error') console.error(`server: ${String(m.message)}`);
      if (m.type === 'progress') {
        this.onProgress(m);
        return;
      }
      const w = this.waiters.shift();
      if (w) w(m);
    });
  }
  static async start(
    dataDir: string,
    args: Args,
    profDir: string,
  ): Promise<{ server: Server; ready: Record<string, unknown> }> {
    const execArgv = [
      '--max-old-space-size=2048',
      ...(args.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []),
    ];
    const child = fork(
      join(__dirname, 'serve.js'),
      [dataDir, String(args.bufferPoolMb), args.cache ? 'cache' : 'nocache'],
      // graphql-js checks instanceOf across realms unless NODE_ENV is production (a per-field cost).
      { execArgv, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    SERVERS.push(child);
    const server = new Server(child);
    const ready = await server.next();
    return { server, ready };
  }
  next(): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      this.waiters.push((m) => {
        this.failures.splice(this.failures.indexOf(reject), 1);
        resolve(m);
      });
      this.failures.push(reject);
    });
  }
  ask(m: Record<string, unknown>): Promise<Record<string, unknown>> {
    const p = this.next();
    this.child.send(m);
    return p;
  }
}

/** Ids of the warm phase: a working set that is read again and again (a newsroom's story of the day). */
const HOT_SET = 1000;

interface Row {
  query: string;
  /** cold: the read cache emptied first, ids drawn from the whole pool; warm: a hot set read once before. */
  phase: 'cold' | 'warm' | 'uncached';
  depth: number;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  ratio: number | null;
  errors: number | null;
  non2xx: number | null;
  floorP50: number | null;
  floorP99: number | null;
  floorRps: number | null;
  cachedStoreRps: number | null;
  roundTrips: number | null;
  /** Server CPU (user + system, every thread) per request, in ms. */
  cpuMs: number | null;
  floorRoundTrips: number | null;
  note?: string;
}

async function probe(port: number, q: BenchQuery, value: string | null): Promise<string | null> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.graphql, variables: q.variable ? { [q.variable]: value } : {} }),
  });
  const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  if (res.status !== 200 || !body || body.errors)
    return `HTTP ${res.status}: ${JSON.stringify(body?.errors ?? body).slice(0, 300)}`;
  return null;
}

async function drive(port: number, q: BenchQuery, pool: string[], args: Args): Promise<autocannon.Result> {
  const draw = (): string => pool[Math.floor(Math.random() * pool.length)]!;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: args.connections,
    duration: args.duration,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ query: q.graphql, variables: q.variable ? { [q.variable]: draw() } : {} }),
        }),
      },
    ],
  });
}

const fmt = (v: number | null, digits = 1): string =>
  v === null || !Number.isFinite(v) ? '–' : v.toFixed(digits);

type FloorResult = Record<
  string,
  { p50: number; p99: number; roundTrips: number; concurrentRps: number; cachedRps: number | null }
>;

const TABLE_HEAD = (connections: number): string[] => [
  `| query | phase | req/s | p50 ms | p99 ms | × trivial | server CPU ms/req | round trips/req (depth) | floor p50 ms | floor p99 ms | floor req/s (${connections} conc.) | cached store req/s | errors |`,
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

const tableRow = (r: Row): string =>
  `| ${r.query} | ${r.phase} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.ratio, 2)} | ${fmt(r.cpuMs, 2)} | ${fmt(r.roundTrips, 2)} (${r.depth}) | ${fmt(r.floorP50, 2)} | ${fmt(r.floorP99, 2)} | ${fmt(r.floorRps, 0)} | ${fmt(r.cachedStoreRps, 0)} | ${r.errors === null ? '–' : r.errors + (r.non2xx ?? 0)} |`;

/** Progress on stderr, written at once (a stopped run keeps what it printed). */
const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const prepared = await prepare(args);
  const { stats, load } = prepared;
  console.error(
    `graph: ${stats.totalNodes} nodes, ${stats.totalEdges} edges; load ${fmt(load.edgesPerSecond, 0)} edges/s, ${fmt(load.nodesPerSecond, 0)} nodes/s${load.reused ? ' (cached)' : ''}`,
  );
  const resultsDir = resolve(__dirname, '../../bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const profDir = join(resultsDir, `prof-${args.figures}`);
  const { server, ready } = await Server.start(prepared.dataDir, args, profDir);
  const port = ready.port as number | null;
  const samples: Record<string, string[]> = {
    figures: stats.samples.figures,
    actors: stats.samples.actors,
    searchTerms: stats.samples.searchTerms,
    none: [''],
  };

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
  const rows: Row[] = [];
  const probes: Record<string, string | null> = {};
  const floor: FloorResult = {};
  let lastStats: Record<string, unknown> = ready;
  const resultFile = join(resultsDir, `${args.figures}.json`);
  /** The result so far; rewritten after every floor query and every row, so a stopped run keeps its rows. */
  const save = (complete: boolean): { peakRssMb: number | null } => {
    const maxRss = lastStats.maxRssBytes;
    const peakRssMb = typeof maxRss === 'number' ? Math.round(maxRss / 2 ** 20) : null;
    const result = {
      figures: args.figures,
      seed: args.seed,
      generatorVersion: GENERATOR_VERSION,
      when: new Date().toISOString(),
      complete,
      machine,
      settings: {
        connections: args.connections,
        durationSeconds: args.duration,
        readCache: args.cache,
        bufferPoolMb: args.bufferPoolMb,
        http: ready.httpNote,
      },
      graph: {
        nodes: stats.nodes,
        edges: stats.edges,
        totalNodes: stats.totalNodes,
        totalEdges: stats.totalEdges,
        reports: stats.reports,
        topClaimDegrees: stats.topClaimDegrees,
      },
      load: {
        reused: load.reused,
        generateAndCsvSeconds: load.csvSeconds,
        nodesPerSecond: load.nodesPerSecond,
        edgesPerSecond: load.edgesPerSecond,
        nodeSeconds: load.nodeSeconds,
        edgeSeconds: load.edgeSeconds,
        ftsSeconds: load.ftsSeconds,
        totalSeconds: load.seconds,
        tables: load.tables,
      },
      server: { peakRssMb, cache: lastStats.cache ?? null },
      ...(complete ? {} : { floor }),
      queries: rows,
      probes,
      benchSeconds: (Date.now() - started) / 1000,
    };
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    return { peakRssMb };
  };

  const floorSeconds = Math.min(4, Math.max(1, args.duration / 2));
  console.error(`measuring the store floor (${floorSeconds} s per query) …`);
  server.onProgress = (m) => {
    const name = String(m.query);
    const f = m.floor as FloorResult[string];
    floor[name] = f;
    progress(
      `floor ${name}: p50 ${fmt(f.p50, 2)} ms, p99 ${fmt(f.p99, 2)} ms, ${fmt(f.roundTrips, 2)} round trips, ${fmt(f.concurrentRps, 0)} req/s at ${args.connections}, cached ${fmt(f.cachedRps, 0)} req/s`,
    );
    save(false);
  };
  Object.assign(
    floor,
    (await server.ask({ type: 'floor', samples, seconds: floorSeconds, concurrency: args.connections }))
      .result as FloorResult,
  );

  progress(TABLE_HEAD(args.connections).join('\n'));
  let trivialRps: number | null = null;
  for (const q of QUERIES) {
    const f = floor[q.name];
    const pool = samples[q.pool]!;
    const phases: Row['phase'][] = !args.cache || q.depth === 0 ? ['uncached'] : ['cold', 'warm'];
    for (const phase of phases) {
      const row: Row = {
        query: q.name,
        phase,
        depth: q.depth,
        rps: null,
        p50: null,
        p99: null,
        ratio: null,
        errors: null,
        non2xx: null,
        floorP50: f?.p50 ?? null,
        floorP99: f?.p99 ?? null,
        floorRps: f?.concurrentRps ?? null,
        cachedStoreRps: f?.cachedRps ?? null,
        roundTrips: null,
        cpuMs: null,
        floorRoundTrips: f?.roundTrips ?? null,
        ...(q.note ? { note: q.note } : {}),
      };
      if (port !== null) {
        let ids = pool;
        if (phase === 'cold') {
          await server.ask({ type: 'invalidate' });
          probes[q.name] = await probe(port, q, pool[0] ?? null);
          if (probes[q.name]) console.error(`probe ${q.name}: ${probes[q.name]}`);
        }
        if (phase === 'warm') {
          ids = pool.slice(0, HOT_SET);
          // One read of every hot id first, eight at a time, so the measured run starts warm.
          for (let i = 0; i < ids.length; i += 8)
            await Promise.all(ids.slice(i, i + 8).map((id) => probe(port, q, id)));
        }
        const s0 = await server.ask({ type: 'stats' });
        console.error(`driving ${q.name} (${phase}, ${ids.length} ids) for ${args.duration} s …`);
        const r = await drive(port, q, ids, args);
        const s1 = await server.ask({ type: 'stats' });
        lastStats = s1;
        const [before, after] = [s0.roundTrips as number, s1.roundTrips as number];
        row.cpuMs =
          r.requests.total > 0
            ? ((s1.cpuMicros as number) - (s0.cpuMicros as number)) / 1000 / r.requests.total
            : null;
        row.rps = r.requests.average;
        row.p50 = r.latency.p50;
        row.p99 = r.latency.p99;
        row.errors = r.errors + r.timeouts;
        row.non2xx = r.non2xx;
        row.roundTrips = r.requests.total > 0 ? (after - before) / r.requests.total : null;
        if (q.depth === 0) trivialRps = row.rps;
        row.ratio = trivialRps ? row.rps / trivialRps : null;
      }
      rows.push(row);
      progress(tableRow(row));
      save(false);
    }
  }
  lastStats = await server.ask({ type: 'stats' });
  await server.ask({ type: 'stop' }).catch(() => undefined);
  const { peakRssMb } = save(true);

  const lines = [
    `### ${args.figures.toLocaleString('en-US')} figures — ${stats.totalNodes.toLocaleString('en-US')} nodes, ${stats.totalEdges.toLocaleString('en-US')} edges`,
    '',
    `${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemGb} GB, ${machine.os}, Node ${machine.node}; ${args.connections} connections, ${args.duration} s per query, read cache ${args.cache ? 'on' : 'off'}.`,
    `Load: ${fmt(load.edgesPerSecond, 0)} edges/s, ${fmt(load.nodesPerSecond, 0)} nodes/s (FTS ${fmt(load.ftsSeconds)} s)${load.reused ? ' — from an earlier run' : ''}. Server peak RSS ${peakRssMb} MB.`,
    '',
    `Phases: **cold** empties the read cache first and draws ids from the whole sample pool; **warm** reads a hot set of ${HOT_SET} ids once, then draws from it.`,
    '',
    ...TABLE_HEAD(args.connections),
    ...rows.map(tableRow),
    '',
  ];
  if (port === null) lines.push(`HTTP not measured: ${String(ready.httpNote)}`);
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  // Never leave the server child holding the data directory.
  for (const child of SERVERS) child.kill('SIGKILL');
  process.exit(1);
});
