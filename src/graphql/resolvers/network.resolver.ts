import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { EdgeType } from '../../domain/enums';
import type { Network } from '../../domain/model';
import { networkCost } from '../complexity';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { EdgeTypeEnum } from '../enums';
import { parseId } from '../ids';
import { NetworkType } from '../types/network.type';

const MAX_IDS = 50;
const DEFAULT_DEPTH = 2;
const MAX_DEPTH = 4;
const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 2000;

@Resolver()
export class NetworkResolver {
  @Query(() => NetworkType, {
    complexity: networkCost,
    description: 'The neighbourhood of some nodes, as flat nodes and typed edges ready for a graph view.',
  })
  network(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_DEPTH,
      description: `Hops from the start nodes, 0–${MAX_DEPTH}.`,
    })
    depth: number,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_LIMIT,
      description: `Most nodes returned, 1–${MAX_LIMIT}.`,
    })
    limit: number,
    @Arg('types', () => [EdgeTypeEnum], {
      nullable: true,
      description: 'Only follow these edge types (all when absent).',
    })
    types: EdgeType[] | null,
    @Ctx() ctx: GraphContext,
  ): Promise<Network> {
    const problems = [];
    if (ids.length === 0 || ids.length > MAX_IDS)
      problems.push({ path: 'ids', reason: `must hold 1 to ${MAX_IDS} ids` });
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH)
      problems.push({ path: 'depth', reason: `must be an integer from 0 to ${MAX_DEPTH}` });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      problems.push({ path: 'limit', reason: `must be an integer from 1 to ${MAX_LIMIT}` });
    if (problems.length > 0) throw BadUserInputError.of(problems, 'network arguments');
    const valid = ids.map((id, i) => parseId(id, `ids[${i}]`));
    return ctx.store.neighbourhood({
      ids: valid,
      depth,
      limit,
      edgeTypes: types && types.length > 0 ? types : null,
    });
  }
}
