import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor, ControlClaim, Dispute, Figure, Report } from '../../domain/model';
import type { GraphContext } from '../context';
import { ActorType } from '../types/actor.type';
import { ControlClaimType } from '../types/control-claim.type';
import { DisputeType } from '../types/dispute.type';
import { FigureType } from '../types/figure.type';
import { ReportType } from '../types/report.type';

@Resolver(() => DisputeType)
export class DisputeResolver {
  @FieldResolver(() => ActorType, { description: 'Who disputes.' })
  actor(@Root() dispute: Dispute, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.loaders.actor.load(dispute.actorId);
  }

  @FieldResolver(() => ReportType, { description: 'The report whose text contains `quote`.' })
  report(@Root() dispute: Dispute, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(dispute.reportId);
  }

  @FieldResolver(() => FigureType, {
    nullable: true,
    description: 'The disputed figure (null when a control claim is disputed).',
  })
  figure(@Root() dispute: Dispute, @Ctx() ctx: GraphContext): Promise<Figure | null> | null {
    return dispute.figureId ? ctx.loaders.figure.load(dispute.figureId) : null;
  }

  @FieldResolver(() => ControlClaimType, {
    nullable: true,
    description: 'The disputed control claim (null when a figure is disputed).',
  })
  controlClaim(@Root() dispute: Dispute, @Ctx() ctx: GraphContext): Promise<ControlClaim | null> | null {
    return dispute.controlId ? ctx.loaders.control.load(dispute.controlId) : null;
  }
}
