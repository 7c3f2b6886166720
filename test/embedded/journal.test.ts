import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedStore, type EmbeddedGraphStore } from '../../src/adapters/embedded';
import { Journal } from '../../src/adapters/embedded/journal';
import type { ReportBundle } from '../../src/domain/bundle';
import { DomainError } from '../../src/domain/errors';
import { crashBundles } from '../../scripts/crash-bundles';
import { tempDirs } from '../helpers/temp-dirs';

const POOL_MB = 64;
const tempDir = tempDirs('claimgraph-journal-');

const open = (dataDir: string, extra: { journal?: boolean; journalCompactBytes?: number } = {}) =>
  openEmbeddedStore({ dataDir, bufferPoolMb: POOL_MB, ...extra });
const journalFiles = (dir: string): string[] => readdirSync(join(dir, 'journal')).sort();
const journalLines = (dir: string): string[] => {
  const f = journalFiles(dir).find((n) => n.startsWith('bundles-'))!;
  return readFileSync(join(dir, 'journal', f), 'utf8')
    .split('\n')
    .filter(Boolean);
};
const damage = (dir: string): void =>
  writeFileSync(join(dir, 'graph.kuzu'), Buffer.from('overwritten by a careless copy '.repeat(4000)));

/** What a store holds, comparably: counts and every report with its contents. */
async function contents(store: EmbeddedGraphStore, ids: string[]): Promise<unknown> {
  const reports = await store.getReports(ids);
  const inside = await store.contentsOfReports(ids);
  const sorted = (m: Map<string, unknown>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return { counts: await store.counts(), reports: sorted(reports), inside: sorted(inside) };
}

async function load(store: EmbeddedGraphStore, bundles: ReportBundle[]): Promise<string[]> {
  const ids: string[] = [];
  for (const b of bundles) ids.push((await store.ingestBundle(b)).reportId);
  return ids;
}

const bundles = crashBundles(12, 5);

describe('embedded store journal', () => {
  it('journals each write that changes the graph, once, and records the entry in the store', async () => {
    const dir = tempDir();
    const store = await open(dir);
    expect(store.openReport).toMatchObject({ state: 'opened', journal: 'on', applied: 0 });
    await load(store, bundles.slice(0, 3));
    expect((await store.ingestBundle(bundles[0]!)).status).toBe('UNCHANGED');
    expect(await store.storedSeq()).toBe(3);
    expect((await store.health()).detail).toMatch(/; journal: 3 entries after base 0 \(0\.0 MB\)$/);
    await store.close();
    const lines = journalLines(dir);
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['1', '2', '3']);
    expect(JSON.parse(lines[1]!.split('\t')[2]!)).toEqual(bundles[1]);
    // An empty store's base is an empty store: no snapshot file.
    expect(journalFiles(dir)).toEqual(['bundles-000000000000.ndjson']);
  });

  it('rebuilds a data file that does not open from the journal, keeping the damaged one aside', async () => {
    const dir = tempDir();
    let store = await open(dir);
    const ids = await load(store, bundles);
    const before = await contents(store, ids);
    await store.close();
    damage(dir);
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'rebuilt', applied: bundles.length, skipped: 0 });
      expect(store.openReport.notes[0]).toMatch(/rebuilt from the journal: 12 report write\(s\)/);
      expect(await contents(store, ids)).toEqual(before);
      const aside = store.openReport.damagedDir!;
      expect(readFileSync(join(aside, 'graph.kuzu'), 'utf8')).toMatch(/^overwritten by a careless copy/);
      // The rebuilt store goes on: writes are journaled after the replayed entries.
      const more = crashBundles(14, 5).slice(12);
      await load(store, more);
      expect(await store.storedSeq()).toBe(14);
    } finally {
      await store.close();
    }
  });

  it('applies a journaled entry whose commit did not finish, and drops a line cut short', async () => {
    const dir = tempDir();
    let store = await open(dir);
    const ids = await load(store, bundles.slice(0, 4));
    await store.close();
    // As a kill between the journal's fsync and the COMMIT leaves it: entry 5 journaled, not in the store.
    const journal = await Journal.open(dir);
    await journal.append(5, bundles[4]!);
    await journal.close();
    // …and as a kill in the middle of the next append leaves it.
    appendFileSync(join(dir, 'journal', 'bundles-000000000000.ndjson'), '6\tdeadbeef\t{"report":{"ti');
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'opened', applied: 1 });
      expect(store.openReport.notes[0]).toMatch(/1 journaled write\(s\) whose commit had not finished/);
      expect(await store.storedSeq()).toBe(5);
      expect((await store.getReports([...ids, 'x'])).size).toBe(4);
      expect((await store.ingestBundle(bundles[4]!)).status).toBe('UNCHANGED');
      expect((await store.ingestBundle(bundles[5]!)).status).toBe('CREATED');
    } finally {
      await store.close();
    }
    expect(journalLines(dir).map((l) => l.split('\t')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('leaves out, and names, an entry that no longer passes the bundle rules when it rebuilds', async () => {
    const dir = tempDir();
    let store = await open(dir);
    await load(store, bundles.slice(0, 2));
    await store.close();
    // As a bundle journaled under looser rules would read today: an empty report text.
    const journal = await Journal.open(dir);
    await journal.append(3, { ...bundles[2]!, report: { ...bundles[2]!.report, text: '' } });
    await journal.close();
    damage(dir);
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'rebuilt', applied: 2, skipped: 1 });
      expect(store.openReport.notes.join('\n')).toMatch(/journal entry 3 left out: .*report\.text/);
      expect(await store.storedSeq()).toBe(3);
      expect((await store.counts()).nodes.Report).toBe(2);
      // Later writes follow it, and the next start neither retries nor reports it again.
      await load(store, bundles.slice(3, 4));
      expect(await store.storedSeq()).toBe(4);
    } finally {
      await store.close();
    }
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'opened', applied: 0, skipped: 0, notes: [] });
      expect((await store.counts()).nodes.Report).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('takes back the journal entry of a transaction that rolls back', async () => {
    const dir = tempDir();
    const store = await open(dir);
    try {
      await load(store, bundles.slice(0, 2));
      const failing = store.ingestBundle(bundles[2]!, {
        beforeCommit: async () => {
          throw new DomainError('SERVICE_UNAVAILABLE', 'the commit failed');
        },
      });
      await expect(failing).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(journalLines(dir)).toHaveLength(2);
      expect(await store.storedSeq()).toBe(2);
      expect((await store.ingestBundle(bundles[2]!)).status).toBe('CREATED');
      expect(journalLines(dir).map((l) => l.split('\t')[0])).toEqual(['1', '2', '3']);
    } finally {
      await store.close();
    }
  });

  it('folds a grown journal into a base snapshot, and rebuilds from base plus the entries after it', async () => {
    const dir = tempDir();
    let store = await open(dir, { journalCompactBytes: 20_000 });
    const ids = await load(store, bundles);
    await store.close();
    const files = journalFiles(dir);
    const base = files.find((f) => f.startsWith('base-'));
    expect(base).toBeDefined();
    const baseSeq = Number(/base-(\d+)/.exec(base!)![1]);
    expect(baseSeq).toBeGreaterThan(0);
    expect(files).toEqual([
      `base-${String(baseSeq).padStart(12, '0')}.kuzu`,
      `bundles-${String(baseSeq).padStart(12, '0')}.ndjson`,
    ]);
    expect(journalLines(dir).length).toBe(bundles.length - baseSeq);
    store = await open(dir);
    const before = await contents(store, ids);
    await store.close();
    damage(dir);
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'rebuilt', applied: bundles.length - baseSeq });
      expect(store.openReport.notes[0]).toMatch(/applied to its base snapshot/);
      expect(await contents(store, ids)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('gives a store that had no journal a base snapshot, so it too can be rebuilt', async () => {
    const dir = tempDir();
    let store = await open(dir, { journal: false });
    const ids = await load(store, bundles.slice(0, 5));
    await store.close();
    expect(existsSync(join(dir, 'journal'))).toBe(false);
    store = await open(dir);
    expect(store.openReport.notes).toEqual([
      'journal started: the store as it is now is its base (a copy of the data file)',
    ]);
    const all = [...ids, ...(await load(store, bundles.slice(5, 7)))];
    const before = await contents(store, all);
    await store.close();
    damage(dir);
    store = await open(dir);
    try {
      expect(store.openReport).toMatchObject({ state: 'rebuilt', applied: 2 });
      expect(await contents(store, all)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('refuses to guess when the journal itself is damaged before its last line: STORE_CORRUPT, nothing moved', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await load(store, bundles.slice(0, 3));
    await store.close();
    const file = join(dir, 'journal', 'bundles-000000000000.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"report"', '"rep0rt"');
    writeFileSync(file, lines.join('\n'));
    const err = await open(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'STORE_CORRUPT' });
    expect((err as Error).message).toMatch(/journal .*bundles-000000000000\.ndjson is damaged/);
    expect(readdirSync(dir).filter((f) => f.startsWith('damaged-'))).toEqual([]);
  });

  it('a second opener of a directory in use touches nothing of its journal (a server may be mid-append)', async () => {
    const dir = tempDir();
    const store = await open(dir);
    try {
      await load(store, bundles.slice(0, 2));
      const file = join(dir, 'journal', 'bundles-000000000000.ndjson');
      appendFileSync(file, '3\tan append in progress');
      const before = readFileSync(file, 'utf8');
      await expect(open(dir)).rejects.toMatchObject({ code: 'STORE_LOCKED' });
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await store.close();
    }
  });

  it('without a journal, a damaged data file stays STORE_CORRUPT with the way out', async () => {
    const dir = tempDir();
    const store = await open(dir, { journal: false });
    await load(store, bundles.slice(0, 2));
    await store.close();
    damage(dir);
    await expect(open(dir, { journal: false })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });
});
