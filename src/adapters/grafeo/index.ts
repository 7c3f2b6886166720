import { CypherGraphStore } from '../../store/cypher-graph-store';
import { GrafeoExecutor, type GrafeoOptions } from './grafeo-executor';

/**
 * Opens (and on first use creates) a Grafeo store: `{ dataDir }` for a database file in that
 * directory, `{ inMemory: true }` for nothing on disk. A candidate engine measured behind the same
 * port and contract suite as the embedded default (bench/engines.ts), not the default itself.
 */
export async function openGrafeoStore(options: GrafeoOptions): Promise<CypherGraphStore> {
  const exec = GrafeoExecutor.open(options);
  try {
    return await new CypherGraphStore(exec, 'grafeo').init();
  } catch (err) {
    await exec.close();
    throw err;
  }
}
export { GrafeoExecutor, type GrafeoOptions } from './grafeo-executor';
export { grafeoBinding } from './grafeo-binding';
export { grafeoDialect } from './grafeo-dialect';
