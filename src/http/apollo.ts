import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import type { GraphContext } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import type { Logger } from '../graphql/logger';
import { errorsPlugin } from '../graphql/plugins/errors.plugin';
import { limitsPlugin } from '../graphql/plugins/limits.plugin';
import { KnownOperationTypes } from './known-operation-types';

/**
 * Apollo Server 5 configured for this API. Apollo's landing pages load from a CDN, so they are off;
 * the offline GraphiQL is served by the Express app. `stopOnTerminationSignals: false` because Apollo's
 * own SIGTERM handler races ours and the store would never be closed (shared/notes/stack.md).
 */
export function createApolloServer(
  schema: GraphQLSchema,
  config: Config,
  logger: Logger,
): ApolloServer<GraphContext> {
  const options: ApolloServerOptions<GraphContext> = {
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(config.production),
    validationRules: [KnownOperationTypes],
    stopOnTerminationSignals: false,
    logger: {
      debug: () => undefined,
      info: (message) => logger.info(String(message)),
      warn: (message) => logger.warn(String(message)),
      error: (message) => logger.error(String(message)),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; Apollo's default cache-control plugin would still wrap every field
      // resolver (willResolveField), a measurable per-field cost on every request (bench --cpu-prof).
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin({
        maxDepth: config.maxDepth,
        maxComplexity: config.maxComplexity,
        maxPageSize: config.maxPageSize,
      }),
      errorsPlugin(logger, config.production),
    ],
  };
  return new ApolloServer<GraphContext>(options);
}
