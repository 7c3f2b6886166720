/**
 * Sustained load (issue 8, item 4): the compiled server (dist/src/main.js) in its own process over a
 * preloaded embedded store, driven by autocannon with 64 connections: mixed reads (figure, actor,
 * search, network, timeline with random ids drawn from the data) and a steady trickle of authorised
 * ingestReport writes, each of which clears the server's read cache. Prints, per interval, requests,
 * throughput, p50/p99/max latency, errors (socket errors, timeouts, non-2xx, GraphQL errors) and the
 * server's RSS (from /proc/<pid>/status), then the totals against the targets: 0 errors, RSS growth
 * at most 10 % after warm-up.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/soak.js [--duration 600] [--connections 64]
 *     [--interval 30] [--writes-per-sec 2] [--reports 300] [--reads figure,actor,search,network,timeline]
 *     [--write-pool 60] [--warmup 60]
 * --write-pool N: writes cycle over N reports, each pass after the first sending a new version of each
 * (an UPDATED write: old statements removed, new ones written), so the graph stops growing once the pool
 * is in and RSS growth measures leaks rather than a bigger graph. 0: every write is a new report.
 * Exits 1 when a target is missed.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { loadSeeds } from '../src/ingestion/seed-loader';
import { crashBundles } from '../scripts/crash-bundles';
import { rssGrowth } from './rss-growth';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 600);
const CONNECTIONS = arg('connections', 64);
const INTERVAL = arg('interval', 30);
const WRITES_PER_SEC = arg('writes-per-sec', 2);
const REPORTS = arg('reports', 300);
const WRITE_POOL = arg('write-pool', 60);
/** Seconds before RSS counts for growth: the read cache and the store's buffer pool fill first. */
const WARMUP = arg('warmup', 60);
const SEED = 23;
const MAIN_JS = join(__dirname, '..', 'src', 'main.js');

const READS = {
  figure:
    'query($id: ID!) { figure(id: $id) { value metric subject claimedBy { quote actor { name } report { id title } } disputedBy { quote actor { name } } contradictedBy { id value } } }',
  actor:
    'query($id: ID!) { actor(id: $id) { name aliases claims { quote figure { value metric } report { publishedAt } } disputes { quote } } }',
  search:
    'query($t: String!) { search(text: $t, first: 10) { id ... on Actor { name } ... on Place { name } } }',
  network:
    'query($id: ID!) { network(ids: [$id], depth: 2, limit: 200) { nodes { id label kind } edges { id source target type } truncated } }',
  timeline:
    'query($m: String!, $s: String) { timeline(metric: $m, subject: $s) { quote date actor { name } figure { value } } }',
} as const;
const INGEST = 'mutation($input: ReportBundleInput!) { ingestReport(input: $input) { status reportId } }';

interface Pools {
  figures: string[];
  actors: string[];
  places: string[];
  terms: string[];
  quantities: { metric: string; subject: string }[];
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

/** Seeds plus `REPORTS` generated reports, written straight into the store; the ids the reads draw from. */
async function preload(dir: string): Promise<Pools> {
  const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 256 });
  try {
    await loadSeeds(store);
    for (const b of crashBundles(REPORTS, SEED)) await store.ingestBundle(b);
    const all = { first: 100_000 };
    const [actors, places, figures] = await Promise.all([
      store.listActors({}, all),
      store.listPlaces({}, all),
      store.listFigures({}, all),
    ]);
    const named = await store.getActors(actors.ids);
    const figs = await store.getFigures(figures.ids.slice(0, 2000));
    const quantities = [
      ...new Map(
        [...figs.values()].map((f) => [`${f.metric}|${f.subject}`, { metric: f.metric, subject: f.subject }]),
      ).values(),
    ];
    const terms = [...new Set([...named.values()].map((a) => a.name.split(' ').slice(-1)[0]!))];
    return {
      figures: figures.ids,
      actors: actors.ids,
      places: places.ids,
      terms: [...terms, 'Kherson', 'soldiers', 'civilians'],
      quantities,
    };
  } finally {
    await store.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Interval {
  latencies: number[];
  errors: number;
  non2xx: number;
  gqlErrors: number;
  writes: number;
  writeErrors: number;
  rss: number[];
}
const emptyInterval = (): Interval => ({
  latencies: [],
  errors: 0,
  non2xx: 0,
  gqlErrors: 0,
  writes: 0,
  writeErrors: 0,
  rss: [],
});

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-soak-'));
  const t0 = Date.now();
  const pools = await preload(dir);
  console.log(
    `soak: ${DURATION} s, ${CONNECTIONS} connections, ~${WRITES_PER_SEC} writes/s (${WRITE_POOL > 0 ? `a pool of ${WRITE_POOL} reports, new versions after the first pass` : 'every write a new report'}), report every ${INTERVAL} s`,
  );
  console.log(
    `graph: seeds + ${REPORTS} generated reports (${pools.actors.length} actors, ${pools.figures.length} figures), preloaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const token = randomBytes(24).toString('hex');
  const port = await freePort();
  const server = spawn(process.execPath, [MAIN_JS], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      CLAIMGRAPH_TOKEN: token,
      NODE_ENV: 'production',
      SEED_ON_START: 'false',
      KUZU_BUFFER_POOL_MB: '256',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOut = '';
  let serverErr = '';
  server.stdout.on('data', (c: Buffer) => (serverOut += c.toString()));
  server.stderr.on('data', (c: Buffer) => (serverErr += c.toString()));
  await new Promise<void>((done, fail) => {
    const timer = setInterval(() => {
      if (/claimgraph ready/.test(serverOut)) {
        clearInterval(timer);
        done();
      }
    }, 50);
    server.on('exit', (code) => fail(new Error(`server exited (${code}): ${serverErr.slice(-1000)}`)));
  });
  // A server that dies mid-run is the worst finding there is: say so at once, with its last words.
  let serverExit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const serverExited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    server.on('exit', (code, signal) => {
      serverExit = { code, signal };
      done(serverExit);
    }),
  );
  const pid = server.pid!;
  const rss0 = rssMb(pid)!;
  console.log(`server pid ${pid} on port ${port}, RSS at start ${rss0.toFixed(0)} MB`);

  // Writes continue the same generated stream (same actors and places: updates, merges, contradictions),
  // then re-send earlier bundles (UNCHANGED) if the run outlasts them.
  const writeBundles = crashBundles(
    REPORTS + (WRITE_POOL > 0 ? WRITE_POOL : Math.ceil(WRITES_PER_SEC * DURATION) + 10),
    SEED,
  ).slice(REPORTS);
  /** The n-th write: the pool's bundles in turn; from the second pass on, version `pass` of each. */
  const writeAt = (n: number): unknown => {
    const b = writeBundles[n % writeBundles.length]!;
    const pass = Math.floor(n / writeBundles.length);
    if (WRITE_POOL === 0 || pass === 0) return b;
    return { ...b, report: { ...b.report, text: `${b.report.text} (Updated, version ${pass + 1}.)` } };
  };
  let nextWrite = 0;
  let budget = 0;
  let lastRefill = Date.now();
  const draw = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  const only = process.argv.indexOf('--reads');
  const kinds = (Object.keys(READS) as (keyof typeof READS)[]).filter(
    (k) => only < 0 || process.argv[only + 1]!.split(',').includes(k),
  );

  let current = emptyInterval();
  let stopping = false;
  const loadStarted = Date.now();
  const rows: { t: number; iv: Interval; requests: number }[] = [];
  const allLatencies: number[] = [];
  const rssSeries: number[] = [];
  const rssTimer = setInterval(() => {
    const r = rssMb(pid);
    if (r !== null) {
      current.rss.push(r);
      rssSeries.push(r);
    }
  }, 2_000);

  let finished: (r: autocannon.Result) => void = () => undefined;
  let failed: (e: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((res, rej) => {
    finished = res;
    failed = rej;
  });
  const instance = autocannon(
    {
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 20,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (req, context) => {
            const ctx = context as { write?: boolean };
            const now = Date.now();
            budget = Math.min(WRITES_PER_SEC, budget + ((now - lastRefill) / 1000) * WRITES_PER_SEC);
            lastRefill = now;
            if (budget >= 1) {
              budget -= 1;
              ctx.write = true;
              const bundle = writeAt(nextWrite++);
              return {
                ...req,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify({ query: INGEST, variables: { input: bundle } }),
              };
            }
            ctx.write = false;
            const kind = draw(kinds);
            const q = draw(pools.quantities);
            const variables =
              kind === 'figure'
                ? { id: draw(pools.figures) }
                : kind === 'actor'
                  ? { id: draw(pools.actors) }
                  : kind === 'search'
                    ? { t: draw(pools.terms) }
                    : kind === 'network'
                      ? { id: draw(Math.random() < 0.5 ? pools.actors : pools.places) }
                      : { m: q.metric, s: q.subject };
            return {
              ...req,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: READS[kind], variables }),
            };
          },
          onResponse: (status, body, context) => {
            const ctx = context as { write?: boolean };
            if (ctx.write) current.writes++;
            if (status < 200 || status >= 300) {
              current.non2xx++;
              if (ctx.write) current.writeErrors++;
            } else if (body.includes('"errors"')) {
              current.gqlErrors++;
              if (ctx.write) current.writeErrors++;
            }
          },
        },
      ],
    },
    (err, res) => (err ? failed(err) : finished(res)),
  );
  void serverExited.then((e) => {
    if (stopping) return;
    console.log(
      `\nSERVER DIED after ${((Date.now() - loadStarted) / 1000).toFixed(0)} s of load: exit code ${e.code}, signal ${e.signal}`,
    );
    console.log(`server stderr (last 3000 characters):\n${serverErr.slice(-3000)}`);
    instance.stop();
  });
  (instance as unknown as EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, ms: number) => {
      current.latencies.push(ms);
      allLatencies.push(ms);
    },
  );
  instance.on('reqError', () => {
    current.errors++;
  });

  const header =
    't (s) | requests | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | GraphQL errors | writes | RSS MB';
  console.log(`\n${header}\n${header.replace(/[^|]/g, '-')}`);
  let elapsed = 0;
  const tick = setInterval(() => {
    elapsed += INTERVAL;
    const iv = current;
    current = emptyInterval();
    const sorted = [...iv.latencies].sort((a, b) => a - b);
    const rss = iv.rss.length ? iv.rss[iv.rss.length - 1]! : (rssMb(pid) ?? 0);
    rows.push({ t: elapsed, iv, requests: sorted.length });
    console.log(
      [
        elapsed,
        sorted.length,
        (sorted.length / INTERVAL).toFixed(0),
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 99).toFixed(1),
        (sorted[sorted.length - 1] ?? 0).toFixed(0),
        iv.errors,
        iv.non2xx,
        iv.gqlErrors,
        iv.writes,
        rss.toFixed(0),
      ].join(' | '),
    );
  }, INTERVAL * 1000);

  const result = await done;
  clearInterval(tick);
  clearInterval(rssTimer);
  // What arrived after the last full interval (the tail of in-flight requests) counts in the totals only.
  const tail = current;

  stopping = true;
  const died = serverExit !== null;
  const rssEnd = rssMb(pid) ?? 0;
  if (!died) server.kill('SIGTERM');
  const exit = died ? null : (await serverExited).code;

  const totals = [...rows, { t: DURATION, iv: tail, requests: tail.latencies.length }].reduce(
    (a, r) => ({
      errors: a.errors + r.iv.errors,
      non2xx: a.non2xx + r.iv.non2xx,
      gql: a.gql + r.iv.gqlErrors,
      writes: a.writes + r.iv.writes,
      writeErrors: a.writeErrors + r.iv.writeErrors,
    }),
    { errors: 0, non2xx: 0, gql: 0, writes: 0, writeErrors: 0 },
  );
  const errors = totals.errors + totals.non2xx + totals.gql + result.timeouts;
  const baseline = rows[0]?.iv.rss.at(-1) ?? rss0;
  const endVsFirst = ((rssEnd - baseline) / baseline) * 100;
  const trend = rssGrowth(rssSeries, 2, WARMUP);
  const growth = died || !trend ? Number.NaN : trend.percent;
  const sortedAll = allLatencies.sort((a, b) => a - b);
  const p99s = rows.map((r) =>
    percentile(
      [...r.iv.latencies].sort((a, b) => a - b),
      99,
    ),
  );

  console.log('');
  console.log(
    `requests:            ${result.requests.total} in ${result.duration} s (${result.requests.average.toFixed(0)} req/s), ${totals.writes} of them writes`,
  );
  console.log(
    `errors:              ${errors} (socket ${totals.errors}, timeouts ${result.timeouts}, non-2xx ${totals.non2xx}, GraphQL errors ${totals.gql}; in writes ${totals.writeErrors})  target 0`,
  );
  console.log(
    `latency:             p50 ${percentile(sortedAll, 50).toFixed(1)} ms, p99 ${percentile(sortedAll, 99).toFixed(1)} ms, max ${(sortedAll.at(-1) ?? 0).toFixed(0)} ms; p99 per interval ${p99s.map((p) => p.toFixed(0)).join(', ')} ms`,
  );
  console.log(
    `p99 drift:           first interval ${p99s[0]?.toFixed(0)} ms, last ${p99s.at(-1)?.toFixed(0)} ms`,
  );
  console.log(
    `server RSS:          ${rss0.toFixed(0)} MB at start, ${baseline.toFixed(0)} MB after the first interval, ${Math.max(...rssSeries).toFixed(0)} MB peak, ${rssEnd.toFixed(0)} MB at the end`,
  );
  console.log(
    `RSS growth:          ${growth.toFixed(1)} % after a ${WARMUP} s warm-up (mean of the last third of the samples against the first third: ${trend?.firstMeanMb.toFixed(0)} -> ${trend?.lastMeanMb.toFixed(0)} MB), slope ${trend?.slopeMbPerMin.toFixed(1)} MB/min  target <= 10 %`,
  );
  console.log(`                     (end against the end of the first interval: ${endVsFirst.toFixed(1)} %)`);
  console.log(
    died ? `server: DIED during the run (${JSON.stringify(serverExit)})` : `server exit on SIGTERM: ${exit}`,
  );
  const size = (f: string): string =>
    existsSync(f) ? `${(statSync(f).size / 1024 / 1024).toFixed(1)} MB` : 'absent';
  const journalDir = join(dir, 'journal');
  const journalFiles = existsSync(journalDir) ? readdirSync(journalDir) : [];
  console.log(
    `data directory:      graph.kuzu ${size(join(dir, 'graph.kuzu'))}; journal ${journalFiles.map((f) => `${f} ${size(join(journalDir, f))}`).join(', ') || 'none'}`,
  );
  rmSync(dir, { recursive: true, force: true });
  const ok = !died && errors === 0 && growth <= 10 && exit === 0;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  if (!ok) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
