import type { Config } from '../config/config';
import type { GraphStore } from '../store/graph-store.port';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

/** Everything a resolver may use. Built fresh for every request. */
export interface GraphContext {
  store: GraphStore;
  config: Config;
  loaders: Loaders;
  logger: Logger;
  /** Also sent to the client (x-request-id header, extensions.requestId) and written in every log line. */
  requestId: string;
  /** The raw Authorization header; read only by the write guard, never logged. */
  authorization: string | null;
}

export interface ContextInput {
  store: GraphStore;
  config: Config;
  logger: Logger;
  requestId: string;
  authorization?: string | null;
}

export function createContext(input: ContextInput): GraphContext {
  return {
    store: input.store,
    config: input.config,
    logger: input.logger,
    requestId: input.requestId,
    authorization: input.authorization ?? null,
    loaders: createLoaders(input.store),
  };
}
