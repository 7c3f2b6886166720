import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuExecutor } from '../../src/adapters/embedded';
import { checkpointThresholdBytes } from '../../src/adapters/embedded/kuzu-executor';
import type { ReportBundle } from '../../src/domain/bundle';
import { reportId } from '../../src/domain/ids';
import { CypherGraphStore } from '../../src/store/cypher-graph-store';
import * as W from '../../src/store/cypher/writes';
import { crashBundles } from '../../scripts/crash-bundles';

const POOL_MB = 64;

/** Version `n` of a bundle: the same statements in a revised text, as a corrected article is re-sent. */
const version = (b: ReportBundle, n: number): ReportBundle =>
  n === 0
    ? b
    : {
        ...b,
        report: {
          ...b.report,
          text: `${b.report.text} ${CORRECTION.repeat(n % 4)}(Updated, version ${n + 1}.)`,
        },
      };
/** Corrections make a text longer: updating a long text in place was what pinned the most pool. */
const CORRECTION =
  'Correction: an earlier version of this report misstated a figure; it has been amended. '.repeat(40);

/**
 * Regression for the soak crash (bench/soak.ts with re-sent report versions): every write re-set the
 * full-text columns of the rows it restated, each such update pinned ~14 KB of buffer pool until a
 * checkpoint that a 16 MiB log threshold made rare, the pool filled, and the engine then answered
 * "Write-write conflict" and segfaulted. With unchanged rows skipped and the checkpoint tied to the
 * pool, a small pool takes many versions (before the fix, this pool filled within this test).
 */
describe('embedded store: re-sent report versions', () => {
  let dir: string;
  let exec: KuzuExecutor;
  let store: CypherGraphStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-churn-'));
    exec = await KuzuExecutor.open({ dataDir: dir, bufferPoolMb: POOL_MB });
    store = await new CypherGraphStore(exec, 'embedded').init();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checkpoints long before the pool can fill: at 1/128 of the pool in log, at least 1 MiB', () => {
    expect(checkpointThresholdBytes(1024 * 1024 * 1024)).toBe(8 * 1024 * 1024);
    expect(checkpointThresholdBytes(64 * 1024 * 1024)).toBe(1024 * 1024);
  });

  it(`takes 60 new versions of 12 reports in a ${POOL_MB} MiB pool under concurrent reads, every write answered, the graph whole`, async () => {
    const bundles = crashBundles(12, 5);
    const ids = bundles.map((b) => reportId(b.report.url, b.report.text));
    // Reads running all the time: Kuzu's own checkpoint deadlocked with them for 5 s and then failed.
    let writing = true;
    let reads = 0;
    const readLoop = async (): Promise<void> => {
      while (writing) {
        await store.contentsOfReports(ids);
        await store.timeline('killed');
        reads++;
      }
    };
    const readers = [readLoop(), readLoop()];
    const statuses: string[] = [];
    let first: unknown = null;
    try {
      for (let n = 0; n < 6; n++) {
        for (const b of bundles) statuses.push((await store.ingestBundle(version(b, n))).status);
        first ??= await store.contentsOfReports(ids);
      }
    } finally {
      writing = false;
      await Promise.all(readers);
    }
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(12);
    expect(statuses.filter((s) => s === 'UPDATED')).toHaveLength(60);
    expect(reads).toBeGreaterThan(10);
    // The executor checkpointed between reads, and never failed to.
    expect(exec.checkpointStats.taken).toBeGreaterThan(0);
    expect(exec.checkpointStats.failed).toBe(0);
    // The graph after the last versions states what the first ones did, whole.
    expect(await store.contentsOfReports(ids)).toEqual(first);
  }, 240_000);

  it('restating a report writes no node but the report again: unchanged actor, figure and control rows are skipped', async () => {
    const [b] = crashBundles(1, 99);
    await store.ingestBundle(b!);
    const sent: string[] = [];
    const statements: string[] = [];
    const original = exec.write.bind(exec);
    exec.write = (work) =>
      original((tx) =>
        work({
          ...tx,
          run: (text, params) => {
            statements.push(text);
            return tx.run(text, params);
          },
          mergeNodes: async (label, rows) => {
            sent.push(...rows.map((r) => `${label}:${r.id}`));
            return tx.mergeNodes(label, rows);
          },
        }),
      );
    try {
      expect((await store.ingestBundle(version(b!, 1))).status).toBe('UPDATED');
    } finally {
      exec.write = original;
    }
    // Only the report row itself changed (its text); every other node it states was left as it was.
    expect(sent).toEqual([expect.stringMatching(/^Report:report:/)]);
    // …and that row replaces the stored one instead of updating its long text in place (writes.ts).
    expect(statements).toContain(W.DELETE_REPORT);
  });
});
