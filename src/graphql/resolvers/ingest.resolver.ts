import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { ReportBundle } from '../../domain/bundle';
import { checkBundle } from '../../domain/bundle-invariants';
import type { IngestResult, Report } from '../../domain/model';
import { bundleFromArticle } from '../article-extraction';
import { RequireWriteToken } from '../auth';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { ArticleInput } from '../inputs/article.input';
import { ReportBundleInput } from '../inputs/report-bundle.input';
import { toBundle } from '../inputs/to-bundle';
import { clearLoaders } from '../loaders';
import { IngestResultType } from '../types/ingest-result.type';
import { ReportType } from '../types/report.type';

export interface IngestAnswer {
  status: IngestResult['status'];
  reportId: string;
  counts: Omit<IngestResult, 'status' | 'reportId' | 'touched'>;
  warnings: string[];
}

/**
 * Validates and writes one bundle: class-validator has checked shapes and limits already; checkBundle
 * adds the cross-field invariants (quotes in the text, keys that resolve) with the same path syntax;
 * the store writes atomically and answers UNCHANGED for a bundle it already holds.
 */
export async function ingest(
  bundle: ReportBundle,
  ctx: GraphContext,
  warnings: string[] = [],
): Promise<IngestAnswer> {
  const problems = checkBundle(bundle);
  if (problems.length > 0) throw BadUserInputError.of(problems, 'report bundle');
  const { status, reportId, touched: _forCaches, ...counts } = await ctx.store.ingestBundle(bundle);
  // The write may have changed anything this request already read.
  clearLoaders(ctx.loaders);
  ctx.logger.info('report ingested', { requestId: ctx.requestId, reportId, status });
  return { status, reportId, counts, warnings };
}

@Resolver(() => IngestResultType)
export class IngestResolver {
  @Mutation(() => IngestResultType, {
    description:
      'Writes one report bundle (shared/spec/BUNDLE.md) atomically and idempotently. Needs Authorization: Bearer <token>.',
  })
  @UseMiddleware(RequireWriteToken)
  ingestReport(
    @Arg('input', () => ReportBundleInput) input: ReportBundleInput,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestAnswer> {
    return ingest(toBundle(input), ctx);
  }

  @Mutation(() => IngestResultType, {
    description:
      "Raw article -> extractor -> bundle -> the same validation and write as ingestReport. The extractor's warnings come back in `warnings`. Needs Authorization: Bearer <token>.",
  })
  @UseMiddleware(RequireWriteToken)
  ingestArticle(
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestAnswer> {
    const { warnings, ...bundle } = bundleFromArticle(input);
    return ingest(bundle, ctx, warnings ?? []);
  }

  @FieldResolver(() => ReportType, { description: 'The report as stored now.' })
  report(@Root() result: IngestAnswer, @Ctx() ctx: GraphContext): Promise<Report | null> {
    return ctx.loaders.report.load(result.reportId);
  }
}
