import { GraphQLError } from 'graphql';
import type { Problem } from '../domain/errors';

/**
 * Client-facing errors: GraphQLErrors with a fixed `extensions.code` (API.md). Resolvers throw these;
 * anything else that escapes a resolver is translated by `publicError` (error-translation.ts).
 */
export const PUBLIC_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type PublicCode = (typeof PUBLIC_CODES)[number];

abstract class CodedError extends GraphQLError {
  protected constructor(code: PublicCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}

/** Input the client can fix. `problems` names every offending field, relative to the argument. */
export class BadUserInputError extends CodedError {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super('BAD_USER_INPUT', message, { problems });
  }

  /** One offending argument or field. */
  static at(path: string, reason: string): BadUserInputError {
    return new BadUserInputError(`${path}: ${reason}`, [{ path, reason }]);
  }

  static of(problems: Problem[], what = 'input'): BadUserInputError {
    const shown = problems
      .slice(0, 5)
      .map((p) => `${p.path || '(root)'}: ${p.reason}`)
      .join('; ');
    return new BadUserInputError(
      `Invalid ${what}: ${problems.length} problem(s): ${shown}${problems.length > 5 ? '; …' : ''}`,
      problems,
    );
  }
}

export class NotFoundError extends CodedError {
  constructor(message: string, path?: string) {
    super('NOT_FOUND', message, path === undefined ? {} : { path });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'Writes need the header "Authorization: Bearer <token>" with the server\'s token') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** Answered before execution, so the store is never touched; HTTP 400 like other request errors. */
export class QueryTooComplexError extends CodedError {
  constructor(message: string, details: Record<string, number>) {
    super('QUERY_TOO_COMPLEX', message, { ...details, http: { status: 400 } });
  }
}

export class ServiceUnavailableError extends CodedError {
  constructor(message = 'The graph store is unavailable; try again shortly') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** What the client sees for anything unexpected: no message of ours or the driver's, just an id to quote. */
export class InternalServerError extends CodedError {
  constructor() {
    super('INTERNAL_SERVER_ERROR', 'Internal server error');
  }
}
