import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { IngestStatus } from '../../domain/model';
import { IngestStatusEnum } from '../enums';

@ObjectType('IngestCounts', { description: 'What the bundle contained, as written.', simpleResolvers: true })
export class IngestCountsType {
  @Field(() => Int) actors!: number;
  @Field(() => Int) places!: number;
  @Field(() => Int) figures!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int) disputes!: number;
  @Field(() => Int) controls!: number;
  @Field(() => Int, { description: 'CONTRADICTS edges recomputed for the quantities this report touched.' })
  contradictions!: number;
}

@ObjectType('IngestResult')
export class IngestResultType {
  @Field(() => IngestStatusEnum)
  status!: IngestStatus;

  @Field(() => ID)
  reportId!: string;

  @Field(() => IngestCountsType)
  counts!: IngestCountsType;

  @Field(() => [String], { description: 'Extractor diagnostics (ingestArticle); empty for ingestReport.' })
  warnings!: string[];
}
