import type DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Actor, ControlClaim, Dispute, Figure, FigureClaim, Place, Report } from '../../domain/model';
import { PageArgs } from '../args/page.args';
import { pageOf, relationList } from '../complexity';
import type { GraphContext } from '../context';
import { parseId } from '../ids';
import { ReportFilterInput } from '../inputs/report-filter.input';
import { loadPresent } from '../loaders';
import { pageRequest, toConnection } from '../pagination';
import { ActorType } from '../types/actor.type';
import type { Connection } from '../types/connection.type';
import { ReportConnection } from '../types/connections';
import { ControlClaimType } from '../types/control-claim.type';
import { DisputeType } from '../types/dispute.type';
import { FigureClaimType } from '../types/figure-claim.type';
import { FigureType } from '../types/figure.type';
import { PlaceType } from '../types/place.type';
import { ReportType } from '../types/report.type';

/** Loads the lists of many keys and keeps the items stated in one report (relations are stored per target). */
async function ofReport<T extends { id: string; reportId: string }>(
  loader: DataLoader<string, T[]>,
  keys: string[],
  reportId: string,
): Promise<T[]> {
  const seen = new Map<string, T>();
  for (const list of await loader.loadMany(keys)) {
    if (list instanceof Error) throw list;
    for (const item of list) if (item.reportId === reportId) seen.set(item.id, item);
  }
  return [...seen.values()];
}

@Resolver(() => ReportType)
export class ReportResolver {
  @Query(() => ReportType, { nullable: true, description: 'A report by id; null when unknown.' })
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(parseId(id, 'id', 'Report'));
  }

  @Query(() => ReportConnection, { complexity: pageOf(20) })
  async reports(
    @Arg('filter', () => ReportFilterInput, { nullable: true }) filter: ReportFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Connection<Report>> {
    const request = pageRequest(page, ctx.config);
    return toConnection(
      await ctx.store.listReports({ from: filter?.from ?? null, to: filter?.to ?? null }, request),
      ctx.loaders.report,
    );
  }

  @FieldResolver(() => ActorType, { nullable: true, description: 'The publishing outlet, when known.' })
  publisher(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<Actor | null> | null {
    return report.publisherId ? ctx.loaders.actor.load(report.publisherId) : null;
  }

  @FieldResolver(() => [FigureType], {
    complexity: relationList,
    description: 'Figures stated in this report.',
  })
  async figures(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<Figure[]> {
    return loadPresent(ctx.loaders.figure, (await ctx.loaders.contentsOfReport.load(report.id)).figures);
  }

  @FieldResolver(() => [ActorType], { complexity: relationList, description: 'Actors this report mentions.' })
  async actors(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<Actor[]> {
    return loadPresent(ctx.loaders.actor, (await ctx.loaders.contentsOfReport.load(report.id)).actors);
  }

  @FieldResolver(() => [PlaceType], { complexity: relationList, description: 'Places this report mentions.' })
  async places(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<Place[]> {
    return loadPresent(ctx.loaders.place, (await ctx.loaders.contentsOfReport.load(report.id)).places);
  }

  @FieldResolver(() => [ControlClaimType], {
    complexity: relationList,
    description: 'Control claims stated in this report.',
  })
  async controlClaims(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<ControlClaim[]> {
    return loadPresent(ctx.loaders.control, (await ctx.loaders.contentsOfReport.load(report.id)).controls);
  }

  @FieldResolver(() => [FigureClaimType], {
    complexity: relationList,
    description: 'Every figure statement of this report, with its quote.',
  })
  async claims(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<FigureClaim[]> {
    return ofReport(
      ctx.loaders.claimsOfFigure,
      (await ctx.loaders.contentsOfReport.load(report.id)).figures,
      report.id,
    );
  }

  @FieldResolver(() => [DisputeType], {
    complexity: relationList,
    description: 'Every dispute this report records, with its quote.',
  })
  async disputes(@Root() report: Report, @Ctx() ctx: GraphContext): Promise<Dispute[]> {
    const contents = await ctx.loaders.contentsOfReport.load(report.id);
    return ofReport(ctx.loaders.disputesOfTarget, [...contents.figures, ...contents.controls], report.id);
  }
}
