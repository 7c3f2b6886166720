import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config/config';
import { DomainError, InvalidInputError } from '../domain/errors';
import { parseArticle } from '../ingestion/article-parser';
import { extractBundle } from '../ingestion/extract';
import { openStore } from '../open-store';

/** Expands FILE|DIR arguments into article files (.txt, .md), sorted, directories recursively. */
function articleFiles(args: string[]): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else if (/\.(txt|md|text)$/i.test(path) || args.includes(path)) out.push(path);
  };
  for (const a of args) walk(a);
  return out;
}

/**
 * `npm run ingest -- FILE|DIR …`: extract and ingest many articles with a progress bar and a
 * summary. Each article is one atomic write: a failure leaves nothing of that article behind.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: npm run ingest -- FILE|DIR …');
    process.exit(2);
  }
  const files = articleFiles(args);
  const store = await openStore(loadConfig());
  const tally = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, failed: 0 };
  const failures: string[] = [];
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} {file}',
      hideCursor: true,
      noTTYOutput: true,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      bar.increment(0, { file: file.slice(-40) });
      try {
        const bundle = extractBundle(parseArticle(readFileSync(file, 'utf8'), file));
        const result = await store.ingestBundle(bundle);
        tally[result.status]++;
      } catch (err) {
        tally.failed++;
        const reason =
          err instanceof InvalidInputError
            ? err.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')
            : err instanceof DomainError
              ? `${err.code}: ${err.message}`
              : 'unexpected error';
        failures.push(`${file}: ${reason}`);
      }
      bar.increment(1);
    }
  } finally {
    bar.stop();
    await store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `added ${tally.CREATED}, updated ${tally.UPDATED}, unchanged ${tally.UNCHANGED}, failed ${tally.failed} — ${files.length} files in ${seconds.toFixed(1)} s`,
  );
  for (const f of failures) console.log(`failed: ${f}`);
  process.exitCode = tally.failed > 0 ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : err);
  process.exit(1);
});
