import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/graphql/logger';
import { createApp } from '../../src/http/app';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openSeededStore } from '../export/seeded-store';

export interface SeededServer {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * The real app (Apollo at /graphql, /explore, /export) on a free port, over a fresh embedded store
 * loaded with the seed bundles. Configured from an empty environment so the host's settings never leak in.
 */
export async function startSeededServer(): Promise<SeededServer> {
  const seeded = await openSeededStore();
  try {
    const app = await createApp({ store: seeded.store, config: loadConfig({}), logger: silentLogger });
    await app.start({ port: 0, host: '127.0.0.1' });
    return {
      url: app.url(),
      store: seeded.store,
      async close() {
        await app.stop();
        await seeded.dispose();
      },
    };
  } catch (err) {
    await seeded.dispose();
    throw err;
  }
}
