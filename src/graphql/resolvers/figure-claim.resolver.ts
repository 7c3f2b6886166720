import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Actor, Figure, FigureClaim, Report } from '../../domain/model';
import { relationList } from '../complexity';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { ActorType } from '../types/actor.type';
import { FigureClaimType } from '../types/figure-claim.type';
import { FigureType } from '../types/figure.type';
import { ReportType } from '../types/report.type';

@Resolver(() => FigureClaimType)
export class FigureClaimResolver {
  @Query(() => [FigureClaimType], {
    complexity: relationList,
    description:
      'One quantity, all sources, in date order (undated last): e.g. metric "killed", subject "Russian soldiers".',
  })
  timeline(
    @Arg('metric') metric: string,
    @Arg('subject', () => String, { nullable: true }) subject: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<FigureClaim[]> {
    if (metric.trim().length === 0) throw BadUserInputError.at('metric', 'must not be empty');
    return ctx.store.timeline(metric, subject);
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description:
      'Who stated the figure. Null for an unattributed figure: the report states it without naming a source.',
  })
  actor(@Root() claim: FigureClaim, @Ctx() ctx: GraphContext): Promise<Actor | null> | null {
    return claim.actorId ? ctx.loaders.actor.load(claim.actorId) : null;
  }

  @FieldResolver(() => FigureType)
  figure(@Root() claim: FigureClaim, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.loaders.figure.load(claim.figureId);
  }

  @FieldResolver(() => ReportType, { description: 'The report whose text contains `quote`.' })
  report(@Root() claim: FigureClaim, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(claim.reportId);
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The outlet that relayed the statement (e.g. RIA Novosti), if any.',
  })
  via(@Root() claim: FigureClaim, @Ctx() ctx: GraphContext): Promise<Actor | null> | null {
    return claim.viaId ? ctx.loaders.actor.load(claim.viaId) : null;
  }
}
