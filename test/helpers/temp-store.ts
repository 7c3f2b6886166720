import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import type { GraphStore } from '../../src/store/graph-store.port';

/** A fresh embedded store in its own temp directory; `dispose` closes it and removes the files. */
export async function openTempStore(): Promise<{
  store: GraphStore;
  dir: string;
  dispose: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
