/**
 * The benchmark's server process (forked by bench/run.ts, IPC): opens the loaded store, measures the
 * store floor, and serves the GraphQL API when src/http/app.ts exists. A separate process so the load
 * generator (autocannon) and the server do not share one event loop.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { loadConfig } from '../src/config/config';
import { CachedGraphStore } from '../src/store/cached-graph-store';
import type { GraphStore } from '../src/store/graph-store.port';
import { QUERIES } from './queries';

type Msg =
  | { type: 'floor'; samples: Record<string, string[]>; seconds: number; concurrency: number }
  | { type: 'stats' }
  | { type: 'invalidate' }
  | { type: 'stop' };

const send = (m: unknown): void => {
  process.send!(m);
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const [dataDir, bufferPoolMb, cacheFlag] = process.argv.slice(2);
  const raw = await openEmbeddedStore({
    dataDir: dataDir!,
    bufferPoolMb: Number(bufferPoolMb),
    readConnections: 2,
    // Reads only, over a bulk-loaded graph: no journal (its first start would copy the data file as the
    // journal's base, doubling the disk a 1M graph takes; bench/journal.ts measures the journal).
    journal: false,
  });
  const cached = cacheFlag === 'cache' ? new CachedGraphStore(raw) : null;
  const store: GraphStore = cached ?? raw;
  let server: Server | null = null;
  let httpNote = 'src/http/app.ts not found: HTTP part skipped';
  const appPath = join(__dirname, '../src/http/app.js');
  if (existsSync(appPath)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(appPath) as typeof import('../src/http/app');
    const config = loadConfig({
      ...process.env,
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      SEED_ON_START: 'false',
      MAX_QUERY_COMPLEXITY: '1000000',
    });
    const app = await mod.createApp({ store, config });
    server = await app.start({ port: 0, host: '127.0.0.1' });
    httpNote = 'createApp({store, config}) from src/http/app.ts';
  }
  const address = server?.address();
  send({ type: 'ready', port: address && typeof address === 'object' ? address.port : null, httpNote });

  process.on('message', (m: Msg) => {
    void (async () => {
      if (m.type === 'invalidate') {
        cached?.invalidate();
        send({ type: 'invalidated' });
      } else if (m.type === 'stats') {
        send({
          type: 'stats',
          roundTrips: store.roundTrips(),
          // The server's own CPU (all its threads, Kuzu's included): a cost per request that a busy
          // machine does not distort the way it distorts requests/s.
          cpuMicros: ((u) => u.user + u.system)(process.cpuUsage()),
          rss: process.memoryUsage().rss,
          maxRssBytes: process.resourceUsage().maxRSS * 1024,
          cache: cached?.stats() ?? null,
        });
      } else if (m.type === 'floor') {
        // The floor: the same reads on the raw store (no cache), one at a time, then `concurrency` at once.
        const out: Record<string, unknown> = {};
        for (const q of QUERIES) {
          if (!q.floor) continue;
          const pool = m.samples[q.pool] ?? [];
          const draw = (): string => pool[Math.floor(Math.random() * pool.length)]!;
          const times: number[] = [];
          const trips0 = raw.roundTrips();
          const end = performance.now() + m.seconds * 500;
          while (performance.now() < end || times.length < 5) {
            const t = performance.now();
            await q.floor(raw, draw());
            times.push(performance.now() - t);
          }
          const seqTrips = (raw.roundTrips() - trips0) / times.length;
          // Throughput of the bare store under the same concurrency as the HTTP run.
          let done = 0;
          const cEnd = performance.now() + m.seconds * 500;
          const t0 = performance.now();
          await Promise.all(
            Array.from({ length: m.concurrency }, async () => {
              while (performance.now() < cEnd) {
                await q.floor!(raw, draw());
                done++;
              }
            }),
          );
          const rps = done / ((performance.now() - t0) / 1000);
          // The same under the read cache (cold at start, filled as it goes): what the decorator buys.
          let cachedRps: number | null = null;
          if (cached) {
            cached.invalidate();
            let n = 0;
            const kEnd = performance.now() + m.seconds * 500;
            const k0 = performance.now();
            await Promise.all(
              Array.from({ length: m.concurrency }, async () => {
                while (performance.now() < kEnd) {
                  await q.floor!(cached, draw());
                  n++;
                }
              }),
            );
            cachedRps = n / ((performance.now() - k0) / 1000);
          }
          times.sort((a, b) => a - b);
          out[q.name] = {
            n: times.length,
            p50: percentile(times, 50),
            p99: percentile(times, 99),
            mean: times.reduce((a, b) => a + b, 0) / times.length,
            roundTrips: seqTrips,
            concurrentRps: rps,
            cachedRps,
            cache: cached?.stats() ?? null,
          };
          // At once, so the runner prints and saves it even if a later query never finishes.
          send({ type: 'progress', query: q.name, floor: out[q.name] });
        }
        cached?.invalidate();
        send({ type: 'floor', result: out });
      } else if (m.type === 'stop') {
        if (server) await new Promise((resolve) => server!.close(resolve));
        await store.close();
        send({ type: 'stopped' });
        process.exit(0);
      }
    })().catch((err: unknown) => {
      send({ type: 'error', message: err instanceof Error ? err.stack : String(err) });
    });
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
