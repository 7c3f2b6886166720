import type { Config } from './config/config';
import { openEmbeddedStore } from './adapters/embedded';
import type { GraphStore } from './store/graph-store.port';

/**
 * Composition-root helper: the one place that picks an adapter from config. Only main.ts and the
 * command-line tools call it.
 */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    // Loaded lazily so the embedded default never pays for the Neo4j driver.
    const { openNeo4jStore } = await import('./adapters/neo4j');
    return openNeo4jStore(config.neo4j!);
  }
  return openEmbeddedStore({
    dataDir: config.dataDir,
    bufferPoolMb: config.kuzuBufferPoolMb,
    journal: config.kuzuJournal,
  });
}
