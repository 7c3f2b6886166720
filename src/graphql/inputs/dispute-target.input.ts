import { Field, InputType } from 'type-graphql';
import { Optional } from './bundle-rules';

/** Exactly one of `figure` or `control` (checked by checkBundle): GraphQL has no input unions yet. */
@InputType('DisputeTargetInput')
export class DisputeTargetInput {
  @Field(() => String, { nullable: true, description: 'Key of a figure in this bundle.' })
  @Optional(200)
  figure?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of a control claim in this bundle.' })
  @Optional(200)
  control?: string | null;
}
