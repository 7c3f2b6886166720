import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfoType } from './page-info.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoType;
  totalCount: number;
}

/**
 * Relay connection types for one node type (`ActorConnection`, `ActorEdge`). A factory, because
 * type-graphql needs one decorated class per GraphQL type and the list roots and paged relationships share the shape.
 */
export function connectionOf<T extends object>(
  name: string,
  nodeType: ClassType<T>,
  cursorDescription = 'Opaque cursor (base64 of the node id).',
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: cursorDescription })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: 'How many items match the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
