import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import { buildClaimgraphSchema } from '../graphql/build-schema';
import { createContext, type GraphContext } from '../graphql/context';
import { jsonLogger, type Logger } from '../graphql/logger';
import type { GraphStore } from '../store/graph-store.port';
import { createApolloServer } from './apollo';
import { cors } from './cors';
import { loadExampleOperations } from './example-operations';
import { healthRouter } from './health';
import { createExploreRouter } from './explore.routes';
import { createExportRouter } from './export.routes';
import { errorHandler, notFound } from './http-errors';
import { playgroundHandler, renderPlayground, type PlaygroundPage } from './playground';
import { requestId, requestIdOf } from './request-id';
import { securityHeaders } from './security-headers';
import { requestTimeout } from './timeout';

export interface CreateAppOptions {
  store: GraphStore;
  config: Config;
  logger?: Logger;
  /**
   * Extra routes (GET /explore, GET /export/* …), mounted after /health and the playground and
   * before /graphql's body parser. The one place to plug more HTTP surface in.
   */
  routers?: Router[];
  /** A prebuilt schema (tests build it once per file); built here otherwise. */
  schema?: GraphQLSchema;
  /** Directory of the example operations shown in the playground (schema/operations by default). */
  operationsDir?: string;
}

export interface ClaimgraphApp {
  app: Express;
  apollo: ApolloServer<GraphContext>;
  /** Listens on config.host:config.port unless given others (port 0 = any free port). */
  start(listen?: { port?: number; host?: string }): Promise<Server>;
  /** Base URL once started, e.g. http://127.0.0.1:4000. */
  url(): string;
  /** Stops accepting requests, then stops Apollo. The store belongs to the caller and stays open. */
  stop(): Promise<void>;
}

/**
 * The HTTP surface: /health, the offline playground (GET /graphql from a browser), extra routers, and
 * Apollo at /graphql — behind request ids, security headers, closed CORS, a body limit and a timeout.
 */
export async function createApp(options: CreateAppOptions): Promise<ClaimgraphApp> {
  const { store, config } = options;
  const logger = options.logger ?? jsonLogger();
  const schema = options.schema ?? (await buildClaimgraphSchema());
  const apollo = createApolloServer(schema, config, logger);
  await apollo.start();

  let page: PlaygroundPage | null = null;
  const playground = (): PlaygroundPage =>
    (page ??= renderPlayground(loadExampleOperations(options.operationsDir)));

  const app = express();
  app.disable('x-powered-by');
  app.use(requestId());
  app.use(securityHeaders());
  app.use(requestTimeout(config.requestTimeoutMs));
  app.use(cors(config.corsOrigins));

  app.use(healthRouter(store, logger));
  app.get('/graphql', playgroundHandler(playground));
  for (const router of [createExploreRouter(), createExportRouter({ store }), ...(options.routers ?? [])])
    app.use(router);

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    // Express 5 leaves req.body unset for GET and non-JSON bodies; Apollo wants it present (and answers 400 itself).
    (req: Request, _res: Response, next: NextFunction) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext({
          store,
          config,
          logger,
          requestId: requestIdOf(res),
          authorization: req.get('authorization') ?? null,
        }),
    }),
  );
  app.use(notFound());
  app.use(errorHandler(logger, config.bodyLimit));

  let server: Server | null = null;
  return {
    app,
    apollo,
    start: (listen = {}) =>
      new Promise<Server>((resolveStart, reject) => {
        const s = app.listen(listen.port ?? config.port, listen.host ?? config.host, (err?: Error) => {
          if (err) return reject(err);
          server = s;
          // Node's own limit on receiving a request, a little above the handler timeout.
          s.requestTimeout = config.requestTimeoutMs + 5_000;
          logger.info('listening', { url: urlOf(s) });
          resolveStart(s);
        });
      }),
    url: () => (server ? urlOf(server) : ''),
    stop: async () => {
      const s = server;
      server = null;
      if (s) {
        await new Promise<void>((done) => {
          s.close(() => done());
          s.closeIdleConnections();
        });
      }
      await apollo.stop();
    },
  };
}

function urlOf(server: Server): string {
  const address = server.address() as AddressInfo | null;
  if (!address) return '';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
