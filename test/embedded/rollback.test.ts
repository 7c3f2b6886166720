import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuExecutor } from '../../src/adapters/embedded';
import { SET_JOURNAL_SEQ, JOURNAL_SEQ } from '../../src/adapters/embedded/kuzu-schema';

/**
 * Kuzu 0.11.3 leaves a rolled-back update's version on the row: later transactions that update the same
 * row fail with "Write-write conflict of updating the same row", though one writer runs at a time (a
 * probe: 48 of 200 rounds failed the first retry, one needed 22). The executor checkpoints after a
 * rolled-back write, which clears it. Every round here would otherwise risk the conflict.
 */
describe('embedded store: a write after a rolled-back write', () => {
  let dir: string;
  let exec: KuzuExecutor;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-rollback-'));
    exec = await KuzuExecutor.open({ dataDir: dir, bufferPoolMb: 64 });
    await exec.ensureSchema();
  });
  afterAll(async () => {
    await exec.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('updates the same row 100 times after 100 rolled-back updates of it, with no conflict', async () => {
    const before = exec.checkpointStats.taken;
    let seq = 0;
    for (let round = 0; round < 100; round++) {
      await exec.write(async (tx) => void (await tx.run(SET_JOURNAL_SEQ, { seq: ++seq })));
      const failed = exec.write(async (tx) => {
        await tx.run(SET_JOURNAL_SEQ, { seq: -1 });
        throw new Error('the work failed after an update');
      });
      await expect(failed).rejects.toThrow();
      await exec.write(async (tx) => void (await tx.run(SET_JOURNAL_SEQ, { seq: ++seq })));
    }
    expect(await exec.read(JOURNAL_SEQ)).toEqual([{ seq: 200 }]);
    expect(exec.checkpointStats.taken - before).toBeGreaterThanOrEqual(100);
  });

  it('a rolled-back transaction that only read is not followed by a checkpoint', async () => {
    const before = exec.checkpointStats.taken;
    await expect(
      exec.write(async (tx) => {
        await tx.run(JOURNAL_SEQ);
        throw new Error('refused after a read');
      }),
    ).rejects.toThrow();
    expect(exec.checkpointStats.taken).toBe(before);
  });
});
