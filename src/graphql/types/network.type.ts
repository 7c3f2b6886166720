import { Field, ID, ObjectType } from 'type-graphql';
import type { EdgeType, NodeLabel } from '../../domain/enums';
import type { Network, NetworkEdge, NetworkNode } from '../../domain/model';
import { EdgeTypeEnum, NodeKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

/** Shaped for graph views (cytoscape and friends): flat nodes and edges, no nesting. */
@ObjectType('NetworkNode', { simpleResolvers: true })
export class NetworkNodeType implements NetworkNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Display label.' })
  label!: string;

  @Field(() => NodeKindEnum)
  kind!: NodeLabel;
}

@ObjectType('NetworkEdge', { simpleResolvers: true })
export class NetworkEdgeType implements NetworkEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => EdgeTypeEnum)
  type!: EdgeType;

  @Field(() => ID, { nullable: true, description: 'The report behind a CLAIMS, DISPUTES or CONTROLS edge.' })
  reportId!: string | null;

  @Field(() => String, { nullable: true, description: 'Verbatim quote behind the edge, when it has one.' })
  quote!: string | null;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;
}

@ObjectType('Network', { simpleResolvers: true })
export class NetworkType implements Network {
  @Field(() => [NetworkNodeType])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdgeType])
  edges!: NetworkEdge[];

  @Field({ description: 'True when `limit` cut the neighbourhood short.' })
  truncated!: boolean;
}
