import type { ReportBundle } from '../domain/bundle';
import { parseArticle } from '../ingestion/article-parser';
import { ExtractionError, extractBundle } from '../ingestion/extract';
import { BadUserInputError } from './errors';
import type { ArticleInput } from './inputs/article.input';

/**
 * ArticleInput -> bundle through the project's extractor (pure, no I/O): optionally parse the header out
 * of a whole article file, let explicit fields win, extract. The bundle then goes through the same
 * validation and write as ingestReport: one format, one path to the graph.
 */
export function bundleFromArticle(input: ArticleInput): ReportBundle {
  const parsed = input.parseHeader
    ? parseArticle(input.text)
    : { title: null, url: null, publishedAt: null, publisher: null, text: input.text };
  try {
    return extractBundle({
      text: parsed.text,
      title: input.title ?? parsed.title,
      url: input.url ?? parsed.url,
      publishedAt: input.publishedAt ?? parsed.publishedAt,
      publisher: input.publisher ?? parsed.publisher,
    });
  } catch (err) {
    if (err instanceof ExtractionError) throw BadUserInputError.at('text', err.message);
    throw err;
  }
}
