import { Field, InputType } from 'type-graphql';
import type { PlaceKind } from '../../domain/enums';
import { PlaceKindEnum } from '../enums';
import { Aliases, Optional, Required } from './bundle-rules';

@InputType('BundlePlaceInput')
export class BundlePlaceInput {
  @Field()
  @Required(200)
  key!: string;

  @Field()
  @Required()
  name!: string;

  @Field(() => [String], { nullable: true })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => PlaceKindEnum)
  kind!: PlaceKind;

  @Field(() => String, { nullable: true })
  @Optional()
  country?: string | null;
}
