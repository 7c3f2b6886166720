/**
 * The compiled server as an operator runs it (node dist/src/main.js), issue 8 items 3 and 6:
 * SIGTERM drains in-flight requests and closes the store cleanly; a data directory locked by another
 * process stops start-up with one clear line and no stack trace; a damaged database file is rebuilt from
 * the journal (or, without one, stops start-up the same way).
 * Builds dist/ first when a source is newer than dist/src/main.js.
 */
import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import { sampleBundle } from '../helpers/sample-bundle';
import { AUTH, INGEST, TOKEN, rawRequest, type Answer } from './support';
import { crashBundles } from '../../scripts/crash-bundles';
import {
  INGEST_CHILD_JS,
  STACK_FRAME,
  ensureBuilt,
  freePort,
  holdDatabase,
  startChild,
  startMain,
  stopChild,
  type Child,
} from './processes';

jest.setTimeout(240_000);

const dirs: string[] = [];
const children: Child[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'claimgraph-lifecycle-'));
  dirs.push(d);
  return d;
};
const track = (c: Child): Child => {
  children.push(c);
  return c;
};

beforeAll(() => {
  ensureBuilt();
});
afterAll(async () => {
  for (const c of children) await stopChild(c);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  const WRITES = 24;
  const READS = 12;
  let dir: string;
  let main: Child;
  let answers: PromiseSettledResult<Answer>[];
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let drainMs: number;
  let answeredAfterSigterm = 0;

  beforeAll(async () => {
    dir = tempDir();
    const port = await freePort();
    main = track(
      startMain({ DATA_DIR: dir, PORT: String(port), CLAIMGRAPH_TOKEN: TOKEN, SEED_ON_START: 'true' }),
    );
    await main.waitFor(/claimgraph ready/);
    // One connection per request, so each is a separate in-flight exchange the server must finish.
    const agent = new Agent({ keepAlive: false });
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = (query: string, variables: unknown, headers: Record<string, string> = {}) =>
      rawRequest(agent, url, {
        method: 'POST',
        body: JSON.stringify({ query, variables }),
        headers: { 'content-type': 'application/json', ...headers },
      });
    // Writes are serialised by the store (~100 ms each), so most are still queued when SIGTERM comes.
    const inflight = [
      ...Array.from({ length: WRITES }, (_, i) =>
        post(INGEST, { input: sampleBundle({ url: `https://drain.example/${i}` }) }, AUTH),
      ),
      ...Array.from({ length: READS }, (_, i) =>
        post(
          'query($t: String!) { search(text: $t) { id } network(ids: ["place:kherson"], depth: 3) { nodes { id } } }',
          { t: i % 2 ? 'Kherson' : 'Zelensky' },
        ),
      ),
    ];
    // Long enough for the server to accept all connections even on a loaded 2-core CI machine (a
    // connection still in the kernel's backlog at SIGTERM was never in flight and is reset), short
    // enough that most of the serialised writes (~100–250 ms each) are still queued.
    await new Promise((r) => setTimeout(r, 600));
    const t0 = performance.now();
    main.proc.kill('SIGTERM');
    const late = inflight.map((p) => p.then(() => performance.now() > t0));
    answers = await Promise.allSettled(inflight);
    answeredAfterSigterm = (await Promise.allSettled(late)).filter(
      (r) => r.status === 'fulfilled' && r.value,
    ).length;
    exit = await main.exited;
    drainMs = performance.now() - t0;
    agent.destroy();
    console.log(
      `SIGTERM drain: ${WRITES} writes + ${READS} reads sent, ${answeredAfterSigterm} answered after SIGTERM, ` +
        `exit ${exit.code}, ${Math.round(drainMs)} ms from SIGTERM to exit`,
    );
  });

  it('answers every in-flight request in full', () => {
    expect(answeredAfterSigterm).toBeGreaterThan(0); // the drain had work to do
    const failed = answers
      .filter((a) => a.status === 'rejected')
      .map((a) => String((a as PromiseRejectedResult).reason));
    expect(failed).toEqual([]);
    for (const a of answers as PromiseFulfilledResult<Answer>[]) {
      expect(a.value.status).toBe(200);
      expect(a.value.json?.errors).toBeUndefined();
    }
    const statuses = (answers as PromiseFulfilledResult<Answer>[])
      .slice(0, WRITES)
      .map((a) => a.value.json?.data.ingestReport.status);
    expect(statuses).toEqual(Array(WRITES).fill('CREATED'));
  });

  it('exits 0, saying what it does, with nothing on stderr but log lines', () => {
    expect(exit).toEqual({ code: 0, signal: null });
    expect(main.stdout()).toMatch(/SIGTERM: draining requests and closing the store/);
    expect(main.stderr()).not.toMatch(STACK_FRAME);
    expect(main.stdout() + main.stderr()).not.toContain(TOKEN);
  });

  it('leaves a data directory that reopens cleanly with every acknowledged write in it', async () => {
    const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
    try {
      expect((await store.health()).ok).toBe(true);
      const ids = (answers as PromiseFulfilledResult<Answer>[])
        .slice(0, WRITES)
        .map((a) => a.value.json?.data.ingestReport.reportId as string);
      const reports = await store.getReports(ids);
      expect([...reports.keys()].sort()).toEqual([...ids].sort());
      expect((await store.counts()).nodes.Report).toBe(5 + WRITES);
    } finally {
      await store.close();
    }
  });
});

describe('a store that cannot be opened stops start-up with one clear line', () => {
  const startOn = async (dir: string) => {
    const main = track(startMain({ DATA_DIR: dir, PORT: String(await freePort()), SEED_ON_START: 'false' }));
    // Either it exits, or it says it is ready (a waitFor that fails because the process exited never settles).
    const exit = await Promise.race([
      main.exited,
      main.waitFor(/claimgraph ready/, 60_000).then(
        () => 'running' as const,
        () => new Promise<never>(() => undefined),
      ),
    ]);
    return { main, exit };
  };

  it('a data directory held by another process: STORE_LOCKED, exit 1, no stack trace', async () => {
    const dir = tempDir();
    const holder = track(holdDatabase(dir));
    await holder.waitFor(/held/);
    const { main, exit } = await startOn(dir);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(main.stderr()).toMatch(
      /^STORE_LOCKED: the data directory .* is in use by another claimgraph process; stop it or set DATA_DIR/m,
    );
    expect(main.stderr()).not.toMatch(STACK_FRAME);
    // And once the other process is gone, the same directory opens.
    await stopChild(holder, 'SIGTERM');
    const again = await startOn(dir);
    expect(again.exit).toBe('running');
    await stopChild(again.main, 'SIGTERM');
  });

  const seededDir = async (): Promise<string> => {
    const dir = tempDir();
    const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
    await loadSeeds(store);
    await store.close();
    return dir;
  };
  const overwrite = (dir: string): void =>
    writeFileSync(
      join(dir, 'graph.kuzu'),
      Buffer.from('this is not a database, it was overwritten by a careless copy '.repeat(2000)),
    );

  it('a database file overwritten with garbage: rebuilt from the journal at start, said in one line, the damaged file kept', async () => {
    const dir = await seededDir();
    overwrite(dir);
    const { main, exit } = await startOn(dir);
    expect(exit).toBe('running');
    expect(main.stdout()).toMatch(
      /^store: rebuilt from the journal: 5 report write\(s\) applied to an empty store; the files that did not open are in .*damaged-/m,
    );
    expect(main.stderr()).not.toMatch(STACK_FRAME);
    await stopChild(main, 'SIGTERM');
    const reopened = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
    try {
      expect(reopened.openReport.state).toBe('opened');
      expect((await reopened.counts()).nodes.Report).toBe(5);
    } finally {
      await reopened.close();
    }
  });

  it('with no journal as well (a store from before it): STORE_CORRUPT saying how to recover, exit 1, no crash; the recovery works', async () => {
    const dir = await seededDir();
    rmSync(join(dir, 'journal'), { recursive: true });
    overwrite(dir);
    const { main, exit } = await startOn(dir);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(main.stderr()).toMatch(
      /^STORE_CORRUPT: .*graph\.kuzu is not a readable database file.*(backup|re-ingest)/m,
    );
    expect(main.stderr()).not.toMatch(STACK_FRAME);
    // The recovery the message gives: move the file aside and start again.
    renameSync(join(dir, 'graph.kuzu'), join(dir, 'graph.kuzu.damaged'));
    const again = await startOn(dir);
    expect(again.exit).toBe('running');
    await stopChild(again.main, 'SIGTERM');
  });

  it('a write-ahead log full of garbage: the server starts with every report (ignored by Kuzu, or rebuilt from the journal)', async () => {
    const dir = await seededDir();
    writeFileSync(join(dir, 'graph.kuzu.wal'), Buffer.alloc(64 * 1024, 0xa5));
    const { main, exit } = await startOn(dir);
    expect(exit).toBe('running');
    console.log(
      /rebuilt from the journal/.test(main.stdout())
        ? 'a garbage WAL: the store did not open and was rebuilt from the journal'
        : 'a garbage WAL: ignored by Kuzu, data intact',
    );
    await stopChild(main, 'SIGTERM');
    const reopened = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
    try {
      expect((await reopened.counts()).nodes.Report).toBe(5);
    } finally {
      await reopened.close();
    }
  });
});

describe('after SIGKILL', () => {
  /**
   * Kuzu 0.11.3 replays the write-ahead log at the next open but leaves its full-text indexes
   * inconsistent: the first write that updates an indexed row (an actor named again) then segfaulted
   * the server. The embedded adapter now rebuilds the indexes after a replay; this is the regression test.
   */
  it('mid-ingestion: the restarted server serves reads and accepts writes touching the same actors', async () => {
    const dir = tempDir();
    const bundles = crashBundles(12, 11);
    const child = track(
      startChild(process.execPath, [INGEST_CHILD_JS, dir, String(bundles.length), '11', '0'], {}),
    );
    await child.waitFor(/ok 5 /);
    await stopChild(child, 'SIGKILL');
    expect(statSync(join(dir, 'graph.kuzu.wal')).size).toBeGreaterThan(0); // the replay case, not a clean close
    const port = await freePort();
    const main = track(
      startMain({ DATA_DIR: dir, PORT: String(port), CLAIMGRAPH_TOKEN: TOKEN, SEED_ON_START: 'false' }),
    );
    await main.waitFor(/claimgraph ready/);
    const agent = new Agent({ keepAlive: false });
    const post = (query: string, variables: unknown, headers: Record<string, string> = {}) =>
      rawRequest(agent, `http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        body: JSON.stringify({ query, variables }),
        headers: { 'content-type': 'application/json', ...headers },
      });
    const read = await post('{ reports(first: 50) { totalCount } search(text: "enko") { id } }', {});
    expect(read.json?.errors).toBeUndefined();
    const present = read.json!.data.reports.totalCount as number;
    expect(present).toBeGreaterThanOrEqual(6);
    for (const b of bundles.slice(present)) {
      const res = await post(INGEST, { input: b }, AUTH);
      expect(res.json?.errors).toBeUndefined();
      expect(res.json?.data.ingestReport.status).toBe('CREATED');
    }
    expect((await post('{ reports(first: 50) { totalCount } }', {})).json?.data.reports.totalCount).toBe(
      bundles.length,
    );
    agent.destroy();
    main.proc.kill('SIGTERM');
    expect(await main.exited).toEqual({ code: 0, signal: null });
  });

  /**
   * A new database file is created under a staging name and renamed into place once its tables and
   * full-text indexes exist: killed half-way, CREATE_FTS_INDEX used to leave a file that never opened
   * again ("Table: 0_actor_fts_docs already exists").
   */
  it('during the very first start: a leftover half-created database is discarded, and the directory opens', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'graph.kuzu.creating'), Buffer.alloc(8192, 0x42));
    const main = track(startMain({ DATA_DIR: dir, PORT: String(await freePort()), SEED_ON_START: 'true' }));
    await main.waitFor(/claimgraph ready/);
    expect(existsSync(join(dir, 'graph.kuzu.creating'))).toBe(false);
    main.proc.kill('SIGTERM');
    expect(await main.exited).toEqual({ code: 0, signal: null });
    for (const delay of [150, 400, 700]) {
      const d = tempDir();
      const first = track(startMain({ DATA_DIR: d, PORT: String(await freePort()), SEED_ON_START: 'true' }));
      await new Promise((r) => setTimeout(r, delay));
      await stopChild(first, 'SIGKILL');
      const again = track(startMain({ DATA_DIR: d, PORT: String(await freePort()), SEED_ON_START: 'true' }));
      await again.waitFor(/claimgraph ready/);
      again.proc.kill('SIGTERM');
      const ended = await again.exited;
      if (ended.code !== 0)
        console.log(
          `delay ${delay}: ${JSON.stringify(ended)}\n${again.stdout()}\n${again.stderr().slice(-2000)}`,
        );
      expect(ended).toEqual({ code: 0, signal: null });
    }
  });
});
