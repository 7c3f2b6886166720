import { Field, ObjectType } from 'type-graphql';
import type { PlaceKind } from '../../domain/enums';
import type { Place } from '../../domain/model';
import { PlaceKindEnum } from '../enums';
import { NodeInterface } from './node.interface';

@ObjectType('Place', { implements: NodeInterface })
export class PlaceType extends NodeInterface implements Place {
  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => PlaceKindEnum)
  kind!: PlaceKind;

  @Field(() => String, { nullable: true })
  country!: string | null;
}
