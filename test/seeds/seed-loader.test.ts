import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '../../src/domain/errors';
import { loadSeeds, readBundles, seedBundleDir } from '../../src/ingestion/seed-loader';
import { openTempStore } from '../helpers/temp-store';

describe('seed loader', () => {
  it('validates every curated bundle', () => {
    expect(readBundles().map((b) => b.file.split('/').pop())).toHaveLength(5);
  });

  it('loads the seeds once; loading again leaves identical counts', async () => {
    const { store, dispose } = await openTempStore();
    try {
      const first = await loadSeeds(store);
      expect(first.map((r) => r.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED', 'CREATED']);
      const counts = await store.counts();
      const second = await loadSeeds(store);
      expect(second.every((r) => r.status === 'UNCHANGED')).toBe(true);
      expect(await store.counts()).toEqual(counts);
    } finally {
      await dispose();
    }
  });

  it('rejects a corrupted copy with the exact problems and writes nothing of any bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-seeds-'));
    cpSync(seedBundleDir(), dir, { recursive: true });
    const file = join(dir, '004_2392ac50c3bede51.json');
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    bundle.figures[0].quote = 'a quote the article never printed';
    bundle.figures[1].value = -5;
    bundle.disputes[0].disputer = 'nobody-at-all';
    writeFileSync(file, JSON.stringify(bundle));
    const { store, dispose } = await openTempStore();
    try {
      const err = await loadSeeds(store, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).problems).toEqual([
        {
          path: '004_2392ac50c3bede51.json: figures[0].quote',
          reason: 'is not an exact substring of report.text',
        },
        { path: '004_2392ac50c3bede51.json: figures[1].value', reason: 'must not be negative' },
        {
          path: '004_2392ac50c3bede51.json: disputes[0].disputer',
          reason: '"nobody-at-all" is not the key of any actor in this bundle',
        },
      ]);
      const counts = await store.counts();
      expect(Object.values(counts.nodes).every((n) => n === 0)).toBe(true);
    } finally {
      await dispose();
    }
  });

  it('names a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-seeds-'));
    writeFileSync(join(dir, 'broken.json'), '{ "report": ');
    expect(() => readBundles(dir)).toThrow(/broken\.json: is not valid JSON/);
  });
});
