import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * The slice of neo4j-driver the executor uses. The real driver satisfies it; tests pass a fake
 * through `driverFactory` to exercise sessions, retries, values and errors without a server.
 */
export interface Neo4jRecordLike {
  toObject(): Record<string, unknown>;
}
export interface Neo4jTxLike {
  run(text: string, params?: Record<string, unknown>): PromiseLike<{ records: Neo4jRecordLike[] }>;
}
export interface Neo4jTxConfig {
  timeout?: number;
}
export interface Neo4jSessionLike {
  executeRead<T>(work: (tx: Neo4jTxLike) => Promise<T>, config?: Neo4jTxConfig): Promise<T>;
  executeWrite<T>(work: (tx: Neo4jTxLike) => Promise<T>, config?: Neo4jTxConfig): Promise<T>;
  close(): Promise<void>;
}
export interface Neo4jSessionConfig {
  database: string;
  defaultAccessMode: 'READ' | 'WRITE';
  /** Shared by every session of the executor (see neo4j-executor.ts); opaque to fakes. */
  bookmarkManager?: BookmarkManager;
}
export interface Neo4jDriverLike {
  session(config: Neo4jSessionConfig): Neo4jSessionLike;
  getServerInfo(config: { database: string }): Promise<{ address?: string; agent?: string }>;
  close(): Promise<void>;
}

export interface Neo4jDriverSettings {
  /** How long the driver keeps retrying a transaction on transient errors (driver default 30 s). */
  maxTransactionRetryTime: number;
  /** How long to wait for a pooled connection (driver default 60 s). */
  connectionAcquisitionTimeout: number;
  /** How long to wait for a new TCP/Bolt connection (driver default 30 s). */
  connectionTimeout: number;
}

export type Neo4jDriverFactory = (
  uri: string,
  user: string,
  password: string,
  settings: Neo4jDriverSettings,
) => Neo4jDriverLike;

/** The real driver. Integers stay lossless (converted, or refused, by neo4j-values.ts). */
export const realDriverFactory: Neo4jDriverFactory = (uri, user, password, settings) =>
  neo4j.driver(uri, neo4j.auth.basic(user, password), { ...settings, userAgent: 'claimgraph' });
