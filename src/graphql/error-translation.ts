import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, InvalidInputError } from '../domain/errors';
import { PUBLIC_CODES } from './errors';
import { problemFromCoercionMessage, problemsFromValidation } from './validation-problems';

/** What a client may see of an error, and whether the server should log it as unexpected. */
export interface PublicError {
  message: string;
  extensions: Record<string, unknown> & { code: string };
  unexpected: boolean;
}

/** Apollo's own request-level codes: about the query text, safe to show as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const CLIENT_CODES = new Set<string>(PUBLIC_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
/** Never sent: stack traces, wrapped driver errors, Apollo's HTTP hints, class-validator's raw tree. */
const HIDDEN_EXTENSIONS = new Set([
  'stacktrace',
  'exception',
  'cause',
  'http',
  'validationErrors',
  'originalError',
]);

function safeExtensions(ext: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ext).filter(([k]) => !HIDDEN_EXTENSIONS.has(k)));
}

const internal = (production: boolean, original: unknown): PublicError => ({
  message:
    production || !(original instanceof Error) || original instanceof DomainError
      ? 'Internal server error'
      : `Internal server error: ${original.message}`,
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
  unexpected: true,
});

/**
 * The one boundary from "anything thrown" to what a client sees (STYLE.md habit 6): domain codes map
 * through, store trouble becomes SERVICE_UNAVAILABLE, the rest becomes INTERNAL_SERVER_ERROR with no
 * message of ours (in production) and never a stack trace or a `cause`.
 */
export function translateError(original: unknown, production: boolean): PublicError {
  if (original instanceof ArgumentValidationError) {
    const problems = problemsFromValidation(original.extensions.validationErrors as never);
    const shown = problems.slice(0, 5).map((p) => `${p.path}: ${p.reason}`);
    return {
      message: `Invalid input: ${problems.length} problem(s): ${shown.join('; ')}${problems.length > 5 ? '; …' : ''}`,
      extensions: { code: 'BAD_USER_INPUT', problems },
      unexpected: false,
    };
  }
  if (original instanceof InvalidInputError)
    return {
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', problems: original.problems },
      unexpected: false,
    };
  if (original instanceof DomainError) {
    switch (original.code) {
      case 'BAD_USER_INPUT':
      case 'NOT_FOUND':
      case 'UNAUTHENTICATED':
      case 'FORBIDDEN':
      case 'QUERY_TOO_COMPLEX':
        return { message: original.message, extensions: { code: original.code }, unexpected: false };
      case 'SERVICE_UNAVAILABLE':
      case 'STORE_LOCKED':
      case 'STORE_CORRUPT':
        return {
          message: production ? 'The graph store is unavailable; try again shortly' : original.message,
          extensions: { code: 'SERVICE_UNAVAILABLE' },
          unexpected: true,
        };
      default:
        return internal(production, original);
    }
  }
  if (original instanceof GraphQLError) {
    const code = original.extensions.code;
    if (typeof code === 'string' && (CLIENT_CODES.has(code) || REQUEST_CODES.has(code))) {
      const extensions: PublicError['extensions'] = { ...safeExtensions(original.extensions), code };
      if (code === 'BAD_USER_INPUT' && !Array.isArray(extensions.problems)) {
        const problem = problemFromCoercionMessage(original.message);
        if (problem) extensions.problems = [problem];
      }
      return { message: original.message, extensions, unexpected: code === 'SERVICE_UNAVAILABLE' };
    }
  }
  return internal(production, original);
}
