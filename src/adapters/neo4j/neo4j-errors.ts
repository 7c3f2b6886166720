import { DomainError, StoreUnavailableError } from '../../domain/errors';

/** Socket-level failures that reach us without the driver wrapping them. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** Driver-side codes (neo4j.error.*): the server cannot be reached or the connection broke. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);

function codeOf(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

function withCause<E extends Error>(error: E, cause: unknown): E {
  (error as E & { cause?: unknown }).cause = cause;
  return error;
}

/**
 * Driver error -> domain error, with the driver's error kept as `cause` for the operator's log. The
 * message never carries driver text (it can quote the statement, parameters or server internals):
 *
 * - cannot reach the server, connection lost, cluster busy (transient, after the driver's retries):
 *   SERVICE_UNAVAILABLE — retrying later may succeed, and the driver reconnects on its own;
 * - credentials refused, missing privileges, unknown database: SERVICE_UNAVAILABLE naming the setting
 *   to fix (never its value);
 * - anything else (syntax, semantics, constraints, types): INTERNAL — a bug on our side.
 */
export function translateNeo4jError(err: unknown): Error {
  if (err instanceof DomainError) return err;
  const code = codeOf(err);
  if (UNAVAILABLE_CODES.has(code) || CONNECTION_CODES.has(code) || code.startsWith('Neo.TransientError.'))
    return withCause(new StoreUnavailableError(), err);
  if (code === 'Neo.ClientError.Security.Forbidden')
    return withCause(
      new DomainError(
        'SERVICE_UNAVAILABLE',
        'the graph store refused an operation: the configured NEO4J_USER lacks a privilege',
      ),
      err,
    );
  if (code.startsWith('Neo.ClientError.Security.'))
    return withCause(
      new DomainError(
        'SERVICE_UNAVAILABLE',
        'the graph store refused the configured credentials: check NEO4J_USER and NEO4J_PASSWORD',
      ),
      err,
    );
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return withCause(
      new DomainError(
        'SERVICE_UNAVAILABLE',
        'the configured graph database does not exist: check NEO4J_DATABASE',
      ),
      err,
    );
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return withCause(
      new DomainError('SERVICE_UNAVAILABLE', 'the graph store took too long to answer; try again shortly'),
      err,
    );
  if (code.startsWith('Neo.ClientError.Statement.'))
    return withCause(new DomainError('INTERNAL', 'the graph store rejected a statement'), err);
  return withCause(new DomainError('INTERNAL', 'the graph store failed to run a statement'), err);
}
