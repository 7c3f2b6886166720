import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[\w.:-]{8,64}$/;

/** The request id of this response (set by `requestId()` before anything else runs). */
export const requestIdOf = (res: Response): string => String(res.locals.requestId ?? 'unknown');

/**
 * Gives every request an id, sent back as `x-request-id` and written in every log line about it. A
 * well-formed id from a proxy in front is kept, so one id follows the request end to end.
 */
export function requestId() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.get('x-request-id');
    const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  };
}
