import { Field, InputType } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import { ActorKindEnum } from '../enums';
import { Aliases, Optional, Required } from './bundle-rules';

@InputType('BundleActorInput')
export class BundleActorInput {
  @Field({ description: 'Local to this bundle; figures, disputes and controls refer to actors by it.' })
  @Required(200)
  key!: string;

  @Field()
  @Required()
  name!: string;

  @Field(() => [String], { nullable: true })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'Key of another actor in this bundle.' })
  @Optional(200)
  affiliation?: string | null;

  @Field(() => String, { nullable: true, description: 'Role as the text gives it.' })
  @Optional()
  role?: string | null;
}
