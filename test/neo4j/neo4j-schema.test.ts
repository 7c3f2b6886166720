import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ftsIndexName } from '../../src/adapters/neo4j/neo4j-dialect';
import { neo4jSchemaStatements, renderSchemaFile } from '../../src/adapters/neo4j/neo4j-schema';
import { EDGE_TABLES, NODE_TABLES } from '../../src/store/schema';

const FILE = join(__dirname, '../../schema/neo4j/schema.cypher');

describe('schema/neo4j/schema.cypher', () => {
  test('is exactly what neo4j-schema.ts generates from src/store/schema.ts', () => {
    const generated = renderSchemaFile();
    if (process.env.UPDATE_NEO4J_SCHEMA === '1') writeFileSync(FILE, generated);
    const committed = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '(missing)';
    if (committed !== generated)
      throw new Error(
        'schema/neo4j/schema.cypher is out of date with src/store/schema.ts. ' +
          'Run: UPDATE_NEO4J_SCHEMA=1 npx jest test/neo4j/neo4j-schema.test.ts, and commit the file.',
      );
  });
});

describe('neo4jSchemaStatements()', () => {
  const statements = neo4jSchemaStatements();
  const texts = statements.map((s) => s.text);

  test('names are unique and every statement is idempotent', () => {
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    for (const t of texts) expect(t).toContain(' IF NOT EXISTS ');
  });

  test('one uniqueness constraint on id per label, including Alias', () => {
    for (const t of NODE_TABLES)
      expect(texts).toContain(
        `CREATE CONSTRAINT ${t.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${t.label}) REQUIRE n.id IS UNIQUE`,
      );
  });

  test('a range index per indexed column and a reportId index per relationship type', () => {
    for (const t of NODE_TABLES)
      for (const c of t.indexed ?? [])
        expect(texts).toContain(
          `CREATE INDEX ${t.label.toLowerCase()}_${c} IF NOT EXISTS FOR (n:${t.label}) ON (n.${c})`,
        );
    for (const t of EDGE_TABLES)
      expect(texts).toContain(
        `CREATE INDEX ${t.type.toLowerCase()}_reportId IF NOT EXISTS FOR ()-[e:${t.type}]-() ON (e.reportId)`,
      );
  });

  test('a full-text index, under the name the dialect queries, for every label with full-text columns', () => {
    for (const t of NODE_TABLES.filter((n) => n.fullText?.length)) {
      const text = texts.find((x) => x.startsWith(`CREATE FULLTEXT INDEX ${ftsIndexName(t.label)} `));
      expect(text).toContain(`FOR (n:${t.label}) ON EACH [${t.fullText!.map((c) => `n.${c}`).join(', ')}]`);
    }
  });
});
