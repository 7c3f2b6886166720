import type { NextFunction, Request, Response } from 'express';

/**
 * CORS closed by default: without CORS_ORIGINS no browser page on another origin can read an answer.
 * Listed origins (or `*`) get the headers a GraphQL client needs, Authorization included.
 */
export function cors(origins: readonly string[]) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get('origin');
    const ok = origin !== undefined && (any || allowed.has(origin));
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.append('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    }
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      if (ok) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'Access-Control-Allow-Headers',
          'Content-Type, Authorization, Apollo-Require-Preflight, X-Request-Id',
        );
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
