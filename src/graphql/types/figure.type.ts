import { Field, Float, ObjectType } from 'type-graphql';
import type { Qualifier } from '../../domain/enums';
import type { Figure } from '../../domain/model';
import { QualifierEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';
import { NodeInterface } from './node.interface';

/** One stated quantity: "498 Russian soldiers killed as of 2022-03-02". Who stated it is in `claimedBy`. */
@ObjectType('Figure', { implements: NodeInterface })
export class FigureType extends NodeInterface implements Figure {
  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Lower bound when the text gives a range.' })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound when the text gives a range.' })
  high!: number | null;

  @Field(() => QualifierEnum, {
    description: 'The qualifier of the first statement; each claim keeps its own.',
  })
  qualifier!: Qualifier;

  @Field({
    description: 'What is counted: killed, wounded, missing, captured, displaced, refugees, equipment_lost …',
  })
  metric!: string;

  @Field({ description: 'Who or what is counted, e.g. "Russian soldiers".' })
  subject!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date the figure refers to; null when the text gives none.',
  })
  asOf!: string | null;

  subjectKey!: string;
}
