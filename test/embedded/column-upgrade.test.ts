import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { kuzuDdl } from '../../src/adapters/embedded/kuzu-schema';
import type { ReportBundle } from '../../src/domain/bundle';

const person = (url: string, text: string, name: string, quote: string): ReportBundle => ({
  report: { title: null, url, publishedAt: '2022-03-07', publisher: null, text },
  actors: [{ key: 'p', name, kind: 'PERSON' }],
  places: [],
  figures: [
    { key: 'f', value: 3, qualifier: 'EXACT', metric: 'killed', subject: 'medics', claimant: 'p', quote },
  ],
  disputes: [],
  controls: [],
});

/** A store made before SIMILAR_TO had its `reason` column (and before the Block table) still takes links. */
it('adds a relationship column and a table that an older store lacks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-upgrade-'));
  try {
    const db = new kuzu.Database(join(dir, 'graph.kuzu'));
    const conn = new kuzu.Connection(db);
    const old = kuzuDdl()
      .filter((ddl) => !ddl.includes(' Block('))
      .map((ddl) => (ddl.includes(' SIMILAR_TO(') ? ddl.replace(', reason STRING', '') : ddl));
    expect(old.join('\n')).not.toMatch(/reason STRING|Block\(/);
    for (const ddl of old) await conn.query(ddl);
    await conn.close();
    await db.close();

    const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 64 });
    try {
      await store.ingestBundle(
        person(
          'https://example.org/u/1',
          'Dr Olena Bondar said 3 medics died.',
          'Olena Bondar',
          '3 medics died',
        ),
      );
      await store.ingestBundle(
        person(
          'https://example.org/u/2',
          'Bondar said 3 medics were killed.',
          'Bondar',
          '3 medics were killed',
        ),
      );
      const links = (await store.similarOfActors(['actor:bondar'])).get('actor:bondar');
      expect(links).toEqual([expect.objectContaining({ otherId: 'actor:olena-bondar', reason: 'surname' })]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
