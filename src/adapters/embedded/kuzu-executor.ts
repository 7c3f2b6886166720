import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import kuzu, { type KuzuValue } from 'kuzu';
import { DomainError, StoreUnavailableError } from '../../domain/errors';
import type { EdgeType, NodeLabel } from '../../domain/enums';
import * as W from '../../store/cypher/writes';
import type {
  CypherExecutor,
  EdgeRow,
  NodeRow,
  Params,
  Row,
  WriteOptions,
  WriteTx,
} from '../../store/executor';
import { edgeTable, writtenColumns } from '../../store/schema';
import { kuzuDialect } from './kuzu-dialect';
import { checkParams, KuzuGuardError, normaliseRow, plainValue } from './kuzu-guards';
import { kuzuColumnUpgrades, kuzuDdl, kuzuFullTextIndexes } from './kuzu-schema';

export interface KuzuOptions {
  /** Directory holding the database file; created when missing. */
  dataDir: string;
  /** Buffer pool in MiB. Kuzu's default is 80 % of host RAM and ignores cgroup limits. */
  bufferPoolMb: number;
  /** Read connections (reads stop scaling at about two on this engine). */
  readConnections?: number;
  /** Log size that triggers a checkpoint; by default checkpointThresholdBytes(pool). */
  checkpointBytes?: number;
}

/**
 * Kuzu 0.11 plans `n.id IN $ids` as a full table scan, while `n.id = $id` is a primary-key lookup
 * (measured at 200k nodes: 16.6 ms vs 0.47 ms). Batches up to this size run as parallel equality
 * lookups, whose cost grows with the ids and not with the table; larger ones run as one UNWIND hash
 * join (unwindForm), whose cost grows with the table. Measured at 1M figures (1.7M nodes), 200 figure
 * ids: per-id lookups 30 ms in all, the UNWIND join 207 ms (`UNWIND … MATCH (n:Figure {id: x})`, the
 * property-map form, is planned as the same join: 211 ms), `IN` 1,189 ms. 1,024 lookups cost about what
 * one join costs at that size; a network of up to 2,000 nodes reads its names in two such batches.
 */
export const PER_ID_BATCH_LIMIT = 1024;
const IN_IDS = /\b([A-Za-z_][A-Za-z0-9_]*)\.id IN \$ids\b/;

/** The per-id form of a batched statement, or null when it has none. */
export function perIdForm(
  text: string,
  params: Params,
): { text: string; ids: string[]; rest: Params } | null {
  const m = IN_IDS.exec(text);
  const ids = params.ids;
  if (!m || !Array.isArray(ids) || ids.length > PER_ID_BATCH_LIMIT || text.split('$ids').length !== 2)
    return null;
  const { ids: _ids, ...rest } = params;
  return { text: text.replace(m[0], `${m[1]}.id = $id`), ids: ids.map(String), rest };
}

/**
 * The form of a large batch: `UNWIND $ids AS id … WHERE n.id = id` is planned as a hash join, while
 * `n.id IN $ids` compares every row with every id (measured, 200 ids: 21 ms vs 4 ms at 10k figures,
 * 1,000–1,250 ms vs 205–230 ms at 1M). Ids are made unique, so a batch answers each id once as IN does.
 */
export function unwindForm(text: string, params: Params): { text: string; params: Params } | null {
  const m = IN_IDS.exec(text);
  const ids = params.ids;
  if (
    !m ||
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !text.startsWith('MATCH ') ||
    text.split('$ids').length !== 2
  )
    return null;
  return {
    text: `UNWIND $ids AS batch_id ${text.replace(m[0], `${m[1]}.id = batch_id`)}`,
    params: { ...params, ids: [...new Set(ids.map(String))] },
  };
}

const FULL_TEXT_QUERY = /\bQUERY_FTS_INDEX\b/;
/** A statement that changes rows (a rolled-back transaction that ran one is followed by a checkpoint). */
const WRITE_CLAUSE = /\b(CREATE|MERGE|SET|DELETE)\b/;
/** A statement that starts from one node by primary key (`x.id = $param`). */
const POINT_QUERY = /\.id = \$/;

/**
 * Kuzu's own checkpoint after a commit deadlocks with concurrent reads (kuzu 0.11.3,
 * transaction_manager.cpp): the committing thread holds the lock that a finishing read transaction
 * needs, then waits for every read to finish; after 5 s it gives up, having stalled every request, and
 * the log is never checkpointed (bench/soak.ts: reads timed out at 15 s, then the pool filled). So the
 * executor checkpoints itself: after a write whose log has passed the threshold, it closes this gate to
 * new reads, waits for the reads in flight, checkpoints on the write lane and opens the gate.
 */
class CheckpointGate {
  private waiting: Promise<void> | null = null;
  private open: () => void = () => undefined;
  get closed(): boolean {
    return this.waiting !== null;
  }
  opened(): Promise<void> {
    return this.waiting ?? Promise.resolve();
  }
  close(): void {
    this.waiting ??= new Promise((resolve) => (this.open = resolve));
  }
  reopen(): void {
    this.waiting = null;
    this.open();
  }
}

/**
 * The write-ahead-log size at which the executor checkpoints (CheckpointGate). Committed changes hold
 * buffer-pool pages until the next checkpoint, and how many per byte of log depends on the write: ~2 to 1
 * for a new report version now (~85 KB of pool, ~40 KB of log, measured), up to ~150 to 1 for an update
 * of a full-text column (which is why unchanged rows are never rewritten: cypher-graph-store.ts). Kuzu's
 * default, 16 MiB at any pool size, let a 256 MiB pool fill before the fixes. Tied to the pool: 1/128 of
 * it, at least 1 MiB; a checkpoint costs a short pause of reads and grows the file, so not more often.
 */
export function checkpointThresholdBytes(bufferPoolBytes: number): number {
  return Math.max(1024 * 1024, Math.floor(bufferPoolBytes / 128));
}

/** Trap 8: a second Database on one path in one process silently loses writes. One per path. */
const OPEN_PATHS = new Set<string>();

type Conn = InstanceType<typeof kuzu.Connection>;
type Prepared = InstanceType<typeof kuzu.PreparedStatement>;

/** A connection with its own queue (one statement at a time) and prepared-statement cache. */
class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, Prepared>();
  pending = 0;
  /** Read lanes share the checkpoint gate: while it is closed no new statement starts on them. */
  constructor(
    readonly conn: Conn,
    private readonly gate: CheckpointGate | null = null,
  ) {}

  enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.gate?.closed) return this.gate.opened().then(() => this.enqueue(work));
    this.pending++;
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined).finally(() => this.pending--);
    return run;
  }

  /** Resolves once every statement already queued on this lane has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  /** Runs one statement; every QueryResult is closed (trap 9: an open result segfaults at exit). */
  async run(text: string, params: Params | null): Promise<Row[]> {
    let result;
    if (params && Object.keys(params).length > 0) {
      let ps = this.prepared.get(text);
      if (!ps) {
        ps = await this.conn.prepare(text);
        if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
        if (this.prepared.size > 500) this.prepared.clear();
        this.prepared.set(text, ps);
      }
      result = await this.conn.execute(ps, params as Record<string, KuzuValue>);
    } else {
      result = await this.conn.query(text);
    }
    const results = Array.isArray(result) ? result : [result];
    try {
      const last = results[results.length - 1]!;
      // The result is complete in memory once execute() resolves. getAll() would fetch it one row per
      // thread-pool hop (getNextAsync); getAllSync() converts the same rows in one pass on this thread,
      // where the JS objects must be made anyway (measured: see bench/results, "store floor").
      const rows = last.getAllSync() as Row[];
      return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plainValue(v)])));
    } finally {
      for (const r of results) r.close();
    }
  }
}

/**
 * The embedded store's executor: Kuzu in-process. One Database per path per process; one write lane
 * (trap 7: one write transaction at a time) and a small pool of read lanes. Engine messages never
 * leave this file: they become domain errors.
 */
export class KuzuExecutor implements CypherExecutor {
  readonly dialect = kuzuDialect;
  private db: InstanceType<typeof kuzu.Database> | null = null;
  private writer: Lane | null = null;
  private readers: Lane[] = [];
  /**
   * Reads with no primary-key form (scans: timelines, lists, counts, large network frontiers) get a lane
   * of their own, so a point lookup never queues behind a scan (head-of-line blocking; bench/soak.ts).
   */
  private scanner: Lane | null = null;
  private path = '';
  private trips = 0;
  private closing: Promise<void> | null = null;
  private readonly gate = new CheckpointGate();
  private checkpoints = 0;
  private failedCheckpoints = 0;
  private readonly checkpointBytes: number;
  /** The last process left a write-ahead log behind (it did not close cleanly): Kuzu replays it at open. */
  private replayedWal = false;

  private constructor(private readonly options: KuzuOptions) {
    this.checkpointBytes =
      options.checkpointBytes ?? checkpointThresholdBytes(options.bufferPoolMb * 1024 * 1024);
  }

  static async open(options: KuzuOptions): Promise<KuzuExecutor> {
    const ex = new KuzuExecutor(options);
    await ex.openDatabase();
    return ex;
  }

  get roundTrips(): number {
    return this.trips;
  }

  private async openDatabase(): Promise<void> {
    mkdirSync(this.options.dataDir, { recursive: true });
    const dir = realpathSync(resolve(this.options.dataDir));
    this.path = `${dir}/graph.kuzu`;
    const wal = `${this.path}.wal`;
    this.replayedWal = existsSync(wal) && statSync(wal).size > 0;
    if (OPEN_PATHS.has(this.path))
      throw new DomainError('STORE_LOCKED', `the data directory ${dir} is already open in this process`);
    try {
      if (!existsSync(this.path)) await createAtomically(this.path, this.options.bufferPoolMb);
      const pool = this.options.bufferPoolMb * 1024 * 1024;
      // Kuzu's automatic checkpoint is off: it deadlocks with concurrent reads (CheckpointGate).
      this.db = new kuzu.Database(this.path, pool, true, false, 0, false);
      await this.db.init();
      this.writer = new Lane(new kuzu.Connection(this.db));
      await this.writer.conn.init();
      for (let i = 0; i < (this.options.readConnections ?? 2); i++) {
        const c = new kuzu.Connection(this.db);
        await c.init();
        this.readers.push(new Lane(c, this.gate));
      }
      const scan = new kuzu.Connection(this.db);
      await scan.init();
      this.scanner = new Lane(scan, this.gate);
    } catch (err) {
      await this.closeQuietly();
      throw openError(err, dir);
    }
    OPEN_PATHS.add(this.path);
  }

  async ensureSchema(): Promise<void> {
    await this.writer!.enqueue(async () => {
      for (const ddl of [...kuzuDdl(), ...kuzuColumnUpgrades()]) await this.writer!.run(ddl, null);
      const existing = new Set(
        (await this.writer!.run('CALL SHOW_INDEXES() RETURN *', null)).map((r) =>
          String(r['index name'] ?? r.index_name ?? ''),
        ),
      );
      for (const idx of kuzuFullTextIndexes()) {
        // Kuzu 0.11.3: after a WAL replay the full-text indexes are inconsistent, and the next update of
        // an indexed row segfaults the process (found by scripts/crash-safety.ts). Rebuilt from the table.
        if (existing.has(idx.name) && this.replayedWal)
          await this.writer!.run(`CALL DROP_FTS_INDEX('${idx.table}', '${idx.name}')`, null);
        if (!existing.has(idx.name) || this.replayedWal) await this.writer!.run(idx.statement, null);
      }
    });
  }

  private scanLane(): Lane {
    if (!this.scanner || this.closing) throw new StoreUnavailableError('the embedded store is closed');
    return this.scanner;
  }

  private lane(): Lane {
    if (!this.db || this.closing) throw new StoreUnavailableError('the embedded store is closed');
    return this.readers.reduce((best, l) => (l.pending < best.pending ? l : best), this.readers[0]!);
  }

  /**
   * One logical round trip per call: a batch split into per-id lookups (see PER_ID_BATCH_LIMIT) is
   * still one request to the store, answered by parallel index lookups inside this process.
   */
  async read(text: string, params: Params = {}): Promise<Row[]> {
    checkParams(text, params);
    this.trips++;
    const split = perIdForm(text, params);
    try {
      if (!split) {
        // Kuzu 0.11.3: a full-text query running while a write transaction updates the indexes corrupts
        // the heap and aborts the process (glibc "malloc(): invalid next size"; found by bench/soak.ts).
        // Full-text queries therefore queue on the write lane: never beside a write, always consistent.
        const lane =
          FULL_TEXT_QUERY.test(text) && this.writer && !this.closing
            ? this.writer
            : POINT_QUERY.test(text)
              ? this.lane()
              : this.scanLane();
        const big = unwindForm(text, params);
        if (big) return await lane.enqueue(() => lane.run(big.text, big.params));
        return await lane.enqueue(() => lane.run(text, params));
      }
      const parts = await Promise.all(
        split.ids.map((id) => {
          const lane = this.lane();
          return lane.enqueue(() => lane.run(split.text, { ...split.rest, id }));
        }),
      );
      return parts.flat();
    } catch (err) {
      throw translate(err);
    }
  }

  /** One primary-key statement per id, spread over the read lanes; one logical round trip. */
  async readEach(text: string, ids: readonly string[], params: Params = {}): Promise<Row[][]> {
    if (ids.length === 0) return [];
    checkParams(text, { ...params, id: ids[0] });
    if (!POINT_QUERY.test(text) || FULL_TEXT_QUERY.test(text))
      throw new KuzuGuardError('readEach takes a statement about one node by primary key (`x.id = $id`)');
    this.trips++;
    try {
      return await Promise.all(
        ids.map((id) => {
          const lane = this.lane();
          return lane.enqueue(() => lane.run(text, { ...params, id }));
        }),
      );
    } catch (err) {
      throw translate(err);
    }
  }

  async write<T>(work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    if (!this.db || this.closing) throw new StoreUnavailableError('the embedded store is closed');
    const lane = this.writer!;
    return lane.enqueue(async () => {
      const wrote = { any: false };
      const tx = this.transaction(lane, wrote);
      await lane.run('BEGIN TRANSACTION', null);
      try {
        const out = await work(tx);
        await lane.run('COMMIT', null);
        // Next on the write lane, after this write has been answered.
        void lane.enqueue(() => this.checkpointIfDue(lane));
        return out;
      } catch (err) {
        await lane.run('ROLLBACK', null).catch(() => undefined);
        // Kuzu 0.11.3: a rolled-back update leaves the row's version behind, and later transactions that
        // update the row fail with "Write-write conflict of updating the same row" (with one writer!) until
        // a checkpoint: 48 of 200 rounds in a probe, some needing 20 retries; none with a checkpoint after
        // the rollback (test/embedded/rollback.test.ts). So a rolled-back write is followed by one.
        if (wrote.any) await this.checkpointOn(lane).catch(() => undefined);
        await options.onRollback?.();
        throw translate(err);
      }
    });
  }

  /** Checkpoints with no read in flight (CheckpointGate); call on the write lane, inside its queue. */
  private async checkpointOn(writer: Lane): Promise<void> {
    this.gate.close();
    try {
      await Promise.all([this.scanner, ...this.readers].map((l) => l?.idle()));
      await writer.run('CHECKPOINT', null);
      this.checkpoints++;
    } catch (err) {
      this.failedCheckpoints++;
      throw err;
    } finally {
      this.gate.reopen();
    }
  }

  /**
   * Runs `work` on the write lane right after a checkpoint: no write runs, the log is empty, and the
   * data file holds every committed write (a consistent file to copy; journal.ts). Reads pause only
   * for the checkpoint itself. Throws when the checkpoint fails.
   */
  async afterCheckpoint<T>(work: (dataFile: string) => Promise<T>): Promise<T> {
    if (!this.db || this.closing) throw new StoreUnavailableError('the embedded store is closed');
    const lane = this.writer!;
    return lane.enqueue(async () => {
      await this.checkpointOn(lane).catch((err: unknown) => Promise.reject(translate(err)));
      return work(this.path);
    });
  }

  /** The database file (`<dataDir>/graph.kuzu`). */
  get dataFile(): string {
    return this.path;
  }

  /**
   * Checkpoints once the log has passed the threshold, with no read in flight (CheckpointGate). A failed
   * checkpoint loses nothing (the log stays and replays); the next write tries again.
   */
  private async checkpointIfDue(writer: Lane): Promise<void> {
    const wal = `${this.path}.wal`;
    if (!existsSync(wal) || statSync(wal).size < this.checkpointBytes) return;
    await this.checkpointOn(writer).catch(() => undefined);
  }

  /** Checkpoints taken and failed since open (for tests and benchmarks). */
  get checkpointStats(): { taken: number; failed: number } {
    return { taken: this.checkpoints, failed: this.failedCheckpoints };
  }

  private transaction(lane: Lane, wrote: { any: boolean }): WriteTx {
    const run = async (text: string, params: Params = {}): Promise<Row[]> => {
      checkParams(text, params);
      this.trips++;
      if (!wrote.any && WRITE_CLAUSE.test(text)) wrote.any = true;
      const split = perIdForm(text, params);
      if (!split) return lane.run(text, params);
      const rows: Row[] = [];
      for (const id of split.ids) rows.push(...(await lane.run(split.text, { ...split.rest, id })));
      return rows;
    };
    return {
      run,
      // Trap 1 and 6: per-row prepared statements inside the transaction, never UNWIND over rows.
      mergeNodes: async (label: NodeLabel | 'Alias' | 'Block', rows: NodeRow[]) => {
        const text = W.mergeNodeRow(label);
        const columns = writtenColumns(label);
        for (const row of rows) await run(text, normaliseRow(columns, row));
      },
      mergeEdges: async (type: EdgeType, from: NodeLabel, to: NodeLabel, rows: EdgeRow[]) => {
        const text = W.mergeEdgeRow(type, from, to);
        const columns = edgeTable(type).columns;
        for (const row of rows) await run(text, normaliseRow(columns, row, ['from', 'to']));
      },
    };
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    if (!this.db || this.closing) return { ok: false, detail: 'closed' };
    try {
      await this.read('RETURN 1 AS ok');
      return { ok: true, detail: `kuzu ${kuzu.VERSION} at ${this.path}` };
    } catch {
      return { ok: false, detail: 'the embedded store does not answer' };
    }
  }

  /** Waits for queued statements, then closes connections and the database (trap 9 order). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const lanes = [this.writer, this.scanner, ...this.readers].filter((l): l is Lane => l !== null);
      await Promise.all(lanes.map((l) => l.enqueue(async () => undefined)));
      await this.closeQuietly();
    })();
    return this.closing;
  }

  private async closeQuietly(): Promise<void> {
    for (const l of [this.writer, this.scanner, ...this.readers])
      await l?.conn.close().catch(() => undefined);
    await this.db?.close().catch(() => undefined);
    OPEN_PATHS.delete(this.path);
    this.db = null;
    this.writer = null;
    this.scanner = null;
    this.readers = [];
  }
}

/**
 * A new database is built under a temporary name and renamed into place once its tables and full-text
 * indexes exist. CREATE_FTS_INDEX takes several steps that cannot share a transaction, and a process
 * killed between them leaves a file that never opens again ("Table: 0_actor_fts_docs already exists";
 * 18 of 30 kills during a first start, found by scripts/crash-safety.ts). A leftover staging file is
 * discarded: it never held data.
 */
async function createAtomically(path: string, bufferPoolMb: number): Promise<void> {
  const staging = `${path}.creating`;
  for (const f of [staging, `${staging}.wal`]) rmSync(f, { force: true });
  const db = new kuzu.Database(staging, bufferPoolMb * 1024 * 1024);
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  try {
    for (const statement of [...kuzuDdl(), ...kuzuFullTextIndexes().map((i) => i.statement)]) {
      const result = await conn.query(statement);
      for (const r of Array.isArray(result) ? result : [result]) r.close();
    }
  } finally {
    await conn.close();
    await db.close();
  }
  // A clean close checkpoints and removes the log; a log left over would belong to the staging name.
  if (existsSync(`${staging}.wal`))
    throw new Error(`creating ${path}: the new database left a write-ahead log behind`);
  renameSync(staging, path);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Engine errors at open: a lock held by another process, or a WAL that cannot be replayed. */
export function openError(err: unknown, dir: string): DomainError {
  const m = message(err);
  if (/lock/i.test(m))
    return new DomainError(
      'STORE_LOCKED',
      `the data directory ${dir} is in use by another claimgraph process; stop it or set DATA_DIR to another directory`,
    );
  if (/not a valid .*database file/i.test(m))
    return new DomainError(
      'STORE_CORRUPT',
      `${dir}/graph.kuzu is not a readable database file (damaged, truncated or overwritten). ` +
        `Restore the directory from a backup, or move it aside, start with an empty DATA_DIR and re-ingest the reports.`,
    );
  if (/duplicated primary key|wal|corrupt|checksum|invalid/i.test(m))
    return new DomainError(
      'STORE_CORRUPT',
      `the embedded store in ${dir} could not be opened (its write-ahead log does not replay), and no journal ` +
        `covers it to rebuild from. Restore the directory from a backup, or move it aside, start with an empty ` +
        `DATA_DIR and re-ingest the reports. (Moving ${dir}/graph.kuzu.wal aside alone opens the store without ` +
        `the writes since its last checkpoint, and may leave part of one behind.)`,
    );
  return new DomainError('SERVICE_UNAVAILABLE', `the embedded store in ${dir} could not be opened`);
}

/** Statement errors: guards and domain errors pass through; engine text is never shown to clients. */
function translate(err: unknown): Error {
  if (err instanceof DomainError || err instanceof KuzuGuardError) return err;
  // Many large reads at once can fill the buffer pool (seen at 1M figures, 32 concurrent network
  // reads): a momentary overload, answered as SERVICE_UNAVAILABLE with the setting that raises it.
  const busy = err instanceof Error && /buffer pool is full/i.test(err.message);
  const wrapped = busy
    ? new StoreUnavailableError(
        'the embedded store is out of buffer memory for now; try again, or raise KUZU_BUFFER_POOL_MB',
      )
    : new DomainError('INTERNAL', 'the embedded store failed to run a statement');
  (wrapped as Error & { cause?: unknown }).cause = err;
  return wrapped;
}
