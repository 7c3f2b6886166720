import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ReportBundle } from '../../domain/bundle';
import { parseArticle } from '../article-parser';
import { formatScore, scoreExtraction, type ExtractionScore } from './evaluate';
import { extractBundle } from './index';

/**
 * Scores the extractor on the curated seeds: every `articles/<name>.txt` that has a
 * `bundles/<name>.json` is parsed, extracted and compared. Prints markdown tables, overall and per
 * article. Usage: `node dist/src/ingestion/extract/eval-cli.js [seedsDir]` (default: ./seeds).
 */
export interface EvaluationRun {
  score: ExtractionScore;
  perArticle: { name: string; score: ExtractionScore }[];
  markdown: string;
}

export function runEvaluation(seedsDir: string): EvaluationRun {
  const articlesDir = join(seedsDir, 'articles');
  const bundlesDir = join(seedsDir, 'bundles');
  const names = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => basename(f, '.txt'))
    .filter((name) => existsSync(join(bundlesDir, `${name}.json`)));
  const gold: ReportBundle[] = [];
  const predicted: ReportBundle[] = [];
  const perArticle: { name: string; score: ExtractionScore }[] = [];
  for (const name of names) {
    const file = `${name}.txt`;
    const article = parseArticle(readFileSync(join(articlesDir, file), 'utf8'), file);
    const g = JSON.parse(readFileSync(join(bundlesDir, `${name}.json`), 'utf8')) as ReportBundle;
    const p = extractBundle(article);
    gold.push(g);
    predicted.push(p);
    perArticle.push({ name, score: scoreExtraction([g], [p]) });
  }
  const score = scoreExtraction(gold, predicted);
  const lines = [
    `## Extraction quality on ${names.length} seed articles`,
    '',
    formatScore(score),
    '',
    '| article | figures P | figures R | figures F1 | claimant acc. | disputes F1 | controls F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...perArticle.map(
      ({ name, score: s }) =>
        `| ${name} | ${s.figures.precision.toFixed(2)} | ${s.figures.recall.toFixed(2)} | ${s.figures.f1.toFixed(2)} | ${s.claimant.accuracy.toFixed(2)} | ${s.disputes.f1.toFixed(2)} | ${s.controls.f1.toFixed(2)} |`,
    ),
  ];
  return { score, perArticle, markdown: lines.join('\n') };
}

if (require.main === module) {
  const seedsDir = resolve(process.argv[2] ?? 'seeds');
  const run = runEvaluation(seedsDir);
  process.stdout.write(`${run.markdown}\n`);
}
