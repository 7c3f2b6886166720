import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { SimilarActor } from '../../domain/model';
import type { SimilarityReason } from '../../domain/similarity';
import { SimilarityReasonEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

/**
 * An actor that is probably, not certainly, the same as the one asked about. The two were never
 * merged: both nodes keep their own claims, and this link says why they may be one.
 */
@ObjectType('SimilarActor')
export class SimilarActorType implements SimilarActor {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, {
    description: 'How similar the names are, in (0, 1); never 1 (that would be a merge).',
  })
  score!: number;

  @Field(() => SimilarityReasonEnum)
  reason!: SimilarityReason;

  @Field({ description: 'The name as the report printed it: an exact substring of report.text.' })
  quote!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  actorId!: string;
  otherId!: string;
  reportId!: string;
}
