import { Field, Float, InputType } from 'type-graphql';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';
import type { Qualifier } from '../../domain/enums';
import { QualifierEnum } from '../enums';
import { Amount, Optional, OptionalDate, Required } from './bundle-rules';

@InputType('BundleFigureInput')
export class BundleFigureInput {
  @Field()
  @Required(200)
  key!: string;

  @Field(() => Float)
  @Amount(false)
  value!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'A range "between 10,000 and 15,000" sets low and high.',
  })
  @Amount(true)
  low?: number | null;

  @Field(() => Float, { nullable: true })
  @Amount(true)
  high?: number | null;

  @Field(() => QualifierEnum)
  qualifier!: Qualifier;

  @Field({ description: 'killed wounded missing captured displaced refugees equipment_lost …' })
  @Required(100)
  metric!: string;

  @Field({ description: 'Who or what is counted, e.g. "Russian soldiers".' })
  @Required(300)
  subject!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalDate()
  asOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Actor key of the original source; null when the text names none.',
  })
  @Optional(200)
  claimant?: string | null;

  @Field(() => String, { nullable: true, description: 'Actor key of the relaying outlet.' })
  @Optional(200)
  via?: string | null;

  @Field({ description: 'Exact substring of report.text.' })
  @Required(BUNDLE_LIMITS.quoteChars)
  quote!: string;
}
