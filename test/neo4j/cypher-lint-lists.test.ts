/**
 * The list queries of store/cypher/lists.ts — every filter combination, with and without a cursor,
 * page and count — checked as in cypher-lint.test.ts (a separate file so the two run in parallel).
 */
import { allNeo4jStatements } from '../../src/adapters/neo4j/statements';
import { lintVersions, report, verdict } from './neo4j-lint';

const LINT_TIMEOUT_MS = 300_000;
const lists = allNeo4jStatements().filter((s) => s.name.startsWith('lists.'));

const groups: [string, (name: string) => boolean][] = [
  ['listFigures, by claimant', (n) => n.startsWith('lists.listFigures(') && n.includes('claimantId')],
  ['listFigures, all figures', (n) => n.startsWith('lists.listFigures(') && !n.includes('claimantId')],
  ['listActors', (n) => n.startsWith('lists.listActors(')],
  ['listPlaces', (n) => n.startsWith('lists.listPlaces(')],
  ['listReports', (n) => n.startsWith('lists.listReports(')],
];

test('the groups below cover every list query', () => {
  expect(lists.filter((s) => !groups.some(([, inGroup]) => inGroup(s.name)))).toEqual([]);
  // 2^7 figure filter subsets × (page, page after a cursor, count), and 2^2 for the others.
  expect(lists.length).toBe(128 * 3 + 3 * (4 * 3));
});

describe.each(lintVersions())('Neo4j %s accepts every list query', (version) => {
  test.each(groups)(
    '%s: every filter combination, page and count',
    (_, inGroup) => {
      const mine = lists.filter((s) => inGroup(s.name));
      expect(mine.length).toBeGreaterThan(0);
      const failed = report(mine.map((s) => verdict(s, version)));
      if (failed) throw new Error(`Neo4j's linter rejects:\n\n${failed}`);
    },
    LINT_TIMEOUT_MS,
  );
});
