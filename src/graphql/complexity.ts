import { getNamedType, isLeafType } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * Cost model for graphql-query-complexity, in store work: scalar and enum fields come with their node
 * and cost nothing (`leafEstimator`); every object field is one load (simpleEstimator, 1); relationship
 * lists, unbounded in the schema, are priced as if each held RELATION_FANOUT items; paginated roots by
 * the page size actually asked for (the last two through fieldExtensionsEstimator).
 */
export const RELATION_FANOUT = 5;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SEARCH_SIZE = 10;

export const relationList = ({ childComplexity }: ComplexityEstimatorArgs): number =>
  1 + RELATION_FANOUT * childComplexity;

/**
 * A page costs `first` times its items. `first` is capped at the server's page size (passed in the
 * estimator context) so an oversized page answers the clearer BAD_USER_INPUT from the resolver.
 */
export const pageOf =
  (fallback: number) =>
  ({ args, childComplexity, context }: ComplexityEstimatorArgs): number => {
    const cap = typeof context?.maxPageSize === 'number' ? context.maxPageSize : Number.POSITIVE_INFINITY;
    const first = Math.min(typeof args.first === 'number' && args.first > 0 ? args.first : fallback, cap);
    return 2 + first * Math.max(1, childComplexity);
  };

/** The server's default MAX_PAGE_SIZE, for an estimator run without the limits plugin's context. */
const UNBOUNDED_PAGE_FALLBACK = 100;

/**
 * A relationship list that can be paged (Actor.claims): with `first` (or only `after`, 20) it costs
 * its page, like pageOf without the count. Without either it is the whole list, which on a hot actor
 * is far longer than any page, so it is priced as the largest page the server allows: a client that
 * asks for `first: 50` is never charged more than one that asks for everything.
 */
export const relationPage = ({ args, childComplexity, context }: ComplexityEstimatorArgs): number => {
  const cap = typeof context?.maxPageSize === 'number' ? context.maxPageSize : UNBOUNDED_PAGE_FALLBACK;
  const asked = typeof args.first === 'number' && args.first >= 0;
  const paged = asked || typeof args.after === 'string';
  const rows = paged ? Math.min(asked ? (args.first as number) : DEFAULT_PAGE_SIZE, cap) : cap;
  return 1 + rows * Math.max(1, childComplexity);
};

/** A network answer is flat but can hold `limit` nodes; price it by the limit asked for. */
export const networkCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
  const limit = typeof args.limit === 'number' && args.limit > 0 ? args.limit : 200;
  return 10 + Math.ceil(limit / 20) * Math.max(1, childComplexity);
};

/** Scalars and enums are read with their node: free. Returns nothing for object fields (next estimator). */
export const leafEstimator =
  (): ComplexityEstimator =>
  ({ field }) =>
    isLeafType(getNamedType(field.type)) ? 0 : undefined;
