import type DataLoader from 'dataloader';
import type { Config } from '../config/config';
import type { Page, PageRequest } from '../store/graph-store.port';
import { DEFAULT_PAGE_SIZE } from './complexity';
import { BadUserInputError } from './errors';
import { decodeCursor, encodeCursor } from './ids';
import { loadPresent } from './loaders';
import type { PageArgs } from './args/page.args';
import type { Connection } from './types/connection.type';

/** Validates `first`/`after` against the server's limits before anything reaches the store. */
export function pageRequest(args: PageArgs, config: Config): PageRequest {
  const first = pageSize(args.first ?? DEFAULT_PAGE_SIZE, config);
  return { first, after: args.after === null || args.after === undefined ? null : decodeCursor(args.after) };
}

/** The one check of a `first` argument, so every paginated field answers the same BAD_USER_INPUT. */
export function pageSize(first: number, config: Config): number {
  if (!Number.isInteger(first) || first < 0)
    throw BadUserInputError.at('first', 'must be zero or a positive integer');
  if (first > config.maxPageSize)
    throw BadUserInputError.at(
      'first',
      `must be at most ${config.maxPageSize} (the server's maximum page size)`,
    );
  return first;
}

/** A page of ids from the store -> a Relay connection; the nodes come through the request's loader (one batch). */
export async function toConnection<T extends { id: string }>(
  page: Page,
  loader: DataLoader<string, T | null>,
): Promise<Connection<T>> {
  const nodes = await loadPresent(loader, page.ids);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
    totalCount: page.totalCount,
  };
}
