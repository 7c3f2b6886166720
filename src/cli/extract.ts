import { readFileSync } from 'node:fs';
import { parseArticle } from '../ingestion/article-parser';
import { extractBundle } from '../ingestion/extract';

/** `npm run --silent extract -- FILE`: prints the file's bundle as one JSON object on stdout. */
function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run --silent extract -- FILE');
    process.exit(2);
  }
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    console.error(`cannot read ${file}`);
    process.exit(1);
  }
  const bundle = extractBundle(parseArticle(raw, file));
  process.stdout.write(`${JSON.stringify(bundle)}\n`);
}

main();
