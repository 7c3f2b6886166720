import { loadSeeds } from '../../src/ingestion/seed-loader';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openTempStore } from '../helpers/temp-store';

/** shared/acceptance/seed-questions.md, asked of the store directly (the e2e suite asks them over HTTP). */
describe('seed questions at the store level', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await openTempStore());
    await loadSeeds(store);
  });
  afterAll(async () => dispose());

  const textOf = async (reportId: string) => (await store.getReports([reportId])).get(reportId)!.text;

  it('1. the Russian Defence Ministry claimed 498 Russian soldiers killed, in three reports, twice via RIA', async () => {
    const id = 'figure:killed:russian-soldiers:498:2022-03-02';
    const claims = (await store.claimsOfFigures([id]))
      .get(id)!
      .filter((c) => c.actorId === 'actor:russian-defence-ministry');
    const reports = await store.getReports(claims.map((c) => c.reportId));
    expect(new Set(claims.map((c) => c.reportId)).size).toBe(3);
    expect([...reports.values()].map((r) => r.publishedAt).sort()).toEqual(
      [null, '2022-03-03', '2022-03-03'].sort(),
    );
    expect(claims.filter((c) => c.viaId === 'actor:ria-novosti')).toHaveLength(2);
  });

  it('2. Oleksiy Arestovych disputed Russia’s claim to control Kherson', async () => {
    const controls = (await store.controlClaimsOfPlaces(['place:kherson'])).get('place:kherson')!;
    const rdm = controls.filter((c) => c.claimantId === 'actor:russian-defence-ministry');
    const disputes = [...(await store.disputesOfTargets(rdm.map((c) => c.id))).values()].flat();
    const d = disputes.find((x) => x.actorId === 'actor:oleksiy-arestovych')!;
    expect(d.quote).toBe('rejected this and said that fighting was ongoing');
    expect(await textOf(d.reportId)).toContain(d.quote);
    const actor = (await store.getActors([d.actorId])).get(d.actorId)!;
    expect(actor.aliases).toEqual(expect.arrayContaining(['Arestovich']));
  });

  it('3. Zelenskyy and Zelensky are one actor who claimed almost 6,000 and around 9,000', async () => {
    const [a] = await store.search('Zelenskyy', 1);
    const [b] = await store.search('Zelensky', 1);
    expect(a!.id).toBe(b!.id);
    const figures = await store.getFigures(
      (await store.claimsOfActors([a!.id])).get(a!.id)!.map((c) => c.figureId),
    );
    const killed = [...figures.values()].filter(
      (f) => f.metric === 'killed' && f.subjectKey === 'russian-soldiers',
    );
    expect(killed.some((f) => f.value === 6000 && f.qualifier === 'NEARLY')).toBe(true);
    expect(killed.some((f) => f.value === 9000 && f.qualifier === 'ABOUT')).toBe(true);
  });

  it('4. more than 2,000 civilians killed (State Emergency Service) is contradicted by the UN’s 142', async () => {
    const ids = (
      await store.listFigures(
        {
          metric: 'killed',
          subject: 'Ukrainian civilians',
          claimantId: 'actor:state-emergency-service-of-ukraine',
        },
        { first: 10 },
      )
    ).ids;
    const ses = [...(await store.getFigures(ids)).values()].find(
      (f) => f.value === 2000 && f.qualifier === 'MORE_THAN',
    )!;
    const contradicted = await store.getFigures((await store.contradictionsOfFigures([ses.id])).get(ses.id)!);
    const un = [...contradicted.values()].find((f) => f.value === 142)!;
    const claims = (await store.claimsOfFigures([un.id])).get(un.id)!;
    expect(claims.map((c) => c.actorId)).toContain('actor:united-nations');
  });

  it('5. the timeline of Russian military deaths runs from 498 / 5,840 / ~6,000 to 9,861', async () => {
    const timeline = await store.timeline('killed', 'Russian soldiers');
    const values = await store.getFigures(timeline.map((c) => c.figureId));
    const seq = timeline.map((c) => ({ date: c.date, value: values.get(c.figureId)!.value }));
    expect(seq.map((s) => s.date ?? '9999')).toEqual([...seq.map((s) => s.date ?? '9999')].sort());
    const early = seq.filter((s) => s.date! <= '2022-03-02').map((s) => s.value);
    expect(early).toEqual(expect.arrayContaining([498, 5840, 6000]));
    expect(seq[seq.length - 1]!.date! >= '2022-03-20').toBe(true);
    expect(seq.some((s) => s.value === 9861)).toBe(true);
  });

  it('6. the network around Kherson holds the ministry, Arestovych and the reports, with CLAIMS, DISPUTES and CONTROLS', async () => {
    const net = await store.neighbourhood({ ids: ['place:kherson'], depth: 2, limit: 500 });
    const ids = net.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['actor:russian-defence-ministry', 'actor:oleksiy-arestovych']),
    );
    expect(ids.filter((id) => id.startsWith('report:')).length).toBeGreaterThanOrEqual(3);
    for (const t of ['CLAIMS', 'DISPUTES', 'CONTROLS']) expect(net.edges.map((e) => e.type)).toContain(t);
  });

  it('7. every quote in the graph is an exact substring of its report', async () => {
    const net = await store.neighbourhood({
      ids: (await store.listReports({}, { first: 100 })).ids,
      depth: 2,
      limit: 5000,
    });
    const quoted = net.edges.filter((e) => e.quote !== null);
    const { edges } = await store.counts();
    // Every provenance-carrying edge of the graph is reached and checked.
    expect(quoted.length).toBe(
      edges.CLAIMS + edges.DISPUTES + edges.REPORTS + edges.CONTROLS + edges.CONTROLLER + edges.SIMILAR_TO,
    );
    const reports = await store.getReports([...new Set(quoted.map((e) => e.reportId!))]);
    for (const e of quoted) expect(reports.get(e.reportId!)!.text).toContain(e.quote);
  });
});
