import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { loadConfig, type Config } from '../../src/config/config';
import { buildClaimgraphSchema } from '../../src/graphql/build-schema';
import type { Logger } from '../../src/graphql/logger';
import { createApp, type ClaimgraphApp } from '../../src/http/app';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import type { GraphStore } from '../../src/store/graph-store.port';

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  body: {
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions: Record<string, any> }[];
  };
}

export interface TestServer {
  url: string;
  store: GraphStore;
  config: Config;
  app: ClaimgraphApp;
  logs: Record<string, unknown>[];
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | null = null;
/** type-graphql builds the same schema every time; once per test file is enough. */
export const testSchema = (): Promise<GraphQLSchema> => (schema ??= buildClaimgraphSchema());

/** A logger that keeps lines for assertions (and keeps test output quiet). */
export function memoryLogger(lines: Record<string, unknown>[]): Logger {
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      lines.push({ level, message, ...fields });
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** Opens a store in a fresh temp directory (the embedded store allows one Database per path per process). */
export async function openTempStore(): Promise<{ store: GraphStore; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  return { store: await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 }), dir };
}

/**
 * A real server on 127.0.0.1 and a free port, over a fresh embedded store with the five seed
 * bundles loaded (through the project's seed loader), as `npm start` would serve it.
 */
export async function startTestServer(
  options: { env?: NodeJS.ProcessEnv; seed?: boolean; wrapStore?: (store: GraphStore) => GraphStore } = {},
): Promise<TestServer> {
  const { store, dir } = await openTempStore();
  if (options.seed !== false) await loadSeeds(store);
  const served = options.wrapStore ? options.wrapStore(store) : store;
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', ...options.env });
  const logs: Record<string, unknown>[] = [];
  const app = await createApp({
    store: served,
    config,
    logger: memoryLogger(logs),
    schema: await testSchema(),
  });
  await app.start({ port: 0, host: '127.0.0.1' });
  const url = app.url();
  return {
    url,
    store,
    config,
    app,
    logs,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse['body'] };
    },
    async close() {
      await app.stop();
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
