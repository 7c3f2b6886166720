/** `npm run export` through runExport, over a seeded store, writing real files. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, type ExportIo } from '../../src/cli/export';
import type { GraphStore } from '../../src/store/graph-store.port';
import { openSeededStore, type SeededStore } from './seeded-store';
import { PARSERS } from './xml-structure';

let seeded: SeededStore;
let out: string;
beforeAll(async () => {
  seeded = await openSeededStore();
  out = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
});
afterAll(async () => {
  await seeded?.dispose();
  rmSync(out, { recursive: true, force: true });
});

function io(): ExportIo & { out: string[]; err: string[]; opened: number } {
  const state = { out: [] as string[], err: [] as string[], opened: 0 };
  // runExport closes the store it opens; hand it a view whose close() leaves the shared store open.
  const borrowed = Object.create(seeded.store, { close: { value: async () => undefined } }) as GraphStore;
  return Object.assign(state, {
    openStore: async () => {
      state.opened++;
      return borrowed;
    },
    stdout: (t: string) => void state.out.push(t),
    stderr: (t: string) => void state.err.push(t),
    now: () => new Date('2022-03-20T00:00:00Z'),
  });
}

it('writes a GEXF file of a neighbourhood and reports the counts', async () => {
  const file = join(out, 'kherson.gexf');
  const streams = io();
  expect(
    await runExport(['--format', 'gexf', '--ids', 'place:kherson', '--depth', '2', '--out', file], streams),
  ).toBe(0);
  const parsed = PARSERS.gexf(readFileSync(file, 'utf8'));
  const expected = await seeded.store.neighbourhood({ ids: ['place:kherson'], depth: 2, limit: 50_000 });
  expect(parsed.nodes).toHaveLength(expected.nodes.length);
  expect(parsed.edges).toHaveLength(expected.edges.length);
  expect(streams.err.join('')).toContain(
    `gexf: ${expected.nodes.length} nodes, ${expected.edges.length} edges -> ${file}`,
  );
});

it('prints the whole graph to standard output without --out', async () => {
  const streams = io();
  expect(await runExport(['--format=graphml'], streams)).toBe(0);
  const counts = await seeded.store.counts();
  expect(PARSERS.graphml(streams.out.join('')).nodes).toHaveLength(
    Object.values(counts.nodes).reduce((a, b) => a + b, 0),
  );
});

it('refuses bad arguments before opening the store', async () => {
  const streams = io();
  expect(await runExport(['--format', 'pdf'], streams)).toBe(2);
  expect(streams.opened).toBe(0);
  expect(streams.err.join('')).toContain('--format must be one of gexf, graphml, cyjs');
});

it('says so when none of the ids exists', async () => {
  const streams = io();
  expect(await runExport(['--format', 'cyjs', '--ids', 'place:atlantis'], streams)).toBe(1);
  expect(streams.err.join('')).toContain('place:atlantis');
});
