import { loadSeeds } from '../../src/ingestion/seed-loader';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openTempStore } from '../helpers/temp-store';

export interface SeededStore {
  store: GraphStore;
  dir: string;
  /** Closes the store, then removes its directory (an open Kuzu result segfaults at exit). */
  dispose(): Promise<void>;
}

/** A fresh embedded store in a temp directory, loaded with the five seed bundles. */
export async function openSeededStore(): Promise<SeededStore> {
  const temp = await openTempStore();
  try {
    await loadSeeds(temp.store);
  } catch (err) {
    await temp.dispose();
    throw err;
  }
  return temp;
}
