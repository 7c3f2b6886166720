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

/**
 * A relationship list that can be paged (Actor.claims). Without `first`/`after` it is priced like every
 * relationship list (relationList). A page holds at most `first` rows (20 with only `after`), so it is
 * priced as min(first, RELATION_FANOUT) rows: never more than the whole list, less for small pages.
 * Not as `first` rows (the worst case, as pageOf prices roots): that would charge a client who bounds
 * the read more than one who does not, and the unbounded list cannot be priced above RELATION_FANOUT
 * without pushing seed question 7 (`actors(first: 100) { … claims … }`) over the default limit.
 */
export const relationPage = (estimate: ComplexityEstimatorArgs): number => {
  const { args, childComplexity } = estimate;
  const asked = typeof args.first === 'number' && args.first >= 0;
  if (!asked && typeof args.after !== 'string') return relationList(estimate);
  const first = asked ? (args.first as number) : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(first, RELATION_FANOUT) * childComplexity;
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
