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
