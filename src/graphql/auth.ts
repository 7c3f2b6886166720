import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareFn } from 'type-graphql';
import type { GraphContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Writes need `Authorization: Bearer <CLAIMGRAPH_TOKEN>`. Both sides are hashed first so the
 * comparison is constant-time whatever the lengths (timingSafeEqual needs equal-length buffers).
 * Reads stay open. Neither the header nor the token is ever logged or echoed.
 */
export function checkWriteToken(configured: string | null, authorization: string | null): void {
  if (configured === null)
    throw new ForbiddenError(
      'Writes are disabled on this server: set CLAIMGRAPH_TOKEN (16+ characters) and restart to enable them',
    );
  const presented = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
  if (presented === undefined || !timingSafeEqual(digest(presented), digest(configured)))
    throw new UnauthenticatedError();
}

/** Runs before argument validation (type-graphql applies middlewares first), so input is not even read without a token. */
export const RequireWriteToken: MiddlewareFn<GraphContext> = async ({ context }, next) => {
  checkWriteToken(context.config.token, context.authorization);
  return next();
};
