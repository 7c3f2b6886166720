import { DomainError } from '../../domain/errors';
import { CypherGraphStore } from '../../store/cypher-graph-store';
import { Neo4jExecutor, type Neo4jExecutorSettings, type Neo4jOptions } from './neo4j-executor';

/**
 * Opens the Neo4j store (`config.neo4j`): connects, creates missing constraints and indexes, waits
 * for them to be online. Fails with SERVICE_UNAVAILABLE when Neo4j cannot be reached.
 */
export async function openNeo4jStore(
  options: Neo4jOptions | null,
  settings?: Neo4jExecutorSettings,
): Promise<CypherGraphStore> {
  if (!options) throw new DomainError('SERVICE_UNAVAILABLE', 'the Neo4j store needs NEO4J_URI');
  const exec = new Neo4jExecutor(options, settings);
  try {
    return await new CypherGraphStore(exec, 'neo4j').init();
  } catch (err) {
    await exec.close();
    throw err;
  }
}
export { Neo4jExecutor, type Neo4jOptions, type Neo4jExecutorSettings } from './neo4j-executor';
export { neo4jDialect } from './neo4j-dialect';
