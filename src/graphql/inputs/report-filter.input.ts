import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@InputType('ReportFilter')
export class ReportFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'Inclusive, on publishedAt.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Inclusive, on publishedAt.' })
  to?: string | null;
}
