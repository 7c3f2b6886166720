import { Field, InputType } from 'type-graphql';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';
import type { ControlStatus } from '../../domain/enums';
import { ControlStatusEnum } from '../enums';
import { OptionalDate, Required } from './bundle-rules';

@InputType('BundleControlInput', { description: '"claimant says controller <status> place".' })
export class BundleControlInput {
  @Field()
  @Required(200)
  key!: string;

  @Field({ description: 'Actor key of who makes the claim.' })
  @Required(200)
  claimant!: string;

  @Field({ description: 'Actor key of who is said to control the place.' })
  @Required(200)
  controller!: string;

  @Field({ description: 'Place key.' })
  @Required(200)
  place!: string;

  @Field(() => ControlStatusEnum)
  status!: ControlStatus;

  @Field({ description: 'Exact substring of report.text.' })
  @Required(BUNDLE_LIMITS.quoteChars)
  quote!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalDate()
  date?: string | null;
}
