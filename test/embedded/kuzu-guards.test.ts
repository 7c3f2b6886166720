import kuzu from 'kuzu';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuExecutor, openError } from '../../src/adapters/embedded/kuzu-executor';
import { readBundles } from '../../src/ingestion/seed-loader';
import { CypherGraphStore } from '../../src/store/cypher-graph-store';
import { checkParams, KuzuGuardError, normaliseRow } from '../../src/adapters/embedded/kuzu-guards';
import { DomainError } from '../../src/domain/errors';
import { nodeTable } from '../../src/store/schema';
import { sampleBundle } from '../helpers/sample-bundle';
import { openTempStore } from '../helpers/temp-store';

/** One test per Kuzu 0.11 trap (shared/notes/embedded-store.md): each guard is proven here. */
describe('Kuzu guards (unit)', () => {
  it('trap 1: rejects list parameters that mix integers and fractions, or hold objects or nulls', () => {
    expect(() => checkParams('MATCH (n) WHERE n.v IN $vs RETURN n.id', { vs: [498, 1.5] })).toThrow(
      /mixes integers and fractions/,
    );
    expect(() => checkParams('UNWIND $rows AS r RETURN r', { rows: [{ a: 1 }] })).toThrow(KuzuGuardError);
    expect(() => checkParams('MATCH (n) WHERE n.id IN $ids RETURN n.id', { ids: ['a', null] })).toThrow(
      KuzuGuardError,
    );
  });
  it('trap 1: a row always carries exactly its table columns, each of its type', () => {
    const row = normaliseRow(nodeTable('Figure').columns, { id: 'figure:x', value: 7 });
    expect(Object.keys(row).sort()).toEqual(Object.keys(nodeTable('Figure').columns).sort());
    expect(row.low).toBeNull();
    expect(() => normaliseRow(nodeTable('Figure').columns, { id: 'f', surprise: 1 })).toThrow(
      /unknown column surprise/,
    );
    expect(() => normaliseRow(nodeTable('Figure').columns, { id: 'f', value: '7' })).toThrow(/finite number/);
    expect(() => normaliseRow(nodeTable('Figure').columns, { id: 'f', value: Number.NaN })).toThrow(
      /finite number/,
    );
    expect(() => normaliseRow(nodeTable('Figure').columns, { value: 1 })).toThrow(/id is required/);
  });
  it('trap 2: rejects empty list parameters (x IN $empty segfaults); empty list columns become null', () => {
    expect(() => checkParams('MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id', { ids: [] })).toThrow(
      /empty list/,
    );
    expect(normaliseRow(nodeTable('Actor').columns, { id: 'actor:a', aliases: [] }).aliases).toBeNull();
  });
  it('trap 3: requires exactly the referenced parameters', () => {
    expect(() => checkParams('MATCH (n:Actor {id: $id}) RETURN n.id', {})).toThrow(/\$id is missing/);
    expect(() => checkParams('MATCH (n:Actor) RETURN n.id', { id: 'x' })).toThrow(/\$id is not used/);
    expect(() => checkParams('MATCH (n:Actor {id: $id}) RETURN n.id', { id: undefined })).toThrow(
      /undefined/,
    );
  });
  it('trap 4: rejects JS Dates (they lose their time)', () => {
    expect(() => checkParams('RETURN $d', { d: new Date() })).toThrow(/ISO string/);
  });
  it('rejects UNION (a UNION ALL with an empty first part crashes the process)', () => {
    expect(() => checkParams('MATCH (a) RETURN a.id UNION ALL MATCH (b) RETURN b.id', {})).toThrow(/UNION/);
  });
  it('trap 11: explains a lock held by another process and a WAL that does not replay', () => {
    const locked = openError(new Error('IO exception: Could not set lock on file : /x/graph.kuzu'), '/x');
    expect(locked).toMatchObject({ code: 'STORE_LOCKED' });
    expect(locked.message).toMatch(/in use by another claimgraph process/);
    const corrupt = openError(new Error('Runtime exception: Found duplicated primary key value a'), '/x');
    expect(corrupt).toMatchObject({ code: 'STORE_CORRUPT' });
    expect(corrupt.message).toMatch(/no journal covers it.*move it aside.*re-ingest the reports/);
    expect(corrupt.message).toMatch(
      /Moving \/x\/graph\.kuzu\.wal aside alone opens the store without the writes/,
    );
    expect(corrupt.message).not.toMatch(/duplicated primary key/);
  });
});

describe('Kuzu guards (against the engine)', () => {
  it('trap 1: integer and fractional values of one column survive one write exactly', async () => {
    const { store, dispose } = await openTempStore();
    try {
      const b = sampleBundle();
      b.figures[0]!.value = 1.5;
      b.figures[1]!.value = 7;
      b.figures[1]!.low = 5;
      b.figures[1]!.high = 9.25;
      const ids = (await store.listFigures({}, { first: 10 })).ids;
      expect(ids).toEqual([]);
      await store.ingestBundle(b);
      const figures = [
        ...(await store.getFigures((await store.listFigures({}, { first: 10 })).ids)).values(),
      ];
      expect(figures.map((f) => [f.value, f.low, f.high]).sort()).toEqual([
        [1.5, null, null],
        [7, 5, 9.25],
      ]);
    } finally {
      await dispose();
    }
  });

  it('trap 8: refuses a second Database on the same directory in one process', async () => {
    const { store, dir, dispose } = await openTempStore();
    try {
      const second = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 64 }).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(DomainError);
      expect(second).toMatchObject({ code: 'STORE_LOCKED' });
      expect((await store.health()).ok).toBe(true);
    } finally {
      await dispose();
    }
  });

  it('trap 7: serialises concurrent writes; every one lands', async () => {
    const { store, dispose } = await openTempStore();
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.ingestBundle(sampleBundle({ url: `https://example.org/${i}` })),
        ),
      );
      expect(results.every((r) => r.status === 'CREATED')).toBe(true);
      expect((await store.counts()).nodes.Report).toBe(8);
    } finally {
      await dispose();
    }
  });

  it('trap 6: writes relationships with per-row prepared statements, never UNWIND … MATCH', async () => {
    const { store, dispose } = await openTempStore();
    const prepare = jest.spyOn(kuzu.Connection.prototype, 'prepare');
    try {
      await store.ingestBundle(sampleBundle());
      const texts = prepare.mock.calls.map(([text]) => text);
      expect(texts.some((t) => /MERGE \(a\)-\[e:CLAIMS/.test(t))).toBe(true);
      expect(texts.filter((t) => /UNWIND/i.test(t))).toEqual([]);
    } finally {
      prepare.mockRestore();
      await dispose();
    }
  });

  it('atomicity: a failure in the middle of a write leaves nothing of the bundle', async () => {
    const { store, dispose } = await openTempStore();
    try {
      await store.ingestBundle(sampleBundle({ url: 'https://example.org/first' }));
      const before = await store.counts();
      const original = kuzu.Connection.prototype.execute;
      let n = 0;
      kuzu.Connection.prototype.execute = function (
        this: InstanceType<typeof kuzu.Connection>,
        ...args: Parameters<typeof original>
      ) {
        n++;
        if (n === 25) return Promise.reject(new Error('injected engine failure'));
        return original.apply(this, args);
      } as typeof original;
      try {
        const err = await store
          .ingestBundle(sampleBundle({ url: 'https://example.org/second' }))
          .catch((e: unknown) => e);
        expect(err).toMatchObject({ code: 'INTERNAL' });
        expect((err as Error).message).not.toMatch(/injected/);
      } finally {
        kuzu.Connection.prototype.execute = original;
      }
      expect(await store.counts()).toEqual(before);
      expect((await store.ingestBundle(sampleBundle({ url: 'https://example.org/second' }))).status).toBe(
        'CREATED',
      );
    } finally {
      await dispose();
    }
  });

  it('trap 9: close waits for queued reads, closes every result, and later calls fail clearly', async () => {
    const { store, dispose } = await openTempStore();
    await store.ingestBundle(sampleBundle());
    // Statements already queued finish; the HTTP server drains whole requests before closing the store.
    const reads = Array.from({ length: 20 }, () => store.getPlaces(['place:kherson']));
    await dispose();
    expect((await Promise.all(reads)).every((places) => places.size === 1)).toBe(true);
    await expect(store.search('Kherson', 5)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect((await store.health()).ok).toBe(false);
  });
});

describe('primary-key lookups for small batches', () => {
  it('rewrites `x.id IN $ids` into indexed per-id lookups, keeping the other parameters', () => {
    const { perIdForm, PER_ID_BATCH_LIMIT } = jest.requireActual('../../src/adapters/embedded/kuzu-executor');
    expect(
      perIdForm('MATCH (a:Actor)-[e:CLAIMS]->(f:Figure) WHERE a.id IN $ids AND f.metric = $m RETURN f.id', {
        ids: ['a', 'b'],
        m: 'killed',
      }),
    ).toEqual({
      text: 'MATCH (a:Actor)-[e:CLAIMS]->(f:Figure) WHERE a.id = $id AND f.metric = $m RETURN f.id',
      ids: ['a', 'b'],
      rest: { m: 'killed' },
    });
    expect(
      perIdForm('MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id', {
        ids: Array.from({ length: (PER_ID_BATCH_LIMIT as number) + 1 }, (_, i) => `a${i}`),
      }),
    ).toBeNull();
    expect(perIdForm('MATCH (n:Actor) WHERE n.name IN $ids RETURN n.id', { ids: ['a'] })).toBeNull();
  });

  it('readEach: one primary-key statement per id, its LIMIT per id, answers in the order of the ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-each-'));
    const exec = await KuzuExecutor.open({ dataDir: dir, bufferPoolMb: 64 });
    try {
      const store = await new CypherGraphStore(exec, 'embedded').init();
      for (const { bundle } of readBundles()) await store.ingestBundle(bundle);
      const mentions = 'MATCH (r:Report)-[:MENTIONS]->(a:Actor) WHERE a.id = $id RETURN r.id AS id';
      const rdm = 'actor:russian-defence-ministry';
      const all = (await exec.read(mentions, { id: rdm })).length;
      expect(all).toBeGreaterThan(1);
      const trips = exec.roundTrips;
      const answers = await exec.readEach(`${mentions} LIMIT 1`, [rdm, 'actor:none', rdm]);
      expect(exec.roundTrips).toBe(trips + 1);
      expect(answers.map((a) => a.length)).toEqual([1, 0, 1]);
      expect(await exec.readEach(`${mentions} LIMIT 1`, [])).toEqual([]);
      await expect(exec.readEach('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id', ['x'])).rejects.toThrow();
    } finally {
      await exec.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a large batch as UNWIND (a hash join), each id once, with the same answer as IN', async () => {
    const { unwindForm, PER_ID_BATCH_LIMIT } = jest.requireActual(
      '../../src/adapters/embedded/kuzu-executor',
    );
    expect(
      unwindForm('MATCH (n:Figure) WHERE n.id IN $ids AND n.metric = $m RETURN n.id AS id', {
        ids: ['f1', 'f2', 'f1'],
        m: 'killed',
      }),
    ).toEqual({
      text: 'UNWIND $ids AS batch_id MATCH (n:Figure) WHERE n.id = batch_id AND n.metric = $m RETURN n.id AS id',
      params: { ids: ['f1', 'f2'], m: 'killed' },
    });
    expect(unwindForm('MATCH (n:Figure) WHERE n.id IN $ids RETURN n.id', { ids: [] })).toBeNull();
    // Over the store: a batch beyond the per-id limit, with duplicates and unknown ids, answers like IN.
    const { store, dispose } = await openTempStore();
    try {
      await store.ingestBundle(sampleBundle());
      const known = [...(await store.listFigures({}, { first: 100 })).ids];
      const unknown = Array.from({ length: PER_ID_BATCH_LIMIT as number }, (_, i) => `figure:none-${i}`);
      const ids = [...known, ...known, ...unknown];
      expect([...(await store.getFigures(ids)).keys()].sort()).toEqual([...known].sort());
    } finally {
      await dispose();
    }
  });
});
