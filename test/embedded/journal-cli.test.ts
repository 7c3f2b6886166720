/** `npm run journal -- list | export DIR` and `npm run seed -- DIR`, the compiled commands as a user runs them. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import type { ReportBundle } from '../../src/domain/bundle';
import { crashBundles } from '../../scripts/crash-bundles';
import { ROOT, ensureBuilt } from '../hardening/processes';
import { tempDirs } from '../helpers/temp-dirs';

jest.setTimeout(240_000);

const tempDir = tempDirs('claimgraph-journal-cli-');

const run = (cli: string, args: string[], dataDir: string) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', cli), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', CLAIMGRAPH_STORE: 'embedded' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the journal commands', () => {
  const bundles = crashBundles(3, 9);
  const revised: ReportBundle = {
    ...bundles[0]!,
    report: { ...bundles[0]!.report, text: `${bundles[0]!.report.text} (Updated with a correction.)` },
  };
  let source: string;
  let ids: string[];
  beforeAll(async () => {
    ensureBuilt();
    source = tempDir();
    const store = await openEmbeddedStore({ dataDir: source, bufferPoolMb: 64 });
    ids = [];
    for (const b of [...bundles, revised]) ids.push((await store.ingestBundle(b)).reportId);
    await store.close();
  });

  it('lists every journaled write in order, a re-sent report as its next version', () => {
    const { code, out } = run('journal.js', ['list'], source);
    expect(code).toBe(0);
    expect(out).toMatch(/^base: an empty store \(entry 0\)$/m);
    const rows = out.split('\n').filter((l) => /^\s+\d+\s+report:/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(['1', '2', '3', '4']);
    expect(rows[0]).toContain(`${ids[0]}  first`);
    expect(rows[3]).toContain(`${ids[0]}  version 2`);
    expect(out).toMatch(/^4 entries after the base, 3 report\(s\)$/m);
  });

  it('names an untitled entry by its publisher and the start of its text, and stops quietly when its reader does', async () => {
    const dir = tempDir();
    const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 64 });
    const untitled: ReportBundle = {
      ...bundles[1]!,
      report: {
        ...bundles[1]!.report,
        title: null,
        url: null,
        publisher: 'Ukrinform',
        text: `Kherson  was\ncontested on 2 March. ${bundles[1]!.report.text}`,
      },
    };
    await store.ingestBundle(untitled);
    await store.close();
    const { out } = run('journal.js', ['list'], dir);
    expect(out).toMatch(/ {2}Ukrinform {2}"Kherson was contested on 2 March\. [^"\n]{26}…" {2}figures /);
    // A reader that goes away at once (`| head` that has read enough): an exit 0, no EPIPE stack trace.
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'journal.js'), 'list'], {
      env: { ...process.env, DATA_DIR: dir },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  });

  it('exports the bundles, and seeding them into an empty store gives the same graph', async () => {
    const out = join(tempDir(), 'bundles');
    expect(run('journal.js', ['export', out], source).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([1, 2, 3, 4].map((n) => `${String(n).padStart(12, '0')}.json`));
    const target = tempDir();
    const seeded = run('seed.js', [out], target);
    expect(seeded.code).toBe(0);
    expect(
      seeded.out
        .split('\n')
        .map((l) => l.split(' ')[0])
        .filter(Boolean)
        .slice(0, 4),
    ).toEqual(['CREATED', 'CREATED', 'CREATED', 'UPDATED']);
    const [a, b] = [
      await openEmbeddedStore({ dataDir: source, bufferPoolMb: 64 }),
      await openEmbeddedStore({ dataDir: target, bufferPoolMb: 64 }),
    ];
    try {
      expect(await b.counts()).toEqual(await a.counts());
      const reports = (s: typeof a) => s.getReports(ids).then((m) => [...m.values()]);
      expect(await reports(b)).toEqual(await reports(a));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers a wrong command with its usage, exit 2, and a directory with no journal plainly', () => {
    const bad = run('journal.js', ['delete'], source);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^usage: npm run journal -- list/);
    const none = run('journal.js', ['list'], tempDir());
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/^no journal in /);
  });
});
