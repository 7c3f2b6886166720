import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { DomainError } from '../domain/errors';
import { loadSeeds } from '../ingestion/seed-loader';
import { openStore } from '../open-store';

/**
 * `npm run seed [-- DIR]`: (re)loads the curated seed bundles on purpose, or every bundle (*.json) of DIR
 * in file-name order (an export of the journal: `npm run journal -- export DIR`). Idempotent.
 */
async function main(): Promise<void> {
  const dir = process.argv[2];
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const started = Date.now();
    for (const r of await loadSeeds(store, dir))
      console.log(
        `${r.status.padEnd(9)} ${r.reportId}  figures ${r.figures}, claims ${r.claims}, disputes ${r.disputes}, controls ${r.controls}`,
      );
    const counts = await store.counts();
    console.log(`seeded in ${Date.now() - started} ms`);
    console.log('nodes', JSON.stringify(counts.nodes));
    console.log('edges', JSON.stringify(counts.edges));
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : err);
  process.exit(1);
});
