import type { ReportBundle } from '../../src/domain/bundle';
import { InvalidInputError } from '../../src/domain/errors';
import { readBundles } from '../../src/ingestion/seed-loader';
import type { ClaimPage, ClaimPosition, GraphStore } from '../../src/store/graph-store.port';
import { sampleBundle } from '../helpers/sample-bundle';

/**
 * The one contract every GraphStore must keep. Run against the embedded store always and against
 * Neo4j whenever NEO4J_URI is set (see neo4j.contract.test.ts); the default store can only stand in
 * for production because it passes these same tests.
 */
export function graphStoreContract(
  name: string,
  open: () => Promise<{ store: GraphStore; dispose: () => Promise<void> } | null>,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const opened = await open();
      if (!opened) throw new Error('store could not be opened');
      store = opened.store;
      dispose = opened.dispose;
      for (const { bundle } of readBundles()) await store.ingestBundle(bundle);
    });
    afterAll(async () => dispose?.());

    const F498 = 'figure:killed:russian-soldiers:498:2022-03-02';

    it('ingests idempotently: the same bundles again leave identical counts', async () => {
      const before = await store.counts();
      const again = await Promise.all(readBundles().map(({ bundle }) => store.ingestBundle(bundle)));
      expect(again.every((r) => r.status === 'UNCHANGED')).toBe(true);
      expect(await store.counts()).toEqual(before);
      // The seed actors are all distinct: no uncertain match among them.
      expect(before.edges.SIMILAR_TO).toBe(0);
    });

    it('writes nothing of a bundle with a dangling key or a quote that is not in the text', async () => {
      const before = await store.counts();
      const dangling = sampleBundle({ title: 'dangling' });
      dangling.figures[0]!.claimant = 'nobody';
      const badQuote = sampleBundle({ title: 'bad quote' });
      badQuote.disputes[0]!.quote = 'words that the report never printed';
      for (const bad of [dangling, badQuote]) {
        const err = await store.ingestBundle(bad).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InvalidInputError);
        expect((err as InvalidInputError).problems.length).toBeGreaterThan(0);
      }
      expect(
        (dangling &&
          (await store.ingestBundle(dangling).catch((e: InvalidInputError) => e.problems))) as unknown,
      ).toEqual([
        { path: 'figures[0].claimant', reason: '"nobody" is not the key of any actor in this bundle' },
      ]);
      expect(await store.counts()).toEqual(before);
    });

    it('reads nodes by one id and by many ids at once', async () => {
      const nodes = await store.getNodes([
        'place:kherson',
        'actor:oleksiy-arestovych',
        F498,
        'actor:nobody',
        'bogus',
      ]);
      expect([...nodes.keys()].sort()).toEqual(['actor:oleksiy-arestovych', F498, 'place:kherson'].sort());
      expect(nodes.get('actor:oleksiy-arestovych')).toMatchObject({
        label: 'Actor',
        name: 'Oleksiy Arestovych',
        kind: 'PERSON',
      });
      expect(
        (await store.getActors(['actor:oleksiy-arestovych'])).get('actor:oleksiy-arestovych')!.aliases,
      ).toContain('Arestovich');
      expect((await store.getPlaces(['place:kherson'])).get('place:kherson')).toMatchObject({
        name: 'Kherson',
        kind: 'CITY',
      });
      expect((await store.getFigures([F498])).get(F498)).toMatchObject({
        value: 498,
        metric: 'killed',
        asOf: '2022-03-02',
      });
      expect(await store.getReports([])).toEqual(new Map());
    });

    it('answers who claimed a figure, in which report, via whom, with the verbatim quote', async () => {
      const claims = (await store.claimsOfFigures([F498])).get(F498)!;
      const rdm = claims.filter((c) => c.actorId === 'actor:russian-defence-ministry');
      expect(new Set(rdm.map((c) => c.reportId)).size).toBe(3);
      expect(rdm.filter((c) => c.viaId === 'actor:ria-novosti')).toHaveLength(2);
      const reports = await store.getReports(claims.map((c) => c.reportId));
      for (const c of claims) expect(reports.get(c.reportId)!.text).toContain(c.quote);
      const byActor = (await store.claimsOfActors(['actor:russian-defence-ministry'])).get(
        'actor:russian-defence-ministry',
      )!;
      expect(byActor.map((c) => c.figureId)).toContain(F498);
    });

    it('pages through the claims of an actor: disjoint pages, in order, that add up to the whole list', async () => {
      const actors = (await store.listActors({}, { first: 100 })).ids;
      const all = await store.claimsOfActors(actors);
      const [actorId, full] = [...all.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
      expect(full.length).toBeGreaterThanOrEqual(4);
      // The documented order: by date, undated last, on both engines.
      const dates = full.map((c) => c.date ?? '~');
      expect(dates).toEqual([...dates].sort());
      expect((await store.countClaimsOfActors([actorId, 'actor:nobody'])).get(actorId)).toBe(full.length);
      expect((await store.countClaimsOfActors([actorId, 'actor:nobody'])).get('actor:nobody')).toBe(0);

      const pages: string[][] = [];
      let after: ClaimPosition | null = null;
      for (let i = 0; i < full.length; i++) {
        const page: ClaimPage = await store.claimsOfActorPage(actorId, { first: 3, after });
        expect(page.edges.length).toBeLessThanOrEqual(3);
        pages.push(page.edges.map((e) => e.claim.id));
        if (!page.hasNextPage) break;
        after = page.edges[page.edges.length - 1]!.position;
      }
      expect(pages.length).toBe(Math.ceil(full.length / 3));
      expect(pages.flat()).toEqual(full.map((c) => c.id));
      expect(new Set(pages.flat()).size).toBe(full.length);

      const again = await store.claimsOfActorPage(actorId, { first: full.length });
      expect(again.edges.map((e) => e.claim)).toEqual(full);
      expect(again.hasNextPage).toBe(false);
      const last = again.edges[again.edges.length - 1]!.position;
      expect(await store.claimsOfActorPage(actorId, { first: 3, after: last })).toEqual({
        edges: [],
        hasNextPage: false,
      });
      const none = await store.claimsOfActorPage(actorId, { first: 0 });
      expect(none).toEqual({ edges: [], hasNextPage: true });
      expect((await store.claimsOfActorPage('actor:nobody', { first: 3 })).edges).toEqual([]);
    });

    it('answers who disputed a control claim, and what an actor disputed', async () => {
      const controls = (await store.controlClaimsOfPlaces(['place:kherson'])).get('place:kherson')!;
      expect(controls.some((c) => c.claimantId === 'actor:russian-defence-ministry')).toBe(true);
      const disputes = [...(await store.disputesOfTargets(controls.map((c) => c.id))).values()].flat();
      const arestovych = disputes.find((d) => d.actorId === 'actor:oleksiy-arestovych')!;
      expect(arestovych.quote).toBe('rejected this and said that fighting was ongoing');
      expect(arestovych.controlId).not.toBeNull();
      const byActor = (await store.disputesOfActors(['actor:oleksiy-arestovych'])).get(
        'actor:oleksiy-arestovych',
      )!;
      expect(byActor.map((d) => d.id)).toContain(arestovych.id);
      const asserted = (await store.controlClaimsOfActors(['actor:russian-defence-ministry'])).get(
        'actor:russian-defence-ministry',
      )!;
      expect(asserted.every((c) => c.claimantId === 'actor:russian-defence-ministry')).toBe(true);
      expect((await store.getControlClaims([arestovych.controlId!])).size).toBe(1);
    });

    it('links contradicting figures of one quantity from different claimants', async () => {
      const civilians = await store.listFigures(
        { metric: 'killed', subject: 'Ukrainian civilians' },
        { first: 50 },
      );
      const un = civilians.ids.find((id) => id.includes(':142:'))!;
      const contradicted = (await store.contradictionsOfFigures([un])).get(un)!;
      expect(contradicted.some((id) => id.includes(':2000:'))).toBe(true);
    });

    it('finds the reports of an entity and the contents of a report', async () => {
      const reports = (await store.reportsOf(['actor:oleksiy-arestovych', F498])).get(F498)!;
      expect(reports).toHaveLength(4);
      const contents = (await store.contentsOfReports([reports[0]!])).get(reports[0]!)!;
      expect(contents.figures).toContain(F498);
      expect(contents.actors.length).toBeGreaterThan(0);
    });

    it('orders a quantity over time across sources', async () => {
      const timeline = await store.timeline('killed', 'Russian troops');
      const dates = timeline.map((c) => c.date ?? '9999');
      expect(dates).toEqual([...dates].sort());
      expect(timeline[0]!.date! <= '2022-03-02').toBe(true);
      expect(timeline.some((c) => c.figureId.includes(':9861:'))).toBe(true);
      expect(await store.timeline('killed', 'no such subject')).toEqual([]);
    });

    it('searches names, aliases and quotes', async () => {
      const a = await store.search('Zelenskyy', 5);
      const b = await store.search('Zelensky', 5);
      expect(a[0]!.id).toBe('actor:volodymyr-zelensky');
      expect(b[0]!.id).toBe('actor:volodymyr-zelensky');
      expect((await store.search('Arestovich', 5))[0]!.id).toBe('actor:oleksiy-arestovych');
      expect((await store.search('Kherson', 10)).map((h) => h.id)).toContain('place:kherson');
      expect(await store.search('   ', 5)).toEqual([]);
    });

    it('returns a neighbourhood with typed edges and respects the limit', async () => {
      const net = await store.neighbourhood({ ids: ['place:kherson'], depth: 2, limit: 500 });
      const ids = new Set(net.nodes.map((n) => n.id));
      expect(ids.has('actor:oleksiy-arestovych')).toBe(true);
      expect(ids.has('actor:russian-defence-ministry')).toBe(true);
      expect([...ids].some((id) => id.startsWith('report:'))).toBe(true);
      const types = new Set(net.edges.map((e) => e.type));
      for (const t of ['CLAIMS', 'DISPUTES', 'CONTROLS']) expect(types.has(t as never)).toBe(true);
      for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const small = await store.neighbourhood({ ids: ['place:kherson'], depth: 2, limit: 5 });
      expect(small.nodes.length).toBeLessThanOrEqual(5);
      expect(small.truncated).toBe(true);
      const onlyDisputes = await store.neighbourhood({
        ids: ['actor:oleksiy-arestovych'],
        depth: 1,
        limit: 50,
        edgeTypes: ['DISPUTES'],
      });
      expect(onlyDisputes.edges.every((e) => e.type === 'DISPUTES')).toBe(true);
    });

    it('cuts a network at the limit the same way every time, reading a node only up to the limit', async () => {
      const full = await store.neighbourhood({ ids: ['place:kherson'], depth: 1, limit: 500 });
      expect(full.truncated).toBe(false);
      const degree = full.nodes.length - 1;
      expect(degree).toBeGreaterThan(3);
      const cut = await store.neighbourhood({ ids: ['place:kherson'], depth: 1, limit: 3 });
      expect(cut.truncated).toBe(true);
      expect(cut.nodes.map((n) => n.id)).toContain('place:kherson');
      expect(cut.nodes).toHaveLength(3);
      for (const e of cut.edges) expect([e.source, e.target]).toContain('place:kherson');
      expect(await store.neighbourhood({ ids: ['place:kherson'], depth: 1, limit: 3 })).toEqual(cut);
      // Exactly the degree: nothing is left out, yet a node that answered `limit` rows may have more.
      const exact = await store.neighbourhood({ ids: ['place:kherson'], depth: 1, limit: degree + 1 });
      expect(exact.nodes).toHaveLength(degree + 1);
      const deep = await store.neighbourhood({ ids: ['place:kherson', 'actor:none'], depth: 3, limit: 40 });
      expect(deep.nodes.length).toBeLessThanOrEqual(40);
      expect(deep.nodes.map((n) => n.id)).not.toContain('actor:none');
      expect(
        await store.neighbourhood({ ids: ['actor:none', 'place:kherson'], depth: 3, limit: 40 }),
      ).toEqual(deep);
    });

    it('finds the shortest path between two entities', async () => {
      const path = await store.shortestPath('actor:oleksiy-arestovych', 'place:kherson', 6);
      expect(path![0]).toBe('actor:oleksiy-arestovych');
      expect(path![path!.length - 1]).toBe('place:kherson');
      expect(path!.length).toBe(3);
      expect(await store.shortestPath('actor:oleksiy-arestovych', 'actor:does-not-exist', 4)).toBeNull();
    });

    it('lists with filters and keyset pages', async () => {
      const first = await store.listActors({ kind: 'PERSON' }, { first: 2 });
      expect(first.ids).toHaveLength(2);
      expect(first.hasNextPage).toBe(true);
      const next = await store.listActors({ kind: 'PERSON' }, { first: 100, after: first.ids[1]! });
      expect(next.ids.some((id) => first.ids.includes(id))).toBe(false);
      expect(first.ids.length + next.ids.length).toBe(first.totalCount);
      const rdm = await store.listFigures(
        { claimantId: 'actor:russian-defence-ministry', minValue: 400, maxValue: 600 },
        { first: 10 },
      );
      expect(rdm.ids).toContain(F498);
      expect(
        (await store.listFigures({ from: '2022-03-10', to: '2022-03-31' }, { first: 50 })).ids.every((id) =>
          id.includes('2022-03-2'),
        ),
      ).toBe(true);
      expect((await store.listReports({ from: '2022-03-03' }, { first: 10 })).totalCount).toBe(3);
      expect((await store.listPlaces({ name: 'kher' }, { first: 10 })).ids).toContain('place:kherson');
    });

    it('stores strings that look like Cypher, and unicode names, literally', async () => {
      const evil = "x'}) DETACH DELETE n //`; MATCH (m) RETURN m";
      const text = `Оксана Петрівна said 12 people were hurt in Łódź 🕊️ e\u0301 ‮RTL‬. ${evil}`;
      const bundle: ReportBundle = {
        report: { title: evil, url: null, publishedAt: '2022-04-01', publisher: null, text },
        actors: [{ key: 'o', name: 'Оксана Петрівна', aliases: [evil], kind: 'PERSON' }],
        places: [{ key: 'l', name: 'Łódź', kind: 'CITY', country: 'Poland' }],
        figures: [
          {
            key: 'f',
            value: 12,
            qualifier: 'EXACT',
            metric: 'wounded',
            subject: 'people 🕊️',
            claimant: 'o',
            quote: evil,
          },
        ],
        disputes: [],
        controls: [],
      };
      const before = await store.counts();
      const result = await store.ingestBundle(bundle);
      expect(result.status).toBe('CREATED');
      const report = (await store.getReports([result.reportId])).get(result.reportId)!;
      expect(report.title).toBe(evil);
      expect(report.text).toBe(text);
      const actor = [...(await store.getActors([(await store.search('Оксана', 3))[0]!.id])).values()][0]!;
      expect(actor.name).toBe('Оксана Петрівна');
      expect(actor.aliases).toContain(evil);
      const after = await store.counts();
      expect(after.nodes.Report).toBe(before.nodes.Report + 1);
    });

    it('replaces what an earlier version of a report stated when the report changes', async () => {
      const v1 = sampleBundle({ url: 'https://example.org/versioned' });
      const r1 = await store.ingestBundle(v1);
      expect(r1.status).toBe('CREATED');
      const v2 = sampleBundle({ url: 'https://example.org/versioned' });
      v2.figures = v2.figures.slice(0, 1);
      v2.disputes = [];
      const r2 = await store.ingestBundle(v2);
      expect(r2).toMatchObject({ reportId: r1.reportId, status: 'UPDATED' });
      const contents = (await store.contentsOfReports([r1.reportId])).get(r1.reportId)!;
      expect(contents.figures).toHaveLength(1);
    });

    it('keeps an uncertain match as a separate node with one SIMILAR_TO link, idempotently', async () => {
      const report = (url: string, text: string, name: string, value: number): ReportBundle => ({
        report: { title: `similar ${value}`, url, publishedAt: '2022-03-05', publisher: null, text },
        actors: [{ key: 'p', name, kind: 'PERSON' }],
        places: [],
        figures: [
          {
            key: 'f',
            value,
            qualifier: 'EXACT',
            metric: 'wounded',
            subject: 'civilians in Sumy',
            claimant: 'p',
            quote: `${value} civilians`,
          },
        ],
        disputes: [],
        controls: [],
      });
      const full = report(
        'https://example.org/similar/1',
        'Spokeswoman Maria Zakharova said 14 civilians were hurt.',
        'Maria Zakharova',
        14,
      );
      const short = report(
        'https://example.org/similar/2',
        'Later ZAKHAROVA said 15 civilians were hurt.',
        'Zakharova',
        15,
      );
      const before = await store.counts();
      await store.ingestBundle(full);
      const r2 = await store.ingestBundle(short);
      const after = await store.counts();
      // Two nodes, never merged, and one link between them.
      expect(after.nodes.Actor).toBe(before.nodes.Actor + 2);
      expect(after.edges.SIMILAR_TO).toBe(before.edges.SIMILAR_TO + 1);
      const [a, b] = ['actor:zakharova', 'actor:maria-zakharova'];
      expect([...(await store.getActors([a, b])).keys()].sort()).toEqual([b, a]);
      const links = await store.similarOfActors([a, b]);
      expect(links.get(a)).toEqual([
        expect.objectContaining({
          actorId: a,
          otherId: b,
          reason: 'surname',
          score: 0.6,
          reportId: r2.reportId,
          quote: 'ZAKHAROVA',
          date: '2022-03-05',
        }),
      ]);
      expect(links.get(b)!.map((l) => l.otherId)).toEqual([a]);
      expect(short.report.text).toContain(links.get(a)![0]!.quote);
      const net = await store.neighbourhood({ ids: [a], depth: 1, limit: 50 });
      expect(net.edges.filter((e) => e.type === 'SIMILAR_TO')).toEqual([
        expect.objectContaining({ reportId: r2.reportId, quote: 'ZAKHAROVA' }),
      ]);

      // Re-ingesting either report, or a third naming the full name again, adds no link.
      expect((await store.ingestBundle(full)).status).toBe('UNCHANGED');
      expect((await store.ingestBundle(short)).status).toBe('UNCHANGED');
      await store.ingestBundle(
        report(
          'https://example.org/similar/3',
          'Maria Zakharova said 16 civilians were hurt.',
          'Maria Zakharova',
          16,
        ),
      );
      expect((await store.counts()).edges.SIMILAR_TO).toBe(after.edges.SIMILAR_TO);

      // A new version of the report that raised the link rewrites its provenance from the new text.
      const revised = report(
        'https://example.org/similar/2',
        'Later that day, Zakharova said 15 civilians were hurt.',
        'Zakharova',
        15,
      );
      expect((await store.ingestBundle(revised)).status).toBe('UPDATED');
      expect((await store.counts()).edges.SIMILAR_TO).toBe(after.edges.SIMILAR_TO);
      expect((await store.similarOfActors([a])).get(a)).toEqual([
        expect.objectContaining({ otherId: b, reportId: r2.reportId, quote: 'Zakharova' }),
      ]);
    });

    it('keeps undated claims last, in the whole list and across pages', async () => {
      const undated = sampleBundle({
        url: 'https://example.org/undated',
        title: 'undated',
        publishedAt: null,
      });
      for (const f of undated.figures) f.asOf = null;
      await store.ingestBundle(undated);
      const rdm = 'actor:russian-defence-ministry';
      const full = (await store.claimsOfActors([rdm])).get(rdm)!;
      const firstUndated = full.findIndex((c) => c.date === null);
      expect(firstUndated).toBeGreaterThan(0);
      expect(full.slice(firstUndated).every((c) => c.date === null)).toBe(true);
      const seen: string[] = [];
      let after: ClaimPosition | null = null;
      for (let i = 0; i <= full.length; i++) {
        const page: ClaimPage = await store.claimsOfActorPage(rdm, { first: 2, after });
        seen.push(...page.edges.map((e) => e.claim.id));
        if (!page.hasNextPage) break;
        after = page.edges[page.edges.length - 1]!.position;
      }
      expect(seen).toEqual(full.map((c) => c.id));
    });

    it('counts nodes per label and edges per type, and reports health', async () => {
      const counts = await store.counts();
      expect(counts.nodes.Report).toBeGreaterThanOrEqual(5);
      expect(counts.edges.CLAIMS).toBeGreaterThan(0);
      expect((await store.health()).ok).toBe(true);
      expect(store.roundTrips()).toBeGreaterThan(0);
    });
  });
}
