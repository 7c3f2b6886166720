import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grafeoBinding, GrafeoExecutor, openGrafeoStore } from '../../src/adapters/grafeo';
import { UNWIND_BATCH } from '../../src/adapters/grafeo/grafeo-executor';
import { DomainError } from '../../src/domain/errors';
import { nodesByIds } from '../../src/store/cypher/reads';
import { sampleBundle } from '../helpers/sample-bundle';

const binding = grafeoBinding();
// Skipped only where Grafeo's native binding does not load (Linux x64 glibc alone); it runs on these machines.
const describeGrafeo = binding instanceof Error ? describe.skip : describe;
if (binding instanceof Error) console.log(`Grafeo executor tests skipped: ${binding.message}`);

const actor = (id: string, name = 'A name') => ({
  id,
  name,
  kind: 'PERSON',
  aliases: ['x'],
  aliasText: null,
  affiliationId: null,
  role: null,
});

describeGrafeo('GrafeoExecutor', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-grafeo-exec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ids = async (exec: GrafeoExecutor, wanted: string[]) =>
    (await exec.read(nodesByIds('Actor'), { ids: wanted })).map((r) => r.id);

  it('rolls back everything a transaction wrote when its work fails, engine errors included', async () => {
    const exec = GrafeoExecutor.open({ inMemory: true });
    await exec.ensureSchema();
    await expect(
      exec.write(async (tx) => {
        await tx.mergeNodes('Actor', [actor('actor:a')]);
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    const err = await exec
      .write(async (tx) => {
        await tx.mergeNodes('Actor', [actor('actor:b')]);
        await tx.run('MATCH (n RETURN n');
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('INTERNAL');
    // The engine's message (it quotes the statement) stays in `cause`, never in the message.
    expect((err as Error).message).not.toMatch(/GRAFEO|syntax|MATCH/);
    expect(await ids(exec, ['actor:a', 'actor:b'])).toEqual([]);
    await exec.close();
  });

  it('refuses a row with an unknown column before the engine sees it', async () => {
    const exec = GrafeoExecutor.open({ inMemory: true });
    await expect(
      exec.write((tx) => tx.mergeNodes('Actor', [{ ...actor('actor:c'), nmae: 'typo' }])),
    ).rejects.toThrow('row has unknown column nmae');
    await exec.close();
  });

  it('merges more rows than one UNWIND batch holds, idempotently, and serialises concurrent writes', async () => {
    const exec = GrafeoExecutor.open({ inMemory: true });
    await exec.ensureSchema();
    const rows = Array.from({ length: UNWIND_BATCH + 5 }, (_, i) => actor(`actor:n${i}`));
    await Promise.all([
      exec.write((tx) => tx.mergeNodes('Actor', rows)),
      exec.write((tx) =>
        tx.mergeNodes(
          'Actor',
          rows.map((r) => ({ ...r, name: 'renamed' })),
        ),
      ),
    ]);
    const all = await exec.read('MATCH (n:Actor) RETURN count(n) AS n, collect(DISTINCT n.name) AS names');
    expect(all).toEqual([{ n: UNWIND_BATCH + 5, names: ['renamed'] }]);
    await exec.close();
  });

  it('keeps committed writes across a reopen and refuses a second open of an open directory', async () => {
    const store = await openGrafeoStore({ dataDir: dir });
    const result = await store.ingestBundle(sampleBundle());
    const second = await openGrafeoStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DomainError);
    expect((second as DomainError).code).toBe('STORE_LOCKED');
    await store.close();
    const reopened = await openGrafeoStore({ dataDir: dir });
    expect((await reopened.getReports([result.reportId])).size).toBe(1);
    expect((await reopened.search('Arestovich', 3))[0]?.id).toBe('actor:oleksiy-arestovych');
    expect(await reopened.health()).toMatchObject({ ok: true, store: 'grafeo' });
    await reopened.close();
    expect(await reopened.health()).toMatchObject({ ok: false });
    await expect(reopened.getReports([result.reportId])).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
  });
});
