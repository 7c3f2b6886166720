import { Field, InputType } from 'type-graphql';
import { BUNDLE_LIMITS } from '../../domain/bundle-invariants';
import { Optional, OptionalDate, Required } from './bundle-rules';

/** A raw article for the extractor; the fields given here win over what a parsed header says. */
@InputType('ArticleInput')
export class ArticleInput {
  @Field({
    description: 'The article body (or, with parseHeader, a whole article file with its header lines).',
  })
  @Required(BUNDLE_LIMITS.textChars)
  text!: string;

  @Field(() => String, { nullable: true })
  @Optional()
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Identifies the report when given; else its text does.',
  })
  @Optional()
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalDate()
  publishedAt?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  publisher?: string | null;

  @Field({
    defaultValue: false,
    description:
      'Read title, date, url and publisher from the header lines of `text` (as the seed article files have them).',
  })
  parseHeader!: boolean;
}
