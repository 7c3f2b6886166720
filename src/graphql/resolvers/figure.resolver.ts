import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Dispute, Figure, FigureClaim, Report } from '../../domain/model';
import { PageArgs } from '../args/page.args';
import { pageOf, relationList } from '../complexity';
import type { GraphContext } from '../context';
import { parseId } from '../ids';
import { FigureFilterInput } from '../inputs/figure-filter.input';
import { loadPresent } from '../loaders';
import { pageRequest, toConnection } from '../pagination';
import type { Connection } from '../types/connection.type';
import { FigureConnection } from '../types/connections';
import { DisputeType } from '../types/dispute.type';
import { FigureClaimType } from '../types/figure-claim.type';
import { FigureType } from '../types/figure.type';
import { ReportType } from '../types/report.type';

@Resolver(() => FigureType)
export class FigureResolver {
  @Query(() => FigureType, { nullable: true, description: 'A figure by id; null when unknown.' })
  figure(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.loaders.figure.load(parseId(id, 'id', 'Figure'));
  }

  @Query(() => FigureConnection, {
    complexity: pageOf(20),
    description: 'Figures filtered by quantity, claimant, value and date.',
  })
  async figures(
    @Arg('filter', () => FigureFilterInput, { nullable: true }) filter: FigureFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Connection<Figure>> {
    const request = pageRequest(page, ctx.config);
    const claimantId = filter?.claimant ? parseId(filter.claimant, 'filter.claimant', 'Actor') : null;
    const result = await ctx.store.listFigures(
      {
        metric: filter?.metric ?? null,
        subject: filter?.subject ?? null,
        claimantId,
        minValue: filter?.minValue ?? null,
        maxValue: filter?.maxValue ?? null,
        from: filter?.from ?? null,
        to: filter?.to ?? null,
      },
      request,
    );
    return toConnection(result, ctx.loaders.figure);
  }

  @FieldResolver(() => [FigureClaimType], {
    complexity: relationList,
    description: 'Who stated it, in which report, with the verbatim quote.',
  })
  claimedBy(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<FigureClaim[]> {
    return ctx.loaders.claimsOfFigure.load(figure.id);
  }

  @FieldResolver(() => [DisputeType], {
    complexity: relationList,
    description: 'Explicit disputes ("rejected", "dismissed", "denied" …).',
  })
  disputedBy(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<Dispute[]> {
    return ctx.loaders.disputesOfTarget.load(figure.id);
  }

  @FieldResolver(() => [FigureType], {
    complexity: relationList,
    description:
      'Other figures for the same quantity, from other claimants, at overlapping times, whose ranges cannot both be true.',
  })
  async contradictedBy(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<Figure[]> {
    return loadPresent(ctx.loaders.figure, await ctx.loaders.contradictionsOfFigure.load(figure.id));
  }

  @FieldResolver(() => [ReportType], {
    complexity: relationList,
    description: 'Reports that carry this figure.',
  })
  async reports(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<Report[]> {
    return loadPresent(ctx.loaders.report, await ctx.loaders.reportsOf.load(figure.id));
  }
}
