import { mkdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GrafeoDB, QueryResult, Transaction } from '@grafeo-db/js-linux-x64-gnu';
import type { EdgeType, NodeLabel } from '../../domain/enums';
import { StoreUnavailableError } from '../../domain/errors';
import * as W from '../../store/cypher/writes';
import type { CypherExecutor, EdgeRow, NodeRow, Params, Row, WriteTx } from '../../store/executor';
import { edgeTable, writtenColumns } from '../../store/schema';
import { requireGrafeo } from './grafeo-binding';
import { grafeoDialect } from './grafeo-dialect';
import { grafeoOpenError, translateGrafeoError } from './grafeo-errors';
import { grafeoIndexStatements, grafeoTextIndexes } from './grafeo-schema';
import { normaliseRow, plainRow, toParams } from './grafeo-values';

export type GrafeoOptions =
  /** A persistent store: one database file, `<dataDir>/graph.grafeo`, created when missing. */
  | { dataDir: string; inMemory?: false }
  /** Nothing on disk (tests, benchmarks). */
  | { inMemory: true; dataDir?: undefined };

/** Rows per UNWIND statement: large enough to amortise a round trip, small enough to bound memory. */
export const UNWIND_BATCH = 2000;

type Runner = { executeCypher: GrafeoDB['executeCypher'] };

/**
 * The Grafeo store's executor: Grafeo in-process. Reads run concurrently (the engine is MVCC: a read
 * sees the last committed state, never a write in progress); writes are serialised here, one
 * transaction at a time, and roll back on any error so a failed ingest writes nothing. Writes use
 * Neo4j's UNWIND batches unchanged: Grafeo's list parameters keep every element's own type, so the
 * embedded store's per-row workaround is not needed. Engine messages never leave this file.
 */
export class GrafeoExecutor implements CypherExecutor {
  readonly dialect = grafeoDialect;
  private db: GrafeoDB | null;
  private trips = 0;
  private writeTail: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | null = null;

  private constructor(
    db: GrafeoDB,
    private readonly where: string,
  ) {
    this.db = db;
  }

  static open(options: GrafeoOptions): GrafeoExecutor {
    const native = requireGrafeo();
    if (options.inMemory) return new GrafeoExecutor(native.GrafeoDB.create(), 'memory');
    mkdirSync(options.dataDir, { recursive: true });
    const path = join(realpathSync(resolve(options.dataDir)), 'graph.grafeo');
    try {
      return new GrafeoExecutor(native.GrafeoDB.create(path), path);
    } catch (err) {
      throw grafeoOpenError(err, path);
    }
  }

  get roundTrips(): number {
    return this.trips;
  }

  private open(): GrafeoDB {
    if (!this.db || this.closing) throw new StoreUnavailableError('the Grafeo store is closed');
    return this.db;
  }

  /**
   * One statement; engine errors become domain errors right here, at the engine boundary. The promise
   * is tracked so close() waits for it before freeing the database.
   */
  private async exec(runner: Runner, text: string, params: Params): Promise<Row[]> {
    this.trips++;
    let run: Promise<QueryResult> | undefined;
    try {
      run = runner.executeCypher(text, toParams(params));
      this.inFlight.add(run);
      return (await run).toArray().map(plainRow);
    } catch (err) {
      throw translateGrafeoError(err);
    } finally {
      if (run) this.inFlight.delete(run);
    }
  }

  async ensureSchema(): Promise<void> {
    const db = this.open();
    for (const statement of grafeoIndexStatements()) await this.exec(db, statement, {});
    try {
      for (const { label, property } of grafeoTextIndexes()) db.createTextIndex(label, property);
    } catch (err) {
      throw translateGrafeoError(err);
    }
  }

  async read(text: string, params: Params = {}): Promise<Row[]> {
    return this.exec(this.open(), text, params);
  }

  /** In-process: one statement per id (each counted as a round trip: Grafeo has no per-id batching here). */
  async readEach(text: string, ids: readonly string[], params: Params = {}): Promise<Row[][]> {
    const db = this.open();
    return Promise.all(ids.map((id) => this.exec(db, text, { ...params, id })));
  }

  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const db = this.open();
    const run = this.writeTail.then(async () => {
      const tx = db.beginTransaction();
      try {
        const out = await work(this.transaction(tx));
        try {
          tx.commit();
        } catch (err) {
          throw translateGrafeoError(err);
        }
        return out;
      } catch (err) {
        if (tx.isActive)
          try {
            tx.rollback();
          } catch {
            // The transaction is gone either way; the original error is the one worth reporting.
          }
        // Engine errors were translated where they happened; the caller's own errors pass unchanged.
        throw err;
      }
    });
    this.writeTail = run.catch(() => undefined);
    return run;
  }

  private transaction(tx: Transaction): WriteTx {
    const run = (text: string, params: Params = {}): Promise<Row[]> => this.exec(tx, text, params);
    const batches = async (text: string, rows: Params[]): Promise<void> => {
      for (let i = 0; i < rows.length; i += UNWIND_BATCH)
        await run(text, { rows: rows.slice(i, i + UNWIND_BATCH) });
    };
    return {
      run,
      mergeNodes: async (label: NodeLabel | 'Alias', rows: NodeRow[]) => {
        const columns = writtenColumns(label);
        await batches(
          W.mergeNodesUnwind(label),
          rows.map((r) => normaliseRow(columns, r)),
        );
      },
      mergeEdges: async (type: EdgeType, from: NodeLabel, to: NodeLabel, rows: EdgeRow[]) => {
        const columns = edgeTable(type).columns;
        await batches(
          W.mergeEdgesUnwind(type, from, to),
          rows.map((r) => normaliseRow(columns, r, ['from', 'to'])),
        );
      },
    };
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    if (!this.db || this.closing) return { ok: false, detail: 'closed' };
    try {
      await this.read('RETURN 1 AS ok');
      return { ok: true, detail: `grafeo ${requireGrafeo().version()} at ${this.where}` };
    } catch {
      return { ok: false, detail: 'the Grafeo store does not answer' };
    }
  }

  /** Waits for the queued writes and running statements, then closes the database (flushes its WAL). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.writeTail;
      await Promise.allSettled([...this.inFlight]);
      try {
        this.db?.close();
      } catch {
        // Closing twice or after a failed open: nothing left to release.
      }
      this.db = null;
    })();
    return this.closing;
  }
}
