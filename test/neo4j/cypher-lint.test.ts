/**
 * Every Cypher text the Neo4j adapter can send, checked by Neo4j's own parser and semantic analysis
 * (@neo4j-cypher/language-support) against a description of our schema. An error fails the test; so
 * does any warning not listed, with its reason, in ACCEPTED_WARNINGS. The list queries (every filter
 * combination) are checked in cypher-lint-lists.test.ts so the two files run in parallel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allNeo4jStatements } from '../../src/adapters/neo4j/statements';
import { CLEAR_DATABASE } from '../helpers/neo4j-store';
import { ACCEPTED_WARNINGS, lintNeo4j, lintVersions, report, verdict, type Verdict } from './neo4j-lint';

/** Linting takes 50–100 ms per statement (less with the on-disk cache): far beyond jest's default. */
const LINT_TIMEOUT_MS = 300_000;

const statements = [
  ...allNeo4jStatements().filter((s) => !s.name.startsWith('lists.')),
  // Sent by the contract-suite helper, not by the adapter; checked all the same.
  { name: 'test.CLEAR_DATABASE', text: CLEAR_DATABASE },
];

describe.each(lintVersions())('Neo4j %s accepts every statement of the adapter (lists aside)', (version) => {
  let verdicts: Verdict[] = [];
  beforeAll(() => {
    verdicts = statements.map((s) => verdict(s, version));
  }, LINT_TIMEOUT_MS);

  test(`${statements.length} statements: no errors, no unexplained warnings`, () => {
    const failed = report(verdicts);
    if (failed) throw new Error(`Neo4j's linter rejects:\n\n${failed}`);
  });

  test('every accepted warning is still needed', () => {
    const used = new Set(verdicts.flatMap((v) => v.accepted.map((a) => a.rule)));
    expect(ACCEPTED_WARNINGS.filter((_, i) => !used.has(i)).map((a) => a.why)).toEqual([]);
  });

  test(
    'the committed schema/neo4j/schema.cypher parses as one cypher-shell script',
    () => {
      const file = readFileSync(join(__dirname, '../../schema/neo4j/schema.cypher'), 'utf8');
      const v = verdict({ name: 'schema/neo4j/schema.cypher', text: file }, version);
      expect([...v.errors, ...v.warnings]).toEqual([]);
      expect(file.match(/;\n/g)?.length).toBe(statements.filter((s) => s.name.startsWith('schema.')).length);
    },
    LINT_TIMEOUT_MS,
  );

  test('covers each family of statements', () => {
    const families = new Set(statements.map((s) => s.name.split(/[.(]/)[0]));
    expect([...families].sort()).toEqual(['dialect', 'executor', 'reads', 'schema', 'test', 'writes']);
  });
});

describe('negative controls: the linter really rejects what Neo4j rejects', () => {
  const errors = (text: string) => lintNeo4j(text).filter((f) => f.severity === 'error');
  const warnings = (text: string) => lintNeo4j(text).filter((f) => f.severity === 'warning');

  test.each([
    [
      'Kuzu shortest path',
      'MATCH p = (a:Actor {id: $from})-[* SHORTEST 1..3]-(b:Place {id: $to}) RETURN nodes(p) AS ids',
    ],
    ['Kuzu TRAIL walk', 'MATCH (a:Actor)-[* TRAIL 1..3]-(b) RETURN b.id AS id'],
    ['Kuzu relationship type function', 'MATCH (a:Actor)-[e]->(b) RETURN label(e) AS type'],
    [
      'Kuzu full-text procedure',
      "CALL QUERY_FTS_INDEX('Actor', 'actor_fts', $q) RETURN node.id AS id, score",
    ],
    ['Kuzu DDL', 'CREATE NODE TABLE Actor(id STRING, PRIMARY KEY(id))'],
    [
      'plugin procedure absent from neo4j:5-community',
      "CALL apoc.cypher.run('RETURN 1', {}) YIELD value RETURN value",
    ],
    ['undefined variable', 'MATCH (n:Actor) RETURN m.id AS id'],
    [
      'unknown procedure output',
      "CALL db.index.fulltext.queryNodes('actor_fts', $q) YIELD node, scor RETURN node.id AS id",
    ],
    [
      'aggregation mixed with a grouping key in ORDER BY',
      'MATCH (n:Actor) RETURN count(n) AS c ORDER BY n.name',
    ],
    ['a query that does not end in RETURN', 'MATCH (n:Actor)'],
  ])('%s is an error', (_, text) => {
    expect(errors(text).length).toBeGreaterThan(0);
  });

  test.each([
    ['misspelt property key', 'MATCH (n:Actor) RETURN n.nmae AS name'],
    ['unknown label', 'MATCH (n:Actr) RETURN n.id AS id'],
    [
      'relationship between labels the schema does not connect',
      'MATCH (a:Actor)-[:CONTROLS]->(p:Place) RETURN p.id AS id',
    ],
    ['deprecated function', 'MATCH (n:Actor) RETURN id(n) AS internal'],
    ['cartesian product', 'MATCH (a:Actor {id: $from}), (b:Place {id: $to}) RETURN a.id AS a, b.id AS b'],
  ])('%s is an unexplained warning, which the test counts as a failure', (name, text) => {
    expect(warnings(text).length).toBeGreaterThan(0);
    expect(verdict({ name: `control.${name}`, text }).warnings.length).toBeGreaterThan(0);
  });
});
