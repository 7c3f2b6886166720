/**
 * Exports of the seed graph, validated against the structure their schemas require, with node and
 * edge counts checked against the store: the whole graph against counts(), a neighbourhood against
 * neighbourhood() itself.
 */
import { EXPORT_FORMATS, FORMAT_SPECS, readExportGraph } from '../../src/export';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openSeededStore, type SeededStore } from './seeded-store';
import { PARSERS } from './xml-structure';

let seeded: SeededStore;
let store: GraphStore;
beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
});
afterAll(() => seeded?.dispose());

const meta = (description: string) => ({
  description,
  truncated: false,
  generatedAt: new Date('2022-03-20T00:00:00Z'),
});
const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

describe('the whole graph', () => {
  it('holds every node and every edge of the store', async () => {
    const { network } = await readExportGraph(store, { ids: null, depth: 1 });
    const counts = await store.counts();
    expect(network.nodes).toHaveLength(sum(counts.nodes));
    expect(network.edges).toHaveLength(sum(counts.edges));
    expect(network.truncated).toBe(false);
    for (const label of Object.keys(counts.nodes))
      expect(network.nodes.filter((n) => n.kind === label)).toHaveLength(
        counts.nodes[label as keyof typeof counts.nodes],
      );
    for (const type of Object.keys(counts.edges))
      expect(network.edges.filter((e) => e.type === type)).toHaveLength(
        counts.edges[type as keyof typeof counts.edges],
      );
  });

  it.each(EXPORT_FORMATS)('as %s: valid, with the same counts', async (format) => {
    const { network, description } = await readExportGraph(store, { ids: null, depth: 1 });
    const parsed = PARSERS[format](FORMAT_SPECS[format].serialise(network, meta(description)));
    const counts = await store.counts();
    expect(parsed.nodes).toHaveLength(sum(counts.nodes));
    expect(parsed.edges).toHaveLength(sum(counts.edges));
  });

  it('says it is truncated when a node cap cuts it', async () => {
    const { network } = await readExportGraph(store, { ids: null, depth: 1 }, 10);
    expect(network.truncated).toBe(true);
  });
});

describe('the neighbourhood of Kherson, depth 2', () => {
  it.each(EXPORT_FORMATS)('as %s: exactly the nodes and edges of neighbourhood()', async (format) => {
    const expected = await store.neighbourhood({ ids: ['place:kherson'], depth: 2, limit: 50_000 });
    const { network, description } = await readExportGraph(store, { ids: ['place:kherson'], depth: 2 });
    expect(description).toContain('place:kherson');
    const parsed = PARSERS[format](FORMAT_SPECS[format].serialise(network, meta(description)));
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(expected.edges.map((e) => e.id).sort());
    // The answer a newcomer looks for travels with the file: Arestovych's dispute and its quote.
    const dispute = parsed.edges.find(
      (e) => e.source === 'actor:oleksiy-arestovych' && e.attrs.type === 'DISPUTES',
    );
    expect(dispute).toBeDefined();
    if (format !== 'cyjs')
      expect(dispute?.attrs.quote).toBe('rejected this and said that fighting was ongoing');
  });
});
