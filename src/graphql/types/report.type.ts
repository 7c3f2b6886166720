import { Field, ObjectType } from 'type-graphql';
import type { Report } from '../../domain/model';
import { DateScalar } from '../scalars/date.scalar';
import { NodeInterface } from './node.interface';

/** One news article. Every claim, dispute and control claim points back to one, with a verbatim quote of `text`. */
@ObjectType('Report', { implements: NodeInterface })
export class ReportType extends NodeInterface implements Report {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null when the article gives no date.' })
  publishedAt!: string | null;

  @Field({ description: 'The full article body; every quote of this report is an exact substring of it.' })
  text!: string;

  publisherId!: string | null;
  contentHash!: string;
}
