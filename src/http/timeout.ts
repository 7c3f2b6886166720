import type { NextFunction, Request, Response } from 'express';
import { requestIdOf } from './request-id';

/**
 * Answers 503 SERVICE_UNAVAILABLE when a request runs longer than `ms`. The store call itself cannot
 * be cancelled; the client is freed and whatever the handler writes later is dropped (the error
 * handler ignores writes after the headers are sent).
 */
export function requestTimeout(ms: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).json({
        errors: [
          {
            message: `The request took longer than ${ms} ms and was abandoned; narrow the query or try again`,
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId: requestIdOf(res) },
          },
        ],
      });
    }, ms);
    timer.unref();
    const clear = (): void => clearTimeout(timer);
    res.on('finish', clear);
    res.on('close', clear);
    next();
  };
}
