import type { ReportBundle } from '../../src/domain/bundle';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import { crashBundles } from '../../scripts/crash-bundles';
import { openTempStore } from '../helpers/temp-store';
import { CachedGraphStore } from '../../src/store/cached-graph-store';
import type { GraphStore } from '../../src/store/graph-store.port';

/** A fake inner store counting calls: the decorator must batch misses and forget everything on a write. */
function fakeStore() {
  const calls: string[][] = [];
  let trips = 0;
  const inner = {
    kind: 'embedded',
    getActors: async (ids: readonly string[]) => {
      calls.push([...ids]);
      trips++;
      return new Map(
        ids
          .filter((id) => id !== 'actor:none')
          .map((id) => [id, { id, name: id, aliases: [], kind: 'PERSON', role: null, affiliationId: null }]),
      );
    },
    claimsOfFigures: async (ids: readonly string[]) => {
      trips++;
      return new Map(ids.map((id) => [id, []]));
    },
    claimsOfActorPage: async (actorId: string, page: { first: number }) => {
      trips++;
      calls.push([actorId, String(page.first)]);
      return { edges: [], hasNextPage: page.first === 0 };
    },
    countClaimsOfActors: async (ids: readonly string[]) => {
      trips++;
      calls.push([...ids]);
      return new Map(ids.map((id) => [id, 7]));
    },
    search: async (text: string) => {
      trips++;
      return [{ id: `actor:${text}`, score: 1 }];
    },
    ingestBundle: async () => ({ reportId: 'report:x', status: 'CREATED' }),
    roundTrips: () => trips,
    close: async () => undefined,
  } as unknown as GraphStore;
  return { inner, calls, trips: () => trips };
}

describe('CachedGraphStore', () => {
  it('answers repeated reads from the cache and fetches only missing ids, in one call', async () => {
    const f = fakeStore();
    const s = new CachedGraphStore(f.inner);
    await s.getActors(['actor:a', 'actor:b']);
    const m = await s.getActors(['actor:a', 'actor:b', 'actor:c', 'actor:none']);
    expect([...m.keys()].sort()).toEqual(['actor:a', 'actor:b', 'actor:c']);
    expect(f.calls).toEqual([
      ['actor:a', 'actor:b'],
      ['actor:c', 'actor:none'],
    ]);
    await s.getActors(['actor:none']);
    expect(f.calls).toHaveLength(2); // absence is cached too
    await Promise.all([s.search('x', 5), s.search('x', 5)]);
    expect(f.trips()).toBe(3); // concurrent identical misses share one call
  });

  it('forgets everything after a write', async () => {
    const f = fakeStore();
    const s = new CachedGraphStore(f.inner);
    await s.getActors(['actor:a']);
    await s.claimsOfFigures(['figure:x']);
    await s.ingestBundle({} as never);
    await s.getActors(['actor:a']);
    await s.claimsOfFigures(['figure:x']);
    expect(f.trips()).toBe(4);
    expect(s.stats().invalidations).toBe(1);
  });

  it('caches a claims page by actor, size and position, and claim counts per actor', async () => {
    const f = fakeStore();
    const s = new CachedGraphStore(f.inner);
    const at = (edgeId: string) => ({ date: null, reportId: 'report:r', edgeId });
    await s.claimsOfActorPage('actor:a', { first: 5 });
    await s.claimsOfActorPage('actor:a', { first: 5, after: null });
    expect(f.trips()).toBe(1);
    await s.claimsOfActorPage('actor:a', { first: 5, after: at('claims:1') });
    await s.claimsOfActorPage('actor:a', { first: 5, after: at('claims:2') });
    await s.claimsOfActorPage('actor:a', { first: 0, after: at('claims:2') });
    await s.claimsOfActorPage('actor:b', { first: 5 });
    expect(f.trips()).toBe(5);
    await s.claimsOfActorPage('actor:a', { first: 5, after: at('claims:2') });
    expect(f.trips()).toBe(5);

    await s.countClaimsOfActors(['actor:a', 'actor:b']);
    expect((await s.countClaimsOfActors(['actor:b', 'actor:c'])).get('actor:c')).toBe(7);
    expect(f.calls.slice(-2)).toEqual([['actor:a', 'actor:b'], ['actor:c']]);

    await s.ingestBundle({} as never);
    await s.claimsOfActorPage('actor:a', { first: 5 });
    expect(f.trips()).toBe(8);
  });
});

/** Every by-id read of every node, as plain sorted data. */
async function readEverything(s: GraphStore): Promise<unknown> {
  const all = { first: 100_000 };
  const [actors, places, reports, figures] = await Promise.all([
    s.listActors({}, all),
    s.listPlaces({}, all),
    s.listReports({}, all),
    s.listFigures({}, all),
  ]);
  const controls = [...(await s.controlClaimsOfPlaces(places.ids)).values()].flat().map((c) => c.id);
  const ids = [...actors.ids, ...places.ids, ...reports.ids, ...figures.ids, ...controls];
  const plain = async (m: Promise<Map<string, unknown>>) =>
    [...(await m).entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    nodes: await plain(s.getNodes(ids)),
    actors: await plain(s.getActors(actors.ids)),
    places: await plain(s.getPlaces(places.ids)),
    reports: await plain(s.getReports(reports.ids)),
    figures: await plain(s.getFigures(figures.ids)),
    controls: await plain(s.getControlClaims(controls)),
    claimsOfFigures: await plain(s.claimsOfFigures(figures.ids)),
    claimsOfActors: await plain(s.claimsOfActors(actors.ids)),
    claimCounts: await plain(s.countClaimsOfActors(actors.ids)),
    disputesOfTargets: await plain(s.disputesOfTargets([...figures.ids, ...controls])),
    disputesOfActors: await plain(s.disputesOfActors(actors.ids)),
    controlsOfPlaces: await plain(s.controlClaimsOfPlaces(places.ids)),
    controlsOfActors: await plain(s.controlClaimsOfActors(actors.ids)),
    contradictions: await plain(s.contradictionsOfFigures(figures.ids)),
    reportsOf: await plain(s.reportsOf(ids)),
    contents: await plain(s.contentsOfReports(reports.ids)),
    similar: await plain(s.similarOfActors(actors.ids)),
  };
}

describe('CachedGraphStore over the embedded store: precise invalidation', () => {
  let t: Awaited<ReturnType<typeof openTempStore>>;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('answers every by-id read as the uncached store does after creating, repeating and replacing reports', async () => {
    const cached = new CachedGraphStore(t.store);
    await loadSeeds(cached);
    const bundles = crashBundles(16, 5);
    for (const b of bundles.slice(0, 8)) await cached.ingestBundle(b);
    await readEverything(cached); // fill the cache with every by-id read
    const replaced = bundles[2]!;
    // A version that takes statements back: its first figure (and the disputes of it) and its controls.
    // (Every bundle is in by then: the first 8 before the steps, the other 8 as the first steps.)
    const revised =
      bundles.find((b) => b.controls.length > 0 && b.disputes.length > 0) ??
      bundles.find((b) => b.controls.length > 0)!;
    const dropped = revised.figures[0]!.key;
    const steps: [string, ReportBundle][] = [
      ...bundles.slice(8).map((b, i): [string, ReportBundle] => [`new report ${i}`, b]),
      ['an unchanged report', bundles[3]!],
      [
        'a new version of a report',
        { ...replaced, report: { ...replaced.report, text: `${replaced.report.text} Updated later.` } },
      ],
      [
        'a new version that takes a figure, its disputes and the controls back',
        {
          ...revised,
          report: { ...revised.report, text: `${revised.report.text} Corrected.` },
          figures: revised.figures.slice(1),
          disputes: revised.disputes.filter((d) => d.target.figure !== dropped && !d.target.control),
          controls: [],
        },
      ],
    ];
    let keptHits = 0;
    const invalidations = cached.stats().invalidations;
    for (const [what, bundle] of steps) {
      const hits = cached.stats().hits;
      const result = await cached.ingestBundle(bundle);
      const got = await readEverything(cached);
      keptHits += cached.stats().hits - hits;
      expect({ what, status: result.status, reads: got }).toEqual({
        what,
        status: result.status,
        reads: await readEverything(t.store),
      });
    }
    // Not vacuous: after each new report most by-id reads were still answered from the cache.
    expect(keptHits).toBeGreaterThan(1000);
    // 8 new reports + 2 replaced; the UNCHANGED one invalidates nothing.
    expect(cached.stats().invalidations - invalidations).toBe(10);
  });
});
