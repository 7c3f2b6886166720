import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver } from './resolvers/actor.resolver';
import { ControlClaimResolver } from './resolvers/control-claim.resolver';
import { DisputeResolver } from './resolvers/dispute.resolver';
import { FigureClaimResolver } from './resolvers/figure-claim.resolver';
import { FigureResolver } from './resolvers/figure.resolver';
import { IngestResolver } from './resolvers/ingest.resolver';
import { NetworkResolver } from './resolvers/network.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { PlaceResolver } from './resolvers/place.resolver';
import { ReportResolver } from './resolvers/report.resolver';
import { SimilarActorResolver } from './resolvers/similar-actor.resolver';

type ResolverClass = new () => object;

export const RESOLVERS: [ResolverClass, ...ResolverClass[]] = [
  NodeResolver,
  ActorResolver,
  PlaceResolver,
  ReportResolver,
  FigureResolver,
  FigureClaimResolver,
  ControlClaimResolver,
  DisputeResolver,
  SimilarActorResolver,
  NetworkResolver,
  IngestResolver,
];

/**
 * The executable schema. `validate: true` turns class-validator on for every input (type-graphql 2
 * leaves it off by default). The schema is emitted by cli/emit-schema.ts, never as a side effect here.
 */
export function buildClaimgraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: true });
}

/** The SDL committed as schema/schema.graphql: sorted so the file only changes when the schema does. */
export function printClaimgraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
