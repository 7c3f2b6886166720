import { Neo4jExecutor } from '../../src/adapters/neo4j/neo4j-executor';
import { loadConfig } from '../../src/config/config';
import { CypherGraphStore } from '../../src/store/cypher-graph-store';
import type { GraphStore } from '../../src/store/graph-store.port';

/** Empties the database the tests run on. Checked by Neo4j's linter with the adapter's statements. */
export const CLEAR_DATABASE = 'MATCH (n) DETACH DELETE n';

/** Why the Neo4j runs of the contract suite were skipped, or null when they run. */
export function neo4jSkipReason(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.NEO4J_URI?.trim()
    ? null
    : 'NEO4J_URI is not set (e.g. NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… after `docker compose up neo4j`)';
}

/**
 * A Neo4j store for the contract suite, or null when NEO4J_URI is unset. It connects with
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, DELETES EVERY NODE of that database,
 * then creates the schema. Point it at a dedicated database (or a throw-away server such as
 * `docker compose up neo4j`), never at one holding data you want.
 *
 * Tests must not collide: every call clears the same database, so suites that use it must not run
 * concurrently against one server — run them with `--runInBand`, or give each its own database
 * (NEO4J_DATABASE; several databases need Neo4j Enterprise).
 */
export async function openNeo4jTestStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore | null> {
  if (neo4jSkipReason(env)) return null;
  const config = loadConfig({ ...env, CLAIMGRAPH_STORE: 'neo4j' });
  const exec = new Neo4jExecutor(config.neo4j!);
  try {
    await exec.write((tx) => tx.run(CLEAR_DATABASE));
    return await new CypherGraphStore(exec, 'neo4j').init();
  } catch (err) {
    await exec.close();
    throw err;
  }
}

/** The same, in the shape graphStoreContract(name, open) takes (test/contract/graph-store.contract.ts). */
export async function openNeo4jContractStore(): Promise<{
  store: GraphStore;
  dispose: () => Promise<void>;
} | null> {
  const store = await openNeo4jTestStore();
  return store ? { store, dispose: () => store.close() } : null;
}
