import { neo4jSkipReason, openNeo4jContractStore } from '../helpers/neo4j-store';
import { graphStoreContract } from './graph-store.contract';

const skip = neo4jSkipReason();
if (skip) {
  // Neo4j cannot run on the CI machines (no Docker engine, not on any package registry); the suite
  // runs against it whenever NEO4J_URI points at one. Say so plainly instead of passing silently.
  describe('GraphStore contract: Neo4j', () => {
    // Skipped because NEO4J_URI is unset: Neo4j cannot run on these machines (no Docker engine, on no
    // registry); with NEO4J_URI set this whole contract suite runs against it instead.
    it.skip(`skipped: ${skip}`, () => undefined);
  });
  console.log(`GraphStore contract on Neo4j skipped: ${skip}`);
} else {
  graphStoreContract('Neo4j', openNeo4jContractStore);
}
