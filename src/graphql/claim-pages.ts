import type { Config } from '../config/config';
import type { FigureClaim } from '../domain/model';
import type { ClaimPage, ClaimPageRequest } from '../store/graph-store.port';
import type { PageArgs } from './args/page.args';
import type { RelationPageArgs } from './args/relation-page.args';
import { decodeClaimCursor, encodeClaimCursor } from './claim-cursor';
import { DEFAULT_PAGE_SIZE } from './complexity';
import { pageSize } from './pagination';
import type { Connection } from './types/connection.type';

/** `first`/`after` of a claims page, checked like every other page before anything reaches the store. */
export function claimPageRequest(args: PageArgs | RelationPageArgs, config: Config): ClaimPageRequest {
  return {
    first: pageSize(args.first ?? DEFAULT_PAGE_SIZE, config),
    after: args.after === null || args.after === undefined ? null : decodeClaimCursor(args.after),
  };
}

/** Actor.claims: null (the whole list, as API.md has it) unless the client asked for a page. */
export function optionalClaimPage(args: RelationPageArgs, config: Config): ClaimPageRequest | null {
  const paged =
    (args.first !== null && args.first !== undefined) || (args.after !== null && args.after !== undefined);
  return paged ? claimPageRequest(args, config) : null;
}

export function toClaimConnection(page: ClaimPage, totalCount: number): Connection<FigureClaim> {
  const edges = page.edges.map((e) => ({ cursor: encodeClaimCursor(e.position), node: e.claim }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
    totalCount,
  };
}
