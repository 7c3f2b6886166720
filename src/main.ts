import 'reflect-metadata';
import { EmbeddedGraphStore } from './adapters/embedded';
import { ConfigError, loadConfig } from './config/config';
import { DomainError } from './domain/errors';
import { createApp } from './http/app';
import { loadSeeds } from './ingestion/seed-loader';
import { openStore } from './open-store';
import { CachedGraphStore } from './store/cached-graph-store';

/**
 * Composition root: config -> store -> seeds -> HTTP. The only file (with src/cli/*) that picks an
 * adapter. Shuts down in order on SIGTERM/SIGINT: stop accepting, drain requests, close the store.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const store = await openStore(config);
  if (store instanceof EmbeddedGraphStore)
    for (const note of store.openReport.notes) console.log(`store: ${note}`);
  if (config.seedOnStart && (await store.counts()).nodes.Report === 0) {
    const results = await loadSeeds(store);
    console.log(`seeded ${results.length} reports into the empty ${store.kind} store`);
  }
  // Reads go through a cache that writes invalidate (writes are serialised by the store).
  const reads =
    config.readCacheUnits > 0 ? new CachedGraphStore(store, { maxUnits: config.readCacheUnits }) : store;
  const server = await createApp({ store: reads, config });
  await server.start();

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and closing the store`);
    const force = setTimeout(() => {
      console.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    server
      .stop()
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error('shutdown failed', err instanceof Error ? err.message : err);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Announced only once the handlers are in place: a supervisor may send SIGTERM the moment it reads this.
  console.log(
    `claimgraph ready in ${Math.round(performance.now() - started)} ms on ${store.kind} store: ${server.url()}/graphql (playground), ${server.url()}/explore`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`configuration error: ${err.message}`);
  else if (err instanceof DomainError) console.error(`${err.code}: ${err.message}`);
  else console.error('claimgraph failed to start', err);
  process.exit(1);
});
