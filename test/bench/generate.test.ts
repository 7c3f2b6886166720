import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectGraph, generateGraph } from '../../bench/generate';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { bulkLoad } from '../../src/adapters/embedded/kuzu-bulk';
import { labelOfId } from '../../src/domain/ids';
import { EDGE_TABLES, NODE_TABLES } from '../../src/store/schema';

describe('bench graph generator', () => {
  const a = collectGraph({ figures: 1500, seed: 11 });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const b = collectGraph({ figures: 1500, seed: 11 });
    expect(JSON.stringify([...b.nodes])).toEqual(JSON.stringify([...a.nodes]));
    expect(JSON.stringify(b.edges)).toEqual(JSON.stringify(a.edges));
    const c = collectGraph({ figures: 1500, seed: 12 });
    expect(JSON.stringify(c.edges)).not.toEqual(JSON.stringify(a.edges));
  });

  it('writes exactly the requested number of figures and every column of every table', () => {
    expect(a.nodes.get('Figure')!.length).toBe(1500);
    for (const t of NODE_TABLES)
      for (const row of a.nodes.get(t.label) ?? [])
        expect(Object.keys(row).sort()).toEqual(Object.keys(t.columns).sort());
    const edgeCols = new Map(
      EDGE_TABLES.map((t) => [t.type, ['from', 'to', ...Object.keys(t.columns)].sort()]),
    );
    for (const e of a.edges) expect(Object.keys(e.row).sort()).toEqual(edgeCols.get(e.type));
    for (const t of [
      'CLAIMS',
      'DISPUTES',
      'REPORTS',
      'MENTIONS',
      'PUBLISHED_BY',
      'CONTROLS',
      'CONTROLLER',
      'CONTRADICTS',
    ])
      expect(a.edges.some((e) => e.type === t)).toBe(true);
  });

  it('has unique ids, and every edge endpoint exists with the label its table declares', () => {
    const ids = new Map<string, string>();
    for (const [label, rows] of a.nodes)
      for (const r of rows) {
        expect(ids.has(`${label}|${r.id}`)).toBe(false);
        ids.set(`${label}|${r.id}`, label);
        if (label !== 'Alias') expect(labelOfId(r.id)).toBe(label);
      }
    const edgeIds = new Set<string>();
    for (const e of a.edges) {
      expect(ids.has(`${e.fromLabel}|${e.row.from}`)).toBe(true);
      expect(ids.has(`${e.toLabel}|${e.row.to}`)).toBe(true);
      const pairs = EDGE_TABLES.find((t) => t.type === e.type)!.pairs;
      expect(pairs.some(([f, t]) => f === e.fromLabel && t === e.toLabel)).toBe(true);
      expect(edgeIds.has(`${e.type}|${e.row.id}`)).toBe(false);
      edgeIds.add(`${e.type}|${e.row.id}`);
    }
    for (const row of a.nodes.get('Alias')!)
      expect(ids.has(`${labelOfId(String(row.targetId))}|${String(row.targetId)}`)).toBe(true);
  });

  it('has heavy-tailed claim degrees: a few actors make a large share of all claims', () => {
    const { claimDegrees } = generateGraph(
      { figures: 20_000, seed: 3 },
      { node: () => undefined, edge: () => undefined },
    );
    const total = claimDegrees.reduce((x, y) => x + y, 0);
    const median = claimDegrees[Math.floor(claimDegrees.length / 2)]!;
    expect(claimDegrees[0]!).toBeGreaterThan(50 * median);
    expect(claimDegrees.slice(0, 5).reduce((x, y) => x + y, 0) / total).toBeGreaterThan(0.25);
  });
});

describe('bulk load into an empty embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bulk-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads ~1,000 figures and the normal store sees every node and edge', async () => {
    const { nodes, edges, stats } = collectGraph({ figures: 1000, seed: 5 });
    const dataDir = join(dir, 'data');
    const result = await bulkLoad(
      (sink) => {
        for (const [label, rows] of nodes) for (const r of rows) sink.node(label as never, r);
        for (const e of edges) sink.edge(e.type, e.fromLabel, e.toLabel, e.row);
      },
      { dataDir, bufferPoolMb: 128, tempDir: dir },
    );
    expect(result.nodes).toBe(stats.totalNodes);
    expect(result.edges).toBe(stats.totalEdges);
    // A second load into the same directory is refused.
    await expect(bulkLoad(() => undefined, { dataDir, bufferPoolMb: 128, tempDir: dir })).rejects.toThrow(
      /empty/,
    );

    const store = await openEmbeddedStore({ dataDir, bufferPoolMb: 128 });
    try {
      const counts = await store.counts();
      for (const [label, n] of Object.entries(counts.nodes)) expect(n).toBe(stats.nodes[label] ?? 0);
      for (const [type, n] of Object.entries(counts.edges)) expect(n).toBe(stats.edges[type] ?? 0);
      // Values survive the CSV path: numbers, lists, nulls, text with commas and quotes.
      const fig = nodes.get('Figure')![0]!;
      const got = (await store.getFigures([fig.id])).get(fig.id)!;
      expect(got.value).toBe(fig.value);
      expect(got.low).toBeNull();
      expect(got.subject).toBe(fig.subject);
      const withAlias = nodes.get('Actor')!.find((r) => Array.isArray(r.aliases) && r.aliases.length > 0)!;
      expect((await store.getActors([withAlias.id])).get(withAlias.id)!.aliases).toEqual(withAlias.aliases);
      const claims = (await store.claimsOfFigures([fig.id])).get(fig.id)!;
      expect(claims.length).toBeGreaterThan(0);
      expect(
        claims
          .map((c) => c.quote)
          .sort()
          .join(' | '),
      ).toBe(String(fig.quoteText));
      // Full-text indexes exist after the load.
      const actor = nodes.get('Actor')![0]!;
      const hits = await store.search(String(actor.name), 5);
      expect(hits.map((h) => h.id)).toContain(actor.id);
    } finally {
      await store.close();
    }
  });
});
