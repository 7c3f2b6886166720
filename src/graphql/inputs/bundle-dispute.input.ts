import { ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';
import { OptionalDate, Required } from './bundle-rules';
import { DisputeTargetInput } from './dispute-target.input';

@InputType('BundleDisputeInput')
export class BundleDisputeInput {
  @Field({ description: 'Actor key of who disputes.' })
  @Required(200)
  disputer!: string;

  @Field(() => DisputeTargetInput)
  @ValidateNested()
  target!: DisputeTargetInput;

  @Field({ description: 'Exact substring of report.text.' })
  @Required(BUNDLE_LIMITS.quoteChars)
  quote!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalDate()
  date?: string | null;
}
