import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor, ControlClaim, Dispute, Place, Report } from '../../domain/model';
import { relationList } from '../complexity';
import type { GraphContext } from '../context';
import { ActorType } from '../types/actor.type';
import { ControlClaimType } from '../types/control-claim.type';
import { DisputeType } from '../types/dispute.type';
import { PlaceType } from '../types/place.type';
import { ReportType } from '../types/report.type';

@Resolver(() => ControlClaimType)
export class ControlClaimResolver {
  @FieldResolver(() => ActorType, { description: 'Who is said to control the place.' })
  controller(@Root() claim: ControlClaim, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.loaders.actor.load(claim.controllerId);
  }

  @FieldResolver(() => PlaceType)
  place(@Root() claim: ControlClaim, @Ctx() ctx: GraphContext): Promise<Place | null> {
    return ctx.loaders.place.load(claim.placeId);
  }

  @FieldResolver(() => ActorType, { description: 'Who makes the claim.' })
  claimedBy(@Root() claim: ControlClaim, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.loaders.actor.load(claim.claimantId);
  }

  @FieldResolver(() => ReportType, { description: 'The report whose text contains `quote`.' })
  report(@Root() claim: ControlClaim, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(claim.reportId);
  }

  @FieldResolver(() => [DisputeType], { complexity: relationList })
  disputedBy(@Root() claim: ControlClaim, @Ctx() ctx: GraphContext): Promise<Dispute[]> {
    return ctx.loaders.disputesOfTarget.load(claim.id);
  }
}
