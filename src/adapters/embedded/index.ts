import { CypherGraphStore } from '../../store/cypher-graph-store';
import { KuzuExecutor, type KuzuOptions } from './kuzu-executor';

/** Opens (and on first use creates) the embedded graph store in `dataDir`. */
export async function openEmbeddedStore(options: KuzuOptions): Promise<CypherGraphStore> {
  const exec = await KuzuExecutor.open(options);
  try {
    return await new CypherGraphStore(exec, 'embedded').init();
  } catch (err) {
    await exec.close();
    throw err;
  }
}
export { KuzuExecutor } from './kuzu-executor';
