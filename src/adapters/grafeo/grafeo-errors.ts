import { DomainError } from '../../domain/errors';

function withCause(error: DomainError, cause: unknown): DomainError {
  (error as DomainError & { cause?: unknown }).cause = cause;
  return error;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Engine errors at open: another process holds the file's lock, or the file is not a Grafeo database. */
export function grafeoOpenError(err: unknown, path: string): DomainError {
  const m = message(err);
  if (/lock/i.test(m))
    return withCause(
      new DomainError(
        'STORE_LOCKED',
        `the Grafeo database ${path} is in use by another process; stop it or choose another directory`,
      ),
      err,
    );
  if (/corrupt|checksum|invalid|magic|format/i.test(m))
    return withCause(
      new DomainError(
        'STORE_CORRUPT',
        `${path} is not a readable Grafeo database; restore it from a backup or re-ingest into an empty directory`,
      ),
      err,
    );
  return withCause(
    new DomainError('SERVICE_UNAVAILABLE', `the Grafeo store at ${path} could not be opened`),
    err,
  );
}

/**
 * Statement errors: domain errors pass through; engine text (which quotes the statement) is kept as
 * `cause` for the operator's log and never reaches a client.
 */
export function translateGrafeoError(err: unknown): Error {
  if (err instanceof DomainError) return err;
  return withCause(new DomainError('INTERNAL', 'the Grafeo store failed to run a statement'), err);
}
