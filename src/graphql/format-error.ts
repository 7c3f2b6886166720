import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { translateError } from './error-translation';

/**
 * Apollo's `formatError`: rebuilds every error from its translation, so nothing of the original
 * (stack, cause, driver text, extra extensions) can leak by accident; keeps locations and path.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const t = translateError(unwrapResolverError(error), production);
    return {
      message: t.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: t.extensions,
    };
  };
}
