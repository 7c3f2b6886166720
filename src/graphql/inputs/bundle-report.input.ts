import { Field, InputType } from 'type-graphql';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';
import { Optional, OptionalDate, Required } from './bundle-rules';

@InputType('BundleReportInput', { description: 'The article itself (BUNDLE.md `report`).' })
export class BundleReportInput {
  @Field(() => String, { nullable: true })
  @Optional()
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Identifies the report when given; else its text does.',
  })
  @Optional()
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or null when the article gives none.' })
  @OptionalDate()
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the publishing outlet.' })
  @Optional()
  publisher?: string | null;

  @Field({ description: 'Full article body; every quote must be an exact substring of it.' })
  @Required(BUNDLE_LIMITS.textChars)
  text!: string;
}
