import type { ClaimPosition } from '../store/graph-store.port';
import { BadUserInputError } from './errors';

/**
 * Cursors of an actor's claims: the claim's position in the claim order (keyset pagination needs
 * the whole sort key, not only an id), as base64url JSON. A tag and a shape check make any other
 * string, a node cursor included, a BAD_USER_INPUT rather than a store error.
 */
const TAG = 'claim';
const MAX_PART = 500;

export function encodeClaimCursor(p: ClaimPosition): string {
  return Buffer.from(JSON.stringify([TAG, p.date, p.reportId, p.edgeId]), 'utf8').toString('base64url');
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_PART;

export function decodeClaimCursor(cursor: string, argument = 'after'): ClaimPosition {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not JSON: falls through to the error below.
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 4 &&
    parsed[0] === TAG &&
    (parsed[1] === null || text(parsed[1])) &&
    text(parsed[2]) &&
    text(parsed[3])
  )
    return { date: parsed[1] as string | null, reportId: parsed[2], edgeId: parsed[3] };
  throw BadUserInputError.at(
    argument,
    'is not a claim cursor of this API (use claimsConnection pageInfo.endCursor or an edge cursor)',
  );
}
