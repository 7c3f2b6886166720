import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ControlClaim, Place, Report } from '../../domain/model';
import { PageArgs } from '../args/page.args';
import { pageOf, relationList } from '../complexity';
import type { GraphContext } from '../context';
import { parseId } from '../ids';
import { PlaceFilterInput } from '../inputs/place-filter.input';
import { loadPresent } from '../loaders';
import { pageRequest, toConnection } from '../pagination';
import type { Connection } from '../types/connection.type';
import { PlaceConnection } from '../types/connections';
import { ControlClaimType } from '../types/control-claim.type';
import { PlaceType } from '../types/place.type';
import { ReportType } from '../types/report.type';

@Resolver(() => PlaceType)
export class PlaceResolver {
  @Query(() => PlaceType, {
    nullable: true,
    description: 'A place by id (place:kherson); null when unknown.',
  })
  place(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Place | null> {
    return ctx.loaders.place.load(parseId(id, 'id', 'Place'));
  }

  @Query(() => PlaceConnection, { complexity: pageOf(20) })
  async places(
    @Arg('filter', () => PlaceFilterInput, { nullable: true }) filter: PlaceFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Connection<Place>> {
    const request = pageRequest(page, ctx.config);
    return toConnection(
      await ctx.store.listPlaces({ kind: filter?.kind ?? null, name: filter?.name ?? null }, request),
      ctx.loaders.place,
    );
  }

  @FieldResolver(() => [ControlClaimType], {
    complexity: relationList,
    description: 'Who says who controls it; each with its disputes.',
  })
  controlClaims(@Root() place: Place, @Ctx() ctx: GraphContext): Promise<ControlClaim[]> {
    return ctx.loaders.controlsOfPlace.load(place.id);
  }

  @FieldResolver(() => [ReportType], { complexity: relationList })
  async reports(@Root() place: Place, @Ctx() ctx: GraphContext): Promise<Report[]> {
    return loadPresent(ctx.loaders.report, await ctx.loaders.reportsOf.load(place.id));
  }
}
