import { Field, InputType } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import { ActorKindEnum } from '../enums';

@InputType('ActorFilter')
export class ActorFilterInput {
  @Field(() => ActorKindEnum, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  name?: string | null;
}
