import { Field, ObjectType } from 'type-graphql';
import type { ControlStatus } from '../../domain/enums';
import type { ControlClaim } from '../../domain/model';
import { ControlStatusEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';
import { NodeInterface } from './node.interface';

/** "`claimedBy` says `controller` CONTROLS / CAPTURED … `place`", stated in one report. */
@ObjectType('ControlClaim', { implements: NodeInterface })
export class ControlClaimType extends NodeInterface implements ControlClaim {
  @Field(() => ControlStatusEnum)
  status!: ControlStatus;

  @Field({ description: 'Exact substring of report.text.' })
  quote!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;

  placeId!: string;
  controllerId!: string;
  claimantId!: string;
  reportId!: string;
}
