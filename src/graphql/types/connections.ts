import { ActorType } from './actor.type';
import { connectionOf } from './connection.type';
import { FigureType } from './figure.type';
import { PlaceType } from './place.type';
import { ReportType } from './report.type';

/** Built once at module load: type-graphql must see each connection class exactly once. */
export const ActorConnection = connectionOf('Actor', ActorType);
export const PlaceConnection = connectionOf('Place', PlaceType);
export const ReportConnection = connectionOf('Report', ReportType);
export const FigureConnection = connectionOf('Figure', FigureType);
