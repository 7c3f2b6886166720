import { ActorType } from './actor.type';
import { connectionOf } from './connection.type';
import { FigureClaimType } from './figure-claim.type';
import { FigureType } from './figure.type';
import { PlaceType } from './place.type';
import { ReportType } from './report.type';

/** Built once at module load: type-graphql must see each connection class exactly once. */
export const ActorConnection = connectionOf('Actor', ActorType);
export const PlaceConnection = connectionOf('Place', PlaceType);
export const ReportConnection = connectionOf('Report', ReportType);
export const FigureConnection = connectionOf('Figure', FigureType);
/** An actor's claims, paged (Actor.claimsConnection); edge cursors carry the claim's sort position. */
export const FigureClaimConnection = connectionOf(
  'FigureClaim',
  FigureClaimType,
  "Opaque cursor (the claim's position in the actor's claim order).",
);
