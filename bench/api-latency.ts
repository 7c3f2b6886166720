/**
 * `node dist/bench/api-latency.js [--duration S] [--concurrency C]` (after `npm run build`)
 *
 * Latency of the GraphQL API on the seed graph, over real HTTP. A child process serves the app from
 * src/http/app.ts on a fresh embedded store with the five seed reports; this process drives it with
 * autocannon (so client and server do not share an event loop): one connection for latency, then C
 * connections for throughput. Measures "who disputed this figure", "who disputed this control claim"
 * and the nested query actor -> claims -> figure -> disputedBy -> actor; prints a markdown table with
 * the machine. A benchmark, not a test: it asserts nothing.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/graphql/logger';
import { createApp } from '../src/http/app';
import { loadSeeds } from '../src/ingestion/seed-loader';

const QUERIES: { name: string; query: string }[] = [
  {
    name: 'who disputed this figure (498 killed)',
    query: `{ figure(id: "figure:killed:russian-soldiers:498:2022-03-02") {
      value disputedBy { actor { name } quote date report { id title } } } }`,
  },
  {
    name: 'who disputed the Kherson control claims',
    query: `{ place(id: "place:kherson") { controlClaims { claimedBy { name } quote
      disputedBy { actor { name } quote report { id title } } } } }`,
  },
  {
    name: 'nested: actors(100) -> claims -> figure -> disputedBy -> actor',
    query: `{ actors(first: 100) { edges { node { name claims { quote figure { value
      disputedBy { quote actor { name } } } } } } } }`,
  },
];

type FromServer = { type: 'ready'; port: number } | { type: 'trips'; trips: number };

/** Child: the server, as `npm start` would run it, on a temp store. */
async function serve(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'claimgraph-bench-'));
  const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 256 });
  await loadSeeds(store);
  const app = await createApp({
    store,
    config: loadConfig({ NODE_ENV: 'production' }),
    logger: silentLogger,
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const address = server.address();
  process.send!({
    type: 'ready',
    port: typeof address === 'object' && address ? address.port : 0,
  } satisfies FromServer);
  process.on('message', (m: string) => {
    if (m === 'trips') process.send!({ type: 'trips', trips: store.roundTrips() } satisfies FromServer);
    if (m === 'stop')
      void app
        .stop()
        .then(() => store.close())
        .then(() => rmSync(dir, { recursive: true, force: true }))
        .then(() => process.exit(0));
  });
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

function load(url: string, query: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    duration,
  });
}

async function drive(): Promise<void> {
  const duration = arg('duration', 10);
  const concurrency = arg('concurrency', 8);
  const child = fork(__filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = (): Promise<FromServer> =>
    new Promise((resolve) => child.once('message', (m) => resolve(m as FromServer)));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('server did not start');
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  const trips = async (): Promise<number> => {
    const reply = next();
    child.send('trips');
    const m = await reply;
    return m.type === 'trips' ? m.trips : 0;
  };

  const rows: string[] = [];
  for (const { name, query } of QUERIES) {
    // Check the answer once (a benchmark of errors would be fast and useless), then warm up.
    const check = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await check.json()) as { errors?: unknown };
    if (!check.ok || body.errors) throw new Error(`${name} failed: ${JSON.stringify(body).slice(0, 300)}`);
    await load(url, query, 1, 2);
    const before = await trips();
    const seq = await load(url, query, 1, duration);
    const perRequest = ((await trips()) - before) / Math.max(1, seq.requests.total);
    const par = await load(url, query, concurrency, duration);
    if (seq.non2xx + par.non2xx + seq.errors + par.errors > 0)
      throw new Error(`${name}: non-2xx answers or errors`);
    rows.push(
      `| ${name} | ${seq.latency.p50} | ${seq.latency.p99} | ${seq.requests.total} | ${perRequest.toFixed(1)} | ` +
        `${par.latency.p50} | ${par.latency.p99} | ${Math.round(par.requests.average)} |`,
    );
  }
  child.send('stop');

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    '\nGraphQL API on the seed graph (5 reports, embedded Kuzu store), HTTP on 127.0.0.1, NODE_ENV=production',
  );
  console.log(
    `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; autocannon, ${duration} s per run\n`,
  );
  console.log(
    `| query | p50 ms (1 conn) | p99 ms (1 conn) | requests | store round trips / request | p50 ms (${concurrency} conn) | p99 ms (${concurrency} conn) | req/s (${concurrency} conn) |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

(process.argv.includes('--serve') ? serve() : drive()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
