/**
 * What the embedded store's journal costs and what it buys (src/adapters/embedded/journal.ts): the same
 * bundles ingested one by one into a fresh store with the journal off and on (per-write latency, the
 * journal's bytes), then the data file damaged and the store rebuilt from the journal at open (time to
 * open), and the journal folded into a base snapshot (time to copy the data file).
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/journal.js [--bundles 400] [--seed 3]
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { crashBundles } from '../scripts/crash-bundles';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const BUNDLES = arg('bundles', 400);
const SEED = arg('seed', 3);
const POOL_MB = 256;

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function ingestAll(journal: boolean): Promise<{ dir: string; perWrite: number[]; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), `claimgraph-journal-bench-${journal ? 'on' : 'off'}-`));
  const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: POOL_MB, journal });
  const perWrite: number[] = [];
  const t0 = performance.now();
  for (const b of crashBundles(BUNDLES, SEED)) {
    const t = performance.now();
    await store.ingestBundle(b);
    perWrite.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  return { dir, perWrite, seconds };
}

async function main(): Promise<void> {
  console.log(
    `journal cost: ${BUNDLES} bundles (crash bundles, seed ${SEED}), one write each, ${POOL_MB} MiB pool`,
  );
  // Alternating order would be fairer on a noisy machine; off first, then on, then off again.
  const runs = [await ingestAll(false), await ingestAll(true), await ingestAll(false)];
  for (const [i, r] of runs.entries())
    console.log(
      `journal ${i === 1 ? 'on ' : 'off'}: ${(BUNDLES / r.seconds).toFixed(1)} writes/s, per write p50 ${ms(quantile(r.perWrite, 0.5))}, ` +
        `p99 ${ms(quantile(r.perWrite, 0.99))}`,
    );
  const on = runs[1]!;
  const journalBytes = statSync(join(on.dir, 'journal', 'bundles-000000000000.ndjson')).size;
  console.log(
    `journal size: ${mb(journalBytes)} for ${BUNDLES} entries (${(journalBytes / BUNDLES / 1024).toFixed(1)} KB each); ` +
      `data file ${mb(statSync(join(on.dir, 'graph.kuzu')).size)}`,
  );

  // The rebuild: the data file overwritten, the store opened as the server opens it.
  writeFileSync(join(on.dir, 'graph.kuzu'), Buffer.alloc(1024 * 1024, 0x5a));
  let t = performance.now();
  let store = await openEmbeddedStore({ dataDir: on.dir, bufferPoolMb: POOL_MB });
  const rebuildS = (performance.now() - t) / 1000;
  const { state, applied } = store.openReport;
  console.log(
    `rebuild at open: ${state}, ${applied} entries applied in ${rebuildS.toFixed(1)} s (${(applied / rebuildS).toFixed(0)} entries/s)`,
  );
  t = performance.now();
  await store.compactJournal();
  console.log(
    `compaction (checkpoint + copy of a ${mb(statSync(join(on.dir, 'graph.kuzu')).size)} data file): ${ms(performance.now() - t)}`,
  );
  await store.close();
  t = performance.now();
  store = await openEmbeddedStore({ dataDir: on.dir, bufferPoolMb: POOL_MB });
  console.log(`clean open after compaction: ${ms(performance.now() - t)} (${store.openReport.state})`);
  await store.close();
  for (const r of runs) rmSync(r.dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
