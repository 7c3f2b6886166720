/**
 * Hand-written types for the parts of Grafeo's napi-rs binding that the adapter uses. The platform
 * package ships none; the shapes were read off the 0.6.0 binding by introspection and probing.
 */
declare module '@grafeo-db/js-linux-x64-gnu' {
  export type GrafeoParams = Record<string, unknown>;

  export class QueryResult {
    readonly columns: string[];
    readonly length: number;
    /** One plain object per row, keyed by column name. */
    toArray(): Record<string, unknown>[];
  }

  export class Transaction {
    /** True until commit() or rollback(). */
    readonly isActive: boolean;
    executeCypher(query: string, params?: GrafeoParams): Promise<QueryResult>;
    commit(): void;
    rollback(): void;
  }

  export class GrafeoDB {
    /** In memory without a path; with one, a single database file (created when missing). */
    static create(path?: string): GrafeoDB;
    static open(path: string): GrafeoDB;
    /** `execute` speaks GQL; Cypher has its own entry point. */
    executeCypher(query: string, params?: GrafeoParams): Promise<QueryResult>;
    beginTransaction(): Transaction;
    /** A BM25 index over one string property of one label, kept current by every write. */
    createTextIndex(label: string, property: string): void;
    info(): { node_count: number; edge_count: number; is_persistent: boolean; path: string | null };
    close(): void;
  }

  export function version(): string;
}
