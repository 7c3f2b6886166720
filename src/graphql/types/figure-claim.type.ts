import { Field, ID, ObjectType } from 'type-graphql';
import type { Qualifier } from '../../domain/enums';
import type { FigureClaim } from '../../domain/model';
import { QualifierEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

/**
 * One statement of a figure in one report: who said it (`actor`), who relayed it (`via`), and the
 * verbatim `quote`. Relationship fields are resolved in figure-claim.resolver.ts.
 */
@ObjectType('FigureClaim')
export class FigureClaimType implements FigureClaim {
  @Field(() => ID)
  id!: string;

  @Field(() => QualifierEnum, { description: 'How this statement hedged the number ("nearly", "around" …).' })
  qualifier!: Qualifier;

  @Field({ description: 'Exact substring of report.text.' })
  quote!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  figureId!: string;
  actorId!: string | null;
  reportId!: string;
  viaId!: string | null;
}
