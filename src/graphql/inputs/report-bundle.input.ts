import { ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BundleActorInput } from './bundle-actor.input';
import { BundleControlInput } from './bundle-control.input';
import { BundleDisputeInput } from './bundle-dispute.input';
import { BundleFigureInput } from './bundle-figure.input';
import { BundlePlaceInput } from './bundle-place.input';
import { BundleReportInput } from './bundle-report.input';
import { ListOf } from './bundle-rules';

/** The report bundle of shared/spec/BUNDLE.md, field for field: the one interchange format. */
@InputType('ReportBundleInput')
export class ReportBundleInput {
  @Field(() => BundleReportInput)
  @ValidateNested()
  report!: BundleReportInput;

  @Field(() => [BundleActorInput], { defaultValue: [] })
  @ListOf()
  @ValidateNested({ each: true })
  actors!: BundleActorInput[];

  @Field(() => [BundlePlaceInput], { defaultValue: [] })
  @ListOf()
  @ValidateNested({ each: true })
  places!: BundlePlaceInput[];

  @Field(() => [BundleFigureInput], { defaultValue: [] })
  @ListOf()
  @ValidateNested({ each: true })
  figures!: BundleFigureInput[];

  @Field(() => [BundleDisputeInput], { defaultValue: [] })
  @ListOf()
  @ValidateNested({ each: true })
  disputes!: BundleDisputeInput[];

  @Field(() => [BundleControlInput], { defaultValue: [] })
  @ListOf()
  @ValidateNested({ each: true })
  controls!: BundleControlInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'Extractor diagnostics; accepted and never written.',
  })
  @ListOf()
  warnings?: string[] | null;
}
