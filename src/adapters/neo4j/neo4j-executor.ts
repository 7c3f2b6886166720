import neo4j from 'neo4j-driver';
import { DomainError } from '../../domain/errors';
import type { EdgeType, NodeLabel } from '../../domain/enums';
import * as W from '../../store/cypher/writes';
import type { CypherExecutor, EdgeRow, NodeRow, Params, Row, WriteTx } from '../../store/executor';
import { edgeTable, writtenColumns } from '../../store/schema';
import { eachStatement } from './neo4j-each';
import { neo4jDialect } from './neo4j-dialect';
import {
  realDriverFactory,
  type Neo4jDriverFactory,
  type Neo4jDriverLike,
  type Neo4jDriverSettings,
  type Neo4jSessionLike,
  type Neo4jTxLike,
} from './neo4j-driver-port';
import { translateNeo4jError } from './neo4j-errors';
import { AWAIT_INDEXES, neo4jSchemaStatements } from './neo4j-schema';
import { normaliseRow, plainRow, toParams } from './neo4j-values';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface Neo4jExecutorSettings {
  /** Rows per UNWIND statement. */
  chunkSize?: number;
  /** Server-side limit of one transaction, in ms. */
  transactionTimeoutMs?: number;
  /** How long health() waits for the server. */
  healthTimeoutMs?: number;
  driver?: Partial<Neo4jDriverSettings>;
  /** Tests inject a fake driver here. */
  driverFactory?: Neo4jDriverFactory;
}

/**
 * Short enough that a request fails with SERVICE_UNAVAILABLE within the API's request timeout
 * (15 s by default) while Neo4j is down, instead of hanging for the driver's defaults (30–60 s).
 */
const DRIVER_DEFAULTS: Neo4jDriverSettings = {
  maxTransactionRetryTime: 8_000,
  connectionAcquisitionTimeout: 5_000,
  connectionTimeout: 5_000,
};

/**
 * The Neo4j store's executor: the one object that owns the driver. Every statement runs in a managed
 * transaction (`executeRead` / `executeWrite`) of its own session, and every session is closed.
 * Nothing about a failed connection is remembered: the next call opens a new session and the driver
 * reconnects, so service resumes on its own when Neo4j comes back.
 *
 * `executeWrite` may run `work` again after a transient failure (deadlock, leader switch, lost
 * connection): every attempt gets a fresh WriteTx over the new transaction, and the rolled-back
 * attempt left nothing behind, so `work` only has to avoid side effects outside the transaction.
 */
export class Neo4jExecutor implements CypherExecutor {
  readonly dialect = neo4jDialect;
  private readonly driver: Neo4jDriverLike;
  /**
   * Chains every session causally: a read that follows a write (in any session of this process) sees
   * it, even on a cluster where reads go to a follower. A single server needs nothing of the kind.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly chunkSize: number;
  private readonly txConfig: { timeout?: number };
  private readonly healthTimeoutMs: number;
  private trips = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<void>>();
  private closing: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly options: Neo4jOptions,
    settings: Neo4jExecutorSettings = {},
  ) {
    this.chunkSize = Math.max(1, Math.trunc(settings.chunkSize ?? 1000));
    this.txConfig = settings.transactionTimeoutMs ? { timeout: settings.transactionTimeoutMs } : {};
    this.healthTimeoutMs = settings.healthTimeoutMs ?? 3_000;
    const factory = settings.driverFactory ?? realDriverFactory;
    try {
      this.driver = factory(options.uri, options.user, options.password, {
        ...DRIVER_DEFAULTS,
        ...settings.driver,
      });
    } catch (err) {
      // e.g. an unknown URI scheme; the driver's text may quote the URI, which may hold credentials.
      const e = new DomainError(
        'SERVICE_UNAVAILABLE',
        'NEO4J_URI is not a valid Neo4j address (expected neo4j://, bolt:// or their +s variants)',
      );
      (e as Error & { cause?: unknown }).cause = err;
      throw e;
    }
  }

  get roundTrips(): number {
    return this.trips;
  }

  /** Constraints and indexes (IF NOT EXISTS: idempotent), then waits until every index is online. */
  ensureSchema(): Promise<void> {
    return this.track(async () => {
      for (const s of neo4jSchemaStatements())
        await this.inSession('WRITE', (tx) => this.run(tx, s.text, {}));
      await this.inSession('WRITE', (tx) => this.run(tx, AWAIT_INDEXES, {}));
    });
  }

  read(text: string, params: Params = {}): Promise<Row[]> {
    return this.track(() => this.inSession('READ', (tx) => this.run(tx, text, params)));
  }

  /** One statement for all ids (neo4j-each.ts); its rows are sorted back to their ids by `each_id`. */
  async readEach(text: string, ids: readonly string[], params: Params = {}): Promise<Row[][]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const byId = new Map<string, Row[]>(unique.map((id) => [id, []]));
    for (const { each_id: id, ...row } of await this.read(eachStatement(text), { ...params, ids: unique }))
      byId.get(String(id))?.push(row);
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * One managed write transaction around the whole of `work`: all or nothing. Writes are serialised
   * within this process, as on the embedded store: two bundles recomputing the contradictions of one
   * quantity concurrently would each miss the other's uncommitted figures.
   */
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.track(() => {
      const start = () => this.inSession('WRITE', (tx) => work(this.transaction(tx)));
      const next = this.writes.then(start, start);
      this.writes = next.catch(() => undefined);
      return next;
    });
  }

  /** Refuses new work once close() has begun; remembers work in flight so close() can wait for it. */
  private track<T>(start: () => Promise<T>): Promise<T> {
    if (this.closing)
      return Promise.reject(new DomainError('SERVICE_UNAVAILABLE', 'the graph store connection is closed'));
    const work = start();
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return work;
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Neo4jTxLike) => Promise<T>): Promise<T> {
    if (this.closed) throw new DomainError('SERVICE_UNAVAILABLE', 'the graph store connection is closed');
    let session: Neo4jSessionLike | null = null;
    try {
      session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: mode,
        bookmarkManager: this.bookmarks,
      });
      return mode === 'READ'
        ? await session.executeRead(work, this.txConfig)
        : await session.executeWrite(work, this.txConfig);
    } catch (err) {
      throw translateNeo4jError(err);
    } finally {
      await session?.close().catch(() => undefined);
    }
  }

  private async run(tx: Neo4jTxLike, text: string, params: Params): Promise<Row[]> {
    this.trips++;
    const result = await tx.run(text, toParams(params));
    return result.records.map((r) => plainRow(r.toObject()));
  }

  /** A fresh WriteTx per attempt of `work`: nothing carries over from a rolled-back attempt. */
  private transaction(tx: Neo4jTxLike): WriteTx {
    return {
      run: (text, params = {}) => this.run(tx, text, params),
      mergeNodes: async (label: NodeLabel | 'Alias' | 'Block', rows: NodeRow[]) => {
        const columns = writtenColumns(label);
        await this.unwind(
          tx,
          W.mergeNodesUnwind(label),
          rows.map((r) => normaliseRow(columns, r)),
        );
      },
      mergeEdges: async (type: EdgeType, from: NodeLabel, to: NodeLabel, rows: EdgeRow[]) => {
        const table = edgeTable(type);
        // Neo4j would accept any pair; the embedded store's schema would not. Keep them equal.
        if (!table.pairs.some(([a, b]) => a === from && b === to))
          throw new DomainError('INTERNAL', `invalid write: ${type} does not connect ${from} to ${to}`);
        await this.unwind(
          tx,
          W.mergeEdgesUnwind(type, from, to),
          rows.map((r) => normaliseRow(table.columns, r, ['from', 'to'])),
        );
      },
    };
  }

  /** UNWIND in chunks: one round trip per chunk, never one per row, and bounded message sizes. */
  private async unwind(tx: Neo4jTxLike, text: string, rows: Params[]): Promise<void> {
    for (let i = 0; i < rows.length; i += this.chunkSize)
      await this.run(tx, text, { rows: rows.slice(i, i + this.chunkSize) });
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    if (this.closing) return { ok: false, detail: 'closed' };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DomainError('SERVICE_UNAVAILABLE', 'the graph store did not answer in time')),
          this.healthTimeoutMs,
        );
      });
      const info = await Promise.race([
        this.driver.getServerInfo({ database: this.options.database }),
        timeout,
      ]);
      return {
        ok: true,
        detail: `${info.agent ?? 'neo4j'} at ${info.address ?? 'unknown address'}, database ${this.options.database}`,
      };
    } catch (err) {
      return { ok: false, detail: translateNeo4jError(err).message };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Refuses new work, lets work in flight (and queued writes) finish, then closes the driver. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
      this.closed = true;
      await this.driver.close().catch(() => undefined);
    })();
    return this.closing;
  }
}
