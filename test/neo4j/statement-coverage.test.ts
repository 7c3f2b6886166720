/**
 * The lint test checks allNeo4jStatements(); this test proves that list is complete. It drives every
 * port method of the store over the real Neo4jExecutor and a recording fake driver, and fails if the
 * store sends a text that allNeo4jStatements() does not hold (integer literals such as LIMIT n are
 * compared by shape). A new statement in src/store is therefore caught here until it is added to
 * src/adapters/neo4j/statements.ts, from where the lint test picks it up.
 */
import neo4j from 'neo4j-driver';
import { Neo4jExecutor } from '../../src/adapters/neo4j/neo4j-executor';
import { allNeo4jStatements, normaliseLiterals } from '../../src/adapters/neo4j/statements';
import { NODE_LABELS } from '../../src/domain/enums';
import { CypherGraphStore } from '../../src/store/cypher-graph-store';
import * as Q from '../../src/store/cypher/reads';
import * as W from '../../src/store/cypher/writes';
import { sampleBundle } from '../helpers/sample-bundle';
import { FakeDriver } from './fake-driver';

const ID: Record<string, string> = {
  Actor: 'actor:a',
  Place: 'place:p',
  Report: 'report:r',
  Figure: 'figure:killed:russian-soldiers:498:2022-03-02',
  Control: 'control:p-1',
};
const figure = (id: string, value: number, qualifier: string) => ({
  id,
  value,
  low: null,
  high: null,
  qualifier,
  metric: 'killed',
  subject: 'Russian soldiers',
  subjectKey: 'russian-soldiers',
  asOf: '2022-03-02',
  quoteText: 'q',
});

/** Just enough answers for the store to walk every branch: updates, orphans, contradictions, traversal. */
function responder(state: { reportExists: boolean }) {
  return (text: string, params: Record<string, unknown>): Record<string, unknown>[] => {
    const ids = Array.isArray(params.ids) ? (params.ids as string[]) : [];
    if (text === Q.REPORT_HASH) return state.reportExists ? [{ contentHash: 'an older version' }] : [];
    if (text === W.FIGURES_OF_REPORT) return [{ id: 'figure:killed:russian-soldiers:1:2022-03-01' }];
    if (text === W.FIGURES_STILL_REPORTED) return [];
    if (text === W.CONTROLS_OF_REPORT) return [{ id: 'control:kherson-an-older-claim' }];
    if (text === Q.nodesByIds('Figure')) return ids.map((id) => figure(id, 1, 'EXACT'));
    if (text === W.FIGURES_OF_QUANTITY)
      return [
        { ...figure('figure:a', 498, 'EXACT'), claimantId: 'actor:rdm' },
        { ...figure('figure:b', 6000, 'NEARLY'), claimantId: 'actor:kyiv' },
      ];
    if (text === W.QUOTES_OF_FIGURES) return ids.map((id) => ({ id, quote: 'q' }));
    if (text.includes(' AS source, '))
      return ids.map((id) => ({
        each_id: id,
        source: id,
        target: 'actor:other',
        type: 'MENTIONS',
        id: `e:${id}`,
        reportId: null,
        quote: null,
        date: null,
      }));
    if (text.startsWith('MATCH (n:') && text.includes('WHERE n.id IN $ids'))
      return ids.map((id) => ({ id, name: 'N', value: 1, metric: 'm', placeId: 'place:p' }));
    if (text.includes(' AS n')) return [{ n: neo4j.int(3) }];
    if (text.startsWith('CALL db.index.fulltext.queryNodes')) return [{ id: 'actor:a', score: 1.5 }];
    if (text.includes('shortestPath')) return [{ ids: [params.from, params.to] }];
    return [];
  };
}

test('every statement the store sends through the Neo4j adapter is in allNeo4jStatements()', async () => {
  const state = { reportExists: false };
  const driver = new FakeDriver(responder(state));
  const store = new CypherGraphStore(
    new Neo4jExecutor(
      { uri: 'bolt://x', user: 'u', password: 'p', database: 'd' },
      { driverFactory: driver.factory },
    ),
    'neo4j',
  );
  await store.init();

  await store.ingestBundle(sampleBundle());
  state.reportExists = true;
  await store.ingestBundle(sampleBundle());

  const all = Object.values(ID);
  await store.getNodes(all);
  await Promise.all([
    store.claimsOfFigures([ID.Figure!]),
    store.claimsOfActors([ID.Actor!]),
    store.claimsOfActorPage(ID.Actor!, { first: 5 }),
    store.claimsOfActorPage(ID.Actor!, {
      first: 5,
      after: { date: null, reportId: ID.Report!, edgeId: 'claims:x' },
    }),
    store.countClaimsOfActors([ID.Actor!]),
    store.disputesOfTargets([ID.Figure!, ID.Control!]),
    store.disputesOfActors([ID.Actor!]),
    store.controlClaimsOfPlaces([ID.Place!]),
    store.controlClaimsOfActors([ID.Actor!]),
    store.contradictionsOfFigures([ID.Figure!]),
    store.similarOfActors([ID.Actor!]),
    store.reportsOf(all),
    store.contentsOfReports([ID.Report!]),
    store.timeline('killed'),
    store.timeline('killed', 'Russian soldiers'),
    store.search('Zelensky AND "Kherson"', 7),
    store.neighbourhood({ ids: all, depth: 2, limit: 50 }),
    store.listActors({ kind: 'PERSON', name: 'z' }, { first: 5, after: 'actor:a' }),
    store.listPlaces({ kind: 'CITY' }, { first: 5 }),
    store.listReports({ from: '2022-01-01' }, { first: 5 }),
    store.listFigures(
      { metric: 'killed', claimantId: 'actor:a', minValue: 1 },
      { first: 5, after: 'figure:a' },
    ),
    store.listFigures({ subject: 'Russian soldiers', to: '2022-12-31' }, { first: 3 }),
    store.counts(),
    store.health(),
  ]);
  for (const a of NODE_LABELS)
    for (const b of NODE_LABELS) await store.shortestPath(ID[a]!, `${ID[b]!}-2`, 3);

  const known = new Set(allNeo4jStatements().map((s) => normaliseLiterals(s.text)));
  const sent = [...new Set(driver.sent.map((s) => s.text))];
  expect(sent.length).toBeGreaterThan(60);
  expect(sent.filter((t) => !known.has(normaliseLiterals(t)))).toEqual([]);
  // The branches worth reaching were reached: report replacement, orphan figures, contradictions.
  for (const t of [
    W.DELETE_REPORT,
    W.CONTROLS_OF_REPORT,
    W.DELETE_CONTROLS,
    W.DELETE_FIGURES,
    W.SET_FIGURE_QUOTES,
    W.mergeEdgesUnwind('CONTRADICTS', 'Figure', 'Figure'),
  ])
    expect(sent).toContain(t);
  expect(driver.openSessions()).toHaveLength(0);
});
