import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor, Report, SimilarActor } from '../../domain/model';
import type { GraphContext } from '../context';
import { ActorType } from '../types/actor.type';
import { ReportType } from '../types/report.type';
import { SimilarActorType } from '../types/similar-actor.type';

@Resolver(() => SimilarActorType)
export class SimilarActorResolver {
  @FieldResolver(() => ActorType, { description: 'The other actor, kept as a separate node.' })
  actor(@Root() link: SimilarActor, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.loaders.actor.load(link.otherId);
  }

  @FieldResolver(() => ReportType, { description: 'The report whose mention raised the match.' })
  report(@Root() link: SimilarActor, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(link.reportId);
  }
}
