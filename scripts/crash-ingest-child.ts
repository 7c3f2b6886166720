/**
 * The process crash-safety.ts kills: ingests the crash bundles one by one into DATA_DIR, printing
 * `open <opened|rebuilt> <journal entries applied>`, then `ok <index> <reportId> <status>` after each commit (stdout to a pipe is synchronous on Linux, so a
 * printed line means the commit returned) and forcing a CHECKPOINT every few bundles, so that kills
 * also land inside checkpoints (the WAL-replay trap of shared/notes/embedded-store.md).
 *
 *   node dist/scripts/crash-ingest-child.js <dataDir> <count> <seed> <checkpointEvery>
 */
import 'reflect-metadata';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { DomainError } from '../src/domain/errors';
import { crashBundles } from './crash-bundles';

async function main(): Promise<void> {
  const [dataDir, count, seed, every] = process.argv.slice(2);
  const bundles = crashBundles(Number(count), Number(seed));
  const checkpointEvery = Number(every ?? 0);
  // The store as the server opens it: journaled, rebuilt from the journal when its file does not open.
  const store = await openEmbeddedStore({ dataDir: dataDir!, bufferPoolMb: 128 });
  const { state, applied } = store.openReport;
  process.stdout.write(`open ${state} ${applied}\n`);
  for (const [i, bundle] of bundles.entries()) {
    const r = await store.ingestBundle(bundle);
    process.stdout.write(`ok ${i} ${r.reportId} ${r.status}\n`);
    if (checkpointEvery > 0 && (i + 1) % checkpointEvery === 0) {
      await store.checkpoint();
      process.stdout.write(`checkpoint ${i}\n`);
    }
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : err);
  process.exit(1);
});
