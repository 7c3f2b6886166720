import type { EdgeType, NodeLabel } from '../domain/enums';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A node row to MERGE by `id`: every column of the label's table, nulls explicit. */
export type NodeRow = Record<string, unknown> & { id: string };
/** An edge row to MERGE by `id` between two existing nodes. */
export type EdgeRow = Record<string, unknown> & { id: string; from: string; to: string };

/**
 * What a dialect must say differently. Everything else is one Cypher text that both stores run.
 * Kept deliberately small: each hook exists because Neo4j 5 and Kuzu 0.11 disagree on that construct.
 */
export interface Dialect {
  readonly name: 'neo4j' | 'kuzu' | 'grafeo';
  /** Expression giving a relationship's type name: `type(e)` on Neo4j, `label(e)` on Kuzu. */
  relType(variable: string): string;
  /** Full-text query over one label; params `$q`; returns `id`, `score`. */
  fullTextQuery(label: NodeLabel, limit: number): string;
  /** Escapes user text for the full-text query language. */
  fullTextTerms(text: string): string;
  /** Shortest undirected path; params `$from`, `$to`; returns `ids` (list of node ids). */
  shortestPathQuery(fromLabel: NodeLabel, toLabel: NodeLabel, maxLength: number): string;
}

/** One write transaction. Only the executor that opened it can run statements in it. */
export interface WriteTx {
  run(text: string, params?: Params): Promise<Row[]>;
  /** MERGE nodes by id and SET every given column (batched the dialect's fastest safe way). */
  mergeNodes(label: NodeLabel | 'Alias' | 'Block', rows: NodeRow[]): Promise<void>;
  /** MERGE edges by id between existing nodes and SET every given column. */
  mergeEdges(type: EdgeType, fromLabel: NodeLabel, toLabel: NodeLabel, rows: EdgeRow[]): Promise<void>;
}

export interface WriteOptions {
  onRollback?: () => Promise<void>;
}

/**
 * The one object per store that owns the connection: statements in, plain JS rows out. Driver
 * values (Neo4j Integer, temporals; Kuzu BigInt) are converted here; driver errors are translated
 * into domain errors here and nowhere else.
 */
export interface CypherExecutor {
  readonly dialect: Dialect;
  /** Creates tables / constraints / indexes that are missing. Idempotent. */
  ensureSchema(): Promise<void>;
  read(text: string, params?: Params): Promise<Row[]>;
  /**
   * Runs `text`, a statement about one node (`… = $id …`), once for each of `ids`, as one round trip:
   * the rows of `ids[i]` are answer `[i]`. A LIMIT in the text bounds each id's rows, never the total.
   */
  readEach(text: string, ids: readonly string[], params?: Params): Promise<Row[][]>;
  /**
   * Runs `work` in one write transaction, serialised with every other write: all or nothing. When the
   * transaction rolls back (work or COMMIT failed), `onRollback` runs before the next write starts.
   */
  write<T>(work: (tx: WriteTx) => Promise<T>, options?: WriteOptions): Promise<T>;
  health(): Promise<{ ok: boolean; detail: string }>;
  close(): Promise<void>;
  /** Statements sent to the store so far: benchmarks and the N+1 test read it. */
  readonly roundTrips: number;
}
