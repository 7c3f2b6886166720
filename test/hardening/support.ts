/**
 * Shared by the hardening tests: one real server over HTTP (the production composition: a read cache
 * over a fresh embedded store with the seeds), a graph fingerprint, and the response checks every
 * hostile request must pass. Kept apart from test/e2e/harness.ts so this suite does not break when the
 * API's own tests change shape.
 */
import { createHash } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/adapters/embedded';
import { loadConfig, type Config } from '../../src/config/config';
import { buildClaimgraphSchema } from '../../src/graphql/build-schema';
import type { Logger } from '../../src/graphql/logger';
import { createApp, type ClaimgraphApp } from '../../src/http/app';
import { loadSeeds } from '../../src/ingestion/seed-loader';
import { CachedGraphStore } from '../../src/store/cached-graph-store';
import type { GraphStore } from '../../src/store/graph-store.port';

export const TOKEN = 'hardening-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TOKEN}` } as const;
export const INGEST =
  'mutation Ingest($input: ReportBundleInput!) { ingestReport(input: $input) { status reportId } }';

/**
 * Codes a hostile request may be answered with. API.md's six, plus the three Apollo itself gives for
 * a request that never became an operation: GRAPHQL_PARSE_FAILED (the document is not GraphQL),
 * GRAPHQL_VALIDATION_FAILED (it does not fit the schema: unknown field, literal of the wrong type or
 * unknown enum value written inline) and BAD_REQUEST (the HTTP request is not a GraphQL request:
 * body not JSON, no `query`, wrong content type, body over the limit). All three are about the text
 * the client sent, carry no server detail, and are documented by Apollo. SERVICE_UNAVAILABLE is
 * listed but comes with HTTP 503, so against a healthy store the "never a 5xx" check rejects it anyway.
 */
export const ACCEPTED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/**
 * Server internals that must never reach a client. A bare " at " cannot be the test (a legitimate
 * reason reads "must be at most 100"), so stack traces are recognised by their frames instead.
 */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|node:|file:)[^\s)]*:\d+:\d+/],
  ['stack frame', /\n\s+at /],
  ['source path', /\/(?:work|src|dist|node_modules)\/[\w./-]+\.(?:js|ts)\b/],
  ['Kuzu text', /Binder exception|Parser exception|Runtime exception|Catalog exception|Copy exception|kuzu/i],
  ['Neo4j text', /Neo4j|Neo\.ClientError|Neo\.DatabaseError/i],
  ['stacktrace key', /"(?:stacktrace|exception|cause|originalError)"\s*:/],
  ['guard text', /KuzuGuardError|TypeError|ReferenceError|Cannot read propert/],
];

/** Leaks found in a response text; a word that the request itself carried is not a leak. */
export function leaksIn(responseText: string, requestText = ''): string[] {
  const found: string[] = [];
  for (const [what, re] of LEAKS) {
    const m = re.exec(responseText);
    if (m && !requestText.toLowerCase().includes(m[0].toLowerCase()))
      found.push(`${what}: ${m[0].slice(0, 80)}`);
  }
  return found;
}

export interface Answer {
  status: number;
  text: string;
  json: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } | null;
  headers: Headers;
}

export interface HardeningServer {
  url: string;
  /** The raw store under the cache: what fingerprints read, so the cache cannot hide a change. */
  store: GraphStore;
  config: Config;
  app: ClaimgraphApp;
  logs: string[];
  post(body: string, headers?: Record<string, string>): Promise<Answer>;
  gql(query: string, variables?: unknown, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

/** A logger that keeps every line as the JSON text the real logger would write. */
export function captureLogger(lines: string[]): Logger {
  const log =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      lines.push(JSON.stringify({ level, message, ...fields }));
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  seed?: boolean;
  logger?: Logger;
  /** Wraps the (cached) store the app sees, e.g. to slow a read down or make it fail. */
  wrapStore?: (store: GraphStore) => GraphStore;
}

export async function startServer(options: StartOptions = {}): Promise<HardeningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-hardening-'));
  const store = await openEmbeddedStore({ dataDir: dir, bufferPoolMb: 128 });
  if (options.seed !== false) await loadSeeds(store);
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', SEED_ON_START: 'false', ...options.env });
  const logs: string[] = [];
  const logger = options.logger ?? captureLogger(logs);
  const served = new CachedGraphStore(store);
  const app = await createApp({
    store: options.wrapStore ? options.wrapStore(served) : served,
    config,
    logger,
    schema: await buildClaimgraphSchema(),
  });
  await app.start({ port: 0, host: '127.0.0.1' });
  const url = app.url();
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const post = (body: string, headers: Record<string, string> = {}): Promise<Answer> =>
    rawRequest(agent, `${url}/graphql`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  return {
    url,
    store,
    config,
    app,
    logs,
    post,
    gql: (query, variables, headers) =>
      post(JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }), headers),
    async close() {
      agent.destroy();
      await app.stop();
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One request over node:http with a keep-alive agent: about twice as fast as fetch() in this process,
 * which matters when the fuzzer sends ten thousand of them. Answers any status; never throws on one.
 */
export function rawRequest(
  agent: Agent,
  url: string,
  options: { method: string; body?: string; headers?: Record<string, string> },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body, 'utf8');
    const req = httpRequest(
      url,
      {
        method: options.method,
        agent,
        headers: { ...options.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Answer['json'] = null;
          try {
            json = JSON.parse(text) as Answer['json'];
          } catch {
            json = null;
          }
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
          resolve({ status: res.statusCode ?? 0, text, json, headers });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Node and relationship counts plus every listed id, hashed: any write of any kind changes it. */
export async function fingerprint(store: GraphStore): Promise<{ counts: string; hash: string }> {
  const all = { first: 100_000 };
  const [c, actors, figures, reports, places] = await Promise.all([
    store.counts(),
    store.listActors({}, all),
    store.listFigures({}, all),
    store.listReports({}, all),
    store.listPlaces({}, all),
  ]);
  const counts = JSON.stringify(c);
  const hash = createHash('sha256')
    .update(JSON.stringify([counts, actors.ids, figures.ids, reports.ids, places.ids]))
    .digest('hex');
  return { counts, hash };
}

/** Everything stored about the entities, not just their ids: run less often (it costs ~25 ms). */
export async function deepFingerprint(store: GraphStore): Promise<string> {
  const all = { first: 100_000 };
  const [actors, figures, reports, places] = await Promise.all([
    store.listActors({}, all),
    store.listFigures({}, all),
    store.listReports({}, all),
    store.listPlaces({}, all),
  ]);
  const [a, f, r, p, claims, contents] = await Promise.all([
    store.getActors(actors.ids),
    store.getFigures(figures.ids),
    store.getReports(reports.ids),
    store.getPlaces(places.ids),
    store.claimsOfFigures(figures.ids),
    store.contentsOfReports(reports.ids),
  ]);
  const sorted = (m: Map<string, unknown>) => [...m.entries()].sort(([x], [y]) => (x < y ? -1 : 1));
  return createHash('sha256')
    .update(
      JSON.stringify([
        await store.counts(),
        sorted(a),
        sorted(f),
        sorted(r),
        sorted(p),
        sorted(claims),
        sorted(contents),
      ]),
    )
    .digest('hex');
}

/** A store whose method `name` runs `replacement` instead (bound to the real store). */
export function overriding(
  store: GraphStore,
  name: keyof GraphStore,
  replacement: (...args: any[]) => Promise<unknown>,
): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === name) return replacement;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Tally of answers by outcome, printed at the end of a run. */
export class Tally {
  readonly byCode = new Map<string, number>();
  inputs = 0;
  add(code: string): void {
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }
  merge(other: Tally): void {
    this.inputs += other.inputs;
    for (const [k, v] of other.byCode) this.byCode.set(k, (this.byCode.get(k) ?? 0) + v);
  }
  table(): string {
    return [...this.byCode.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `  ${k.padEnd(28)} ${v}`)
      .join('\n');
  }
}
