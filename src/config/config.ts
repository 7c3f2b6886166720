/**
 * Configuration is read once, from the environment, typed and frozen. Nothing else reads
 * process.env: the composition root passes the Config down.
 */
export interface Config {
  readonly store: 'embedded' | 'neo4j';
  readonly dataDir: string;
  readonly kuzuBufferPoolMb: number;
  /** Keep the embedded store's journal (what the store is rebuilt from after a damaging crash). */
  readonly kuzuJournal: boolean;
  /** Read-cache budget in entries and list elements (0 turns the cache off). */
  readonly readCacheUnits: number;
  readonly neo4j: {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string;
  } | null;
  readonly host: string;
  readonly port: number;
  /** Bearer token that authorises writes; writes are refused when null. */
  readonly token: string | null;
  readonly production: boolean;
  readonly seedOnStart: boolean;
  readonly maxDepth: number;
  readonly maxComplexity: number;
  readonly maxPageSize: number;
  readonly bodyLimit: string;
  readonly requestTimeoutMs: number;
  /** Origins allowed to call the API from a browser (none by default). */
  readonly corsOrigins: readonly string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || null;
  const requested = env.CLAIMGRAPH_STORE?.trim() || (uri ? 'neo4j' : 'embedded');
  if (requested !== 'embedded' && requested !== 'neo4j')
    throw new ConfigError(`CLAIMGRAPH_STORE must be embedded or neo4j, got "${requested}"`);
  if (requested === 'neo4j' && !uri)
    throw new ConfigError('CLAIMGRAPH_STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)');
  const token = env.CLAIMGRAPH_TOKEN?.trim() || null;
  if (token !== null && token.length < 16)
    throw new ConfigError('CLAIMGRAPH_TOKEN must be at least 16 characters');
  return Object.freeze({
    store: requested,
    dataDir: env.DATA_DIR?.trim() || './data',
    kuzuBufferPoolMb: int(env, 'KUZU_BUFFER_POOL_MB', 1024, 64, 65536),
    kuzuJournal: bool(env, 'KUZU_JOURNAL', true),
    readCacheUnits: int(env, 'READ_CACHE_UNITS', 300_000, 0, 100_000_000),
    neo4j: uri
      ? Object.freeze({
          uri,
          user: env.NEO4J_USER?.trim() || 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE?.trim() || 'neo4j',
        })
      : null,
    host: env.HOST?.trim() || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    token,
    production: env.NODE_ENV === 'production',
    seedOnStart: bool(env, 'SEED_ON_START', true),
    maxDepth: int(env, 'MAX_QUERY_DEPTH', 8, 2, 50),
    maxComplexity: int(env, 'MAX_QUERY_COMPLEXITY', 5000, 10, 1_000_000),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    bodyLimit: env.BODY_LIMIT?.trim() || '2mb',
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    corsOrigins: Object.freeze(
      (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  });
}
