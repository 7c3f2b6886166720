import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../graphql/logger';
import { requestIdOf } from './request-id';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

/** GraphQL clients read `errors[]`; keep HTTP-level failures in the same shape under /graphql. */
function send(req: Request, res: Response, status: number, code: string, message: string): void {
  const requestId = requestIdOf(res);
  const body = req.path.startsWith('/graphql')
    ? { errors: [{ message, extensions: { code, requestId } }] }
    : { error: { code, message, requestId } };
  res.status(status).json(body);
}

export function notFound() {
  return (req: Request, res: Response): void =>
    send(req, res, 404, 'NOT_FOUND', `No route for ${req.method} ${req.path}`);
}

/**
 * Last in the chain: body-parser's 413/400 become JSON errors with stable codes; anything else is
 * logged with the request id and answered without its message. Errors after the response has
 * started (e.g. a handler finishing after the timeout answered) are only logged.
 */
export function errorHandler(logger: Logger, bodyLimit: string) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const e = (typeof err === 'object' && err !== null ? err : {}) as HttpError;
    if (res.headersSent) {
      if (!(
        err instanceof Error &&
        /ERR_HTTP_HEADERS_SENT|after they are sent/.test(`${(err as { code?: string }).code} ${err.message}`)
      ))
        logger.warn('error after the response started', {
          requestId: requestIdOf(res),
          error: err instanceof Error ? err.message : String(err),
        });
      return;
    }
    if (e.type === 'entity.too.large')
      return send(
        req,
        res,
        413,
        'BAD_REQUEST',
        `Request body is larger than the limit of ${bodyLimit} (BODY_LIMIT)`,
      );
    if (e.type === 'entity.parse.failed')
      return send(req, res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return send(req, res, status, 'BAD_REQUEST', 'Bad request');
    logger.error('unhandled HTTP error', {
      requestId: requestIdOf(res),
      method: req.method,
      path: req.path,
      error: err instanceof Error ? err.message : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    });
    send(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
