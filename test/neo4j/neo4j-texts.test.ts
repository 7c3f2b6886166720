/**
 * Snapshot-style checks of generated Neo4j Cypher, no database needed: the exact texts production
 * sends for a few representative cases, so a change to a shared statement or a dialect hook shows up
 * in review as a diff of Cypher.
 */
import fc from 'fast-check';
import { luceneTerms, neo4jDialect } from '../../src/adapters/neo4j/neo4j-dialect';
import { eachStatement } from '../../src/adapters/neo4j/neo4j-each';
import * as L from '../../src/store/cypher/lists';
import * as Q from '../../src/store/cypher/reads';
import * as W from '../../src/store/cypher/writes';

describe('Neo4j dialect texts', () => {
  test('relationship type', () => {
    expect(neo4jDialect.relType('e')).toBe('type(e)');
  });

  test('full-text search over one label', () => {
    expect(neo4jDialect.fullTextQuery('Actor', 10)).toBe(
      "CALL db.index.fulltext.queryNodes('actor_fts', $q) YIELD node, score RETURN node.id AS id, score ORDER BY score DESC LIMIT 10",
    );
    expect(neo4jDialect.fullTextQuery('Figure', 7.9)).toContain("'figure_fts'");
    expect(neo4jDialect.fullTextQuery('Figure', 7.9)).toMatch(/LIMIT 7$/);
  });

  test('shortest path between two labels', () => {
    expect(neo4jDialect.shortestPathQuery('Actor', 'Place', 4)).toBe(
      'MATCH (a:Actor {id: $from}) MATCH (b:Place {id: $to}) MATCH p = shortestPath((a)-[*..4]-(b)) RETURN [x IN nodes(p) | x.id] AS ids',
    );
  });

  test('one neighbourhood step, run per id with its own LIMIT', () => {
    expect(Q.neighbourStep(neo4jDialect, 'Figure', 'in', 40)).toBe(
      'MATCH (b)-[e]->(a:Figure) WHERE a.id = $id RETURN b.id AS source, a.id AS target, type(e) AS type, ' +
        'e.id AS id, e.reportId AS reportId, e.quote AS quote, e.date AS date, ' +
        'b.name AS name, b.title AS title, b.subject AS subject, b.value AS value, b.metric AS metric LIMIT 40',
    );
    expect(eachStatement(Q.neighbourStep(neo4jDialect, 'Actor', 'out', 9, true))).toBe(
      'UNWIND $ids AS each_id CALL (each_id) { MATCH (a:Actor)-[e]->(b) WHERE a.id = each_id AND type(e) IN $types ' +
        'RETURN a.id AS source, b.id AS target, type(e) AS type, e.id AS id, e.reportId AS reportId, e.quote AS quote, ' +
        'e.date AS date, b.name AS name, b.subject AS subject, b.value AS value, b.metric AS metric, ' +
        'b.status AS status, b.placeId AS placeId LIMIT 9 } RETURN *',
    );
    expect(() => eachStatement('MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id')).toThrow(/\$id/);
  });
});

describe('shared write texts as Neo4j runs them', () => {
  test('UNWIND merge of nodes', () => {
    expect(W.mergeNodesUnwind('Alias')).toBe(
      'UNWIND $rows AS r MERGE (n:Alias {id: r.id}) SET n.targetId = r.targetId',
    );
  });
  test('UNWIND merge of edges', () => {
    expect(W.mergeEdgesUnwind('CONTROLS', 'Control', 'Place')).toBe(
      'UNWIND $rows AS r MATCH (a:Control {id: r.from}) MATCH (b:Place {id: r.to}) MERGE (a)-[e:CONTROLS {id: r.id}]->(b) ' +
        'SET e.reportId = r.reportId, e.quote = r.quote, e.date = r.date, e.status = r.status',
    );
  });
  test('a filtered, keyset-paginated listing', () => {
    const q = L.listFigures({ metric: 'killed', claimantId: 'actor:a' }, 20, 'figure:x');
    expect(q.page).toBe(
      'MATCH (a:Actor)-[:CLAIMS]->(f:Figure) WHERE f.metric = $metric AND a.id = $claimantId AND f.id > $after ' +
        'RETURN DISTINCT f.id AS id ORDER BY id LIMIT 21',
    );
    expect(q.count).toBe(
      'MATCH (a:Actor)-[:CLAIMS]->(f:Figure) WHERE f.metric = $metric AND a.id = $claimantId RETURN count(DISTINCT f.id) AS n',
    );
  });
});

describe('Lucene escaping of search text', () => {
  test.each([
    ['Zelensky', 'Zelensky'],
    ['  Volodymyr   Zelensky ', 'Volodymyr Zelensky'],
    ['Al-Qaeda', 'Al\\-Qaeda'],
    ['name:kherson', 'name\\:kherson'],
    ['"Kherson" AND (Mykolaiv OR Odesa)', '\\"Kherson\\" and \\(Mykolaiv or Odesa\\)'],
    [
      'NOT zel* ~2 ^3 [a TO b] {x} a&&b a||b !c ?d /re/ back\\slash +plus',
      'not zel\\* \\~2 \\^3 \\[a to b\\] \\{x\\} a\\&\\&b a\\|\\|b \\!c \\?d \\/re\\/ back\\\\slash \\+plus',
    ],
    ['Київ', 'Київ'],
    ['— ... !!!', ''],
  ])('%j -> %j', (input, expected) => {
    expect(luceneTerms(input)).toBe(expected);
  });

  /** Lucene's classic query parser treats these as syntax unless a backslash escapes them. */
  const SPECIAL = new Set('+-&|!(){}[]^"~*?:\\/');
  const unescapedSpecials = (q: string): string[] => {
    const found: string[] = [];
    for (let i = 0; i < q.length; i++) {
      const c = q[i]!;
      if (c === '\\') i++;
      else if (SPECIAL.has(c)) found.push(c);
    }
    return found;
  };

  test('no input can leave query syntax unescaped or produce an operator word', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ab AND OR NOT TO 1 +-&|!(){}[]^"~*?:\\/ \t\nй'.split('')),
          maxLength: 60,
        }),
        (s) => {
          const q = luceneTerms(s);
          expect(unescapedSpecials(q)).toEqual([]);
          for (const w of q.split(' ')) expect(['AND', 'OR', 'NOT', 'TO']).not.toContain(w);
        },
      ),
    );
  });
});
