import { EDGE_TABLES, NODE_TABLES } from '../../store/schema';
import { ftsIndexName } from './neo4j-dialect';

/** One schema statement with the name of the constraint or index it creates. */
export interface SchemaStatement {
  name: string;
  text: string;
}

/**
 * Neo4j constraints and indexes generated from the one schema definition (store/schema.ts); the
 * committed schema/neo4j/schema.cypher is this list rendered (a test fails when the two drift).
 * Every statement says IF NOT EXISTS, so running them again changes nothing.
 *
 * - a uniqueness constraint on `id` per label: MERGE by id stays one node, and the constraint's
 *   index serves every lookup by id;
 * - range indexes on the `indexed` columns (filters and listings);
 * - one full-text index per label with `fullText` columns, named as the dialect's search expects;
 *   not eventually consistent, so a search right after a write sees it (as on the embedded store);
 * - a range index on `reportId` of every relationship type that has one: replacing a report deletes
 *   its relationships by `reportId`.
 */
export function neo4jSchemaStatements(): SchemaStatement[] {
  const out: SchemaStatement[] = [];
  for (const t of NODE_TABLES) {
    const l = t.label.toLowerCase();
    out.push({
      name: `${l}_id`,
      text: `CREATE CONSTRAINT ${l}_id IF NOT EXISTS FOR (n:${t.label}) REQUIRE n.id IS UNIQUE`,
    });
  }
  for (const t of NODE_TABLES)
    for (const c of t.indexed ?? []) {
      const name = `${t.label.toLowerCase()}_${c}`;
      out.push({ name, text: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${t.label}) ON (n.${c})` });
    }
  for (const t of NODE_TABLES)
    if (t.fullText && t.fullText.length > 0) {
      const name = ftsIndexName(t.label);
      out.push({
        name,
        text:
          `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${t.label}) ON EACH [${t.fullText.map((c) => `n.${c}`).join(', ')}] ` +
          "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}",
      });
    }
  for (const t of EDGE_TABLES)
    if ('reportId' in t.columns) {
      const name = `${t.type.toLowerCase()}_reportId`;
      out.push({ name, text: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[e:${t.type}]-() ON (e.reportId)` });
    }
  return out;
}

/** Waits until every index is online: a full-text index that is still populating cannot be queried. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** The text of schema/neo4j/schema.cypher: `;`-terminated statements, runnable with cypher-shell -f. */
export function renderSchemaFile(): string {
  const header = [
    '// Generated from src/store/schema.ts by src/adapters/neo4j/neo4j-schema.ts. Do not edit by hand:',
    '// UPDATE_NEO4J_SCHEMA=1 npx jest test/neo4j/neo4j-schema.test.ts rewrites this file.',
    '// Idempotent (IF NOT EXISTS); the server runs the same statements at start-up.',
    '// Apply by hand: cypher-shell -a bolt://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f schema/neo4j/schema.cypher',
  ];
  return `${[...header, ...neo4jSchemaStatements().map((s) => `${s.text};`)].join('\n')}\n`;
}
