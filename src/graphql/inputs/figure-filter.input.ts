import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@InputType('FigureFilter', { description: 'All given conditions must hold.' })
export class FigureFilterInput {
  @Field(() => String, { nullable: true, description: 'e.g. killed, wounded, refugees.' })
  metric?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matched on the normalised subject: "Russian troops" finds "Russian soldiers".',
  })
  subject?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Actor id of a claimant, e.g. actor:russian-defence-ministry.',
  })
  claimant?: string | null;

  @Field(() => Float, { nullable: true })
  minValue?: number | null;

  @Field(() => Float, { nullable: true })
  maxValue?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Inclusive, on asOf.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Inclusive, on asOf.' })
  to?: string | null;
}
