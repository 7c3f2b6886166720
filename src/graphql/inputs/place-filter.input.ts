import { Field, InputType } from 'type-graphql';
import type { PlaceKind } from '../../domain/enums';
import { PlaceKindEnum } from '../enums';

@InputType('PlaceFilter')
export class PlaceFilterInput {
  @Field(() => PlaceKindEnum, { nullable: true })
  kind?: PlaceKind | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  name?: string | null;
}
