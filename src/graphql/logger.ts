/**
 * The smallest structured logger that does the job: one JSON object per line on stderr, so logs can be
 * grepped by requestId. Callers pass fields, never headers: tokens must not reach a log.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log =
    (level: Level) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests that want silence; errors still go somewhere visible when debugging is needed. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
