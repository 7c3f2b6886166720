import { resolve } from 'node:path';
import { runEvaluation } from '../ingestion/extract/eval-cli';

/** `npm run eval:extract [-- seedsDir]`: scores the extractor against the curated seed bundles. */
const run = runEvaluation(resolve(process.argv[2] ?? 'seeds'));
process.stdout.write(`${run.markdown}\n`);
