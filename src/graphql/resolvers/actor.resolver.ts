import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Actor, ControlClaim, Dispute, FigureClaim, Report, SimilarActor } from '../../domain/model';
import { PageArgs } from '../args/page.args';
import { RelationPageArgs } from '../args/relation-page.args';
import { claimPageRequest, optionalClaimPage, toClaimConnection } from '../claim-pages';
import { DEFAULT_PAGE_SIZE, pageOf, relationList, relationPage } from '../complexity';
import type { GraphContext } from '../context';
import { parseId } from '../ids';
import { ActorFilterInput } from '../inputs/actor-filter.input';
import { loadPresent } from '../loaders';
import { pageRequest, toConnection } from '../pagination';
import { ActorType } from '../types/actor.type';
import { ActorConnection, FigureClaimConnection } from '../types/connections';
import type { Connection } from '../types/connection.type';
import { ControlClaimType } from '../types/control-claim.type';
import { DisputeType } from '../types/dispute.type';
import { FigureClaimType } from '../types/figure-claim.type';
import { ReportType } from '../types/report.type';
import { SimilarActorType } from '../types/similar-actor.type';

@Resolver(() => ActorType)
export class ActorResolver {
  @Query(() => ActorType, {
    nullable: true,
    description: 'An actor by id (actor:volodymyr-zelensky); null when unknown.',
  })
  actor(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.loaders.actor.load(parseId(id, 'id', 'Actor'));
  }

  @Query(() => ActorConnection, {
    complexity: pageOf(20),
    description: 'Actors by id order, filtered by kind and name.',
  })
  async actors(
    @Arg('filter', () => ActorFilterInput, { nullable: true }) filter: ActorFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Connection<Actor>> {
    const request = pageRequest(page, ctx.config);
    return toConnection(
      await ctx.store.listActors({ kind: filter?.kind ?? null, name: filter?.name ?? null }, request),
      ctx.loaders.actor,
    );
  }

  @FieldResolver(() => ActorType, {
    nullable: true,
    description: 'The organisation this actor belongs to or speaks for.',
  })
  affiliation(@Root() actor: Actor, @Ctx() ctx: GraphContext): Promise<Actor | null> | null {
    return actor.affiliationId ? ctx.loaders.actor.load(actor.affiliationId) : null;
  }

  @FieldResolver(() => [FigureClaimType], {
    complexity: relationPage,
    description:
      'Figures this actor stated, each with report and quote; by date (undated last), report id, claim id. Without `first`/`after` the whole list; claimsConnection adds totalCount and cursors.',
  })
  async claims(
    @Root() actor: Actor,
    @Args() args: RelationPageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<FigureClaim[]> {
    const page = optionalClaimPage(args, ctx.config);
    if (page === null) return ctx.loaders.claimsOfActor.load(actor.id);
    const found = await ctx.loaders.claimPageOfActor.load({ actorId: actor.id, page });
    return found.edges.map((e) => e.claim);
  }

  @FieldResolver(() => FigureClaimConnection, {
    complexity: pageOf(DEFAULT_PAGE_SIZE),
    description: 'The claims of Actor.claims as a Relay connection, to page through an actor with many.',
  })
  async claimsConnection(
    @Root() actor: Actor,
    @Args() args: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<Connection<FigureClaim>> {
    const page = claimPageRequest(args, ctx.config);
    const [found, total] = await Promise.all([
      ctx.loaders.claimPageOfActor.load({ actorId: actor.id, page }),
      ctx.loaders.claimCountOfActor.load(actor.id),
    ]);
    return toClaimConnection(found, total);
  }

  @FieldResolver(() => [DisputeType], { complexity: relationList, description: 'Disputes this actor made.' })
  disputes(@Root() actor: Actor, @Ctx() ctx: GraphContext): Promise<Dispute[]> {
    return ctx.loaders.disputesOfActor.load(actor.id);
  }

  @FieldResolver(() => [ControlClaimType], {
    complexity: relationList,
    description: 'Control claims this actor asserted.',
  })
  controlClaims(@Root() actor: Actor, @Ctx() ctx: GraphContext): Promise<ControlClaim[]> {
    return ctx.loaders.controlsOfActor.load(actor.id);
  }

  @FieldResolver(() => [ReportType], {
    complexity: relationList,
    description: 'Reports that cite this actor.',
  })
  async reports(@Root() actor: Actor, @Ctx() ctx: GraphContext): Promise<Report[]> {
    return loadPresent(ctx.loaders.report, await ctx.loaders.reportsOf.load(actor.id));
  }

  @FieldResolver(() => [SimilarActorType], {
    complexity: relationList,
    description:
      'Actors that are probably the same as this one but were not merged (a surname alone, initials, a near spelling), most similar first.',
  })
  similarTo(@Root() actor: Actor, @Ctx() ctx: GraphContext): Promise<SimilarActor[]> {
    return ctx.loaders.similarOfActor.load(actor.id);
  }
}
