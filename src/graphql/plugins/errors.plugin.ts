import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphContext } from '../context';
import { translateError } from '../error-translation';
import type { Logger } from '../logger';

function describe(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err) };
  const cause = (err as Error & { cause?: unknown }).cause;
  return {
    error: err.message,
    errorName: err.name,
    stack: err.stack,
    ...(cause instanceof Error
      ? { cause: cause.message }
      : cause !== undefined
        ? { cause: String(cause) }
        : {}),
  };
}

/**
 * Logs every unexpected error (one JSON line: request id, operation, path, the real message and stack
 * — server side only) and stamps the request id on every error the client gets, so a user can quote it.
 */
export function errorsPlugin(logger: Logger, production: boolean): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const err of errors) {
            const original = unwrapResolverError(err);
            const t = translateError(original, production);
            if (!t.unexpected) continue;
            logger.error('request failed', {
              requestId: contextValue.requestId,
              code: t.extensions.code,
              operationName: operationName ?? null,
              path: err.path ?? null,
              ...describe(original),
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
