/**
 * Domain errors with stable codes. Adapters translate driver errors into these; the GraphQL layer
 * translates these into GraphQLErrors with the same `extensions.code`. Messages never carry driver
 * text or stack traces.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'STORE_LOCKED'
  | 'STORE_CORRUPT'
  | 'INTERNAL';

export interface Problem {
  /** JSON path of the offending field, e.g. `figures[2].quote`. */
  path: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks an invariant; lists every problem so a user can fix them all at once. */
export class InvalidInputError extends DomainError {
  constructor(
    readonly problems: Problem[],
    readonly source?: string,
  ) {
    super(
      'BAD_USER_INPUT',
      `${source ? `${source}: ` : ''}${problems.length} problem(s): ${problems
        .slice(0, 5)
        .map((p) => `${p.path}: ${p.reason}`)
        .join('; ')}${problems.length > 5 ? '; …' : ''}`,
    );
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

/** The store cannot be reached or is not open; retrying later may succeed. */
export class StoreUnavailableError extends DomainError {
  constructor(message = 'the graph store is unavailable; try again shortly') {
    super('SERVICE_UNAVAILABLE', message);
  }
}
