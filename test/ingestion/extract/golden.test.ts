import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../../../src/ingestion/article-parser';
import { extractBundle } from '../../../src/ingestion/extract';
import { quotesAreExact } from './helpers';

/**
 * Golden files: the extractor's bundle for each seed article, reviewed by hand and kept in
 * test/fixtures/extract/golden. A change in output fails here; after reviewing the diff, rewrite them
 * with UPDATE_GOLDEN=1 npx jest test/ingestion/extract/golden.
 */
const root = join(__dirname, '..', '..', '..');
const articlesDir = join(root, 'seeds', 'articles');
const goldenDir = join(root, 'test', 'fixtures', 'extract', 'golden');
const files = existsSync(articlesDir)
  ? readdirSync(articlesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('golden extraction of the seed articles', () => {
  it('has seed articles to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const article = parseArticle(readFileSync(join(articlesDir, file), 'utf8'), file);
    const bundle = extractBundle(article);
    expect(quotesAreExact(bundle)).toBe(true);
    const goldenFile = join(goldenDir, `${basename(file, '.txt')}.json`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(goldenFile, `${JSON.stringify(bundle, null, 2)}\n`);
    }
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(golden);
  });
});
