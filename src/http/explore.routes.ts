import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';

export interface ExploreRouterOptions {
  /** Directory of the built page (web/dist); found next to the sources or the compiled tree by default. */
  webRoot?: string;
}

/**
 * The page loads only its own bundle and stylesheet and talks only to /graphql on the same origin, so
 * the policy can be `'self'` for everything: no outside host, no inline script or style. (Cytoscape's
 * one injected <style> is pre-empted by an element in the page with the id it looks for.)
 */
export const EXPLORE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': EXPLORE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

const PAGE = 'explore.html';

/** web/dist seen from src/http (ts-jest) or from dist/src/http (the compiled server). */
export function defaultWebRoot(): string {
  const candidates = [
    resolve(__dirname, '..', '..', 'web', 'dist'),
    resolve(__dirname, '..', '..', '..', 'web', 'dist'),
  ];
  return candidates.find((dir) => existsSync(resolve(dir, PAGE))) ?? candidates[0]!;
}

/** `GET /explore`: the network explorer page and its bundled assets, from the build in web/dist. */
export function createExploreRouter(options: ExploreRouterOptions = {}): Router {
  const root = options.webRoot ?? defaultWebRoot();
  const router = Router();

  router.use('/explore', (_req: Request, res: Response, next: NextFunction) => {
    res.set(SECURITY_HEADERS);
    next();
  });

  router.get(['/explore', '/explore/'], (_req: Request, res: Response) => {
    if (!existsSync(resolve(root, PAGE))) {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer page is not built yet: run `npm run build` (it writes web/dist).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(PAGE, { root, dotfiles: 'deny' });
  });

  router.use(
    '/explore',
    express.static(root, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  return router;
}
