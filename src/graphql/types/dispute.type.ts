import { Field, ID, ObjectType } from 'type-graphql';
import type { Dispute } from '../../domain/model';
import { DateScalar } from '../scalars/date.scalar';

/** An explicit rejection ("rejected", "dismissed", "denied" …) of a figure or of a control claim. */
@ObjectType('Dispute')
export class DisputeType implements Dispute {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Exact substring of report.text.' })
  quote!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  actorId!: string;
  reportId!: string;
  figureId!: string | null;
  controlId!: string | null;
}
