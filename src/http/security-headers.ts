import type { NextFunction, Request, Response } from 'express';

/**
 * Baseline for every response: JSON answers may not be framed, sniffed or used to leak referrers.
 * HTML pages (the playground, /explore) replace the CSP with their own.
 */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * GraphiQL is one self-contained page: inline script and style, Monaco's workers from blob: URLs,
 * icons and fonts as data: URLs, and requests only to /graphql on this origin. Nothing else may load.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.set(BASELINE_HEADERS);
    next();
  };
}
