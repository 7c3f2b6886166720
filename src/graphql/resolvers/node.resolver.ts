import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphNode } from '../../domain/model';
import { DEFAULT_SEARCH_SIZE, pageOf } from '../complexity';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { parseId } from '../ids';
import { loadPresent } from '../loaders';
import { NodeInterface } from '../types/node.interface';

const MAX_SEARCH_TEXT = 200;
const DEFAULT_PATH_LENGTH = 6;
/** The store caps shortest-path search at 10 hops; asking for more is a mistake worth naming. */
const MAX_PATH_LENGTH = 10;

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any node by id; null when unknown, BAD_USER_INPUT when malformed.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<GraphNode | null> {
    return ctx.loaders.node.load(parseId(id, 'id'));
  }

  @Query(() => [NodeInterface], {
    complexity: pageOf(DEFAULT_SEARCH_SIZE),
    description:
      'Names and aliases (Zelensky = Zelenskyy, exact matches first), then full text of quotes and reports.',
  })
  async search(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_SEARCH_SIZE }) first: number,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphNode[]> {
    if (text.trim().length === 0) throw BadUserInputError.at('text', 'must not be empty');
    if (text.length > MAX_SEARCH_TEXT)
      throw BadUserInputError.at('text', `must be at most ${MAX_SEARCH_TEXT} characters`);
    if (!Number.isInteger(first) || first < 1)
      throw BadUserInputError.at('first', 'must be a positive integer');
    if (first > ctx.config.maxPageSize)
      throw BadUserInputError.at('first', `must be at most ${ctx.config.maxPageSize}`);
    const hits = await ctx.store.search(text, first);
    return loadPresent(
      ctx.loaders.node,
      hits.map((h) => h.id),
    );
  }

  @Query(() => [NodeInterface], {
    nullable: true,
    description:
      'Shortest undirected connection between two nodes, both ends included; null when none within maxLength hops.',
  })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxLength', () => Int, { nullable: true, defaultValue: DEFAULT_PATH_LENGTH }) maxLength: number,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphNode[] | null> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH)
      throw BadUserInputError.at('maxLength', `must be an integer from 1 to ${MAX_PATH_LENGTH}`);
    const [a, b] = await Promise.all([
      ctx.loaders.node.load(parseId(from, 'from')),
      ctx.loaders.node.load(parseId(to, 'to')),
    ]);
    if (a === null) throw new NotFoundError(`from: no node has the id "${from}"`, 'from');
    if (b === null) throw new NotFoundError(`to: no node has the id "${to}"`, 'to');
    const ids = await ctx.store.shortestPath(from, to, maxLength);
    return ids === null ? null : loadPresent(ctx.loaders.node, ids);
  }
}
