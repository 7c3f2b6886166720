import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { parseArticle } from '../src/ingestion/article-parser';
import { extractBundle } from '../src/ingestion/extract';

/**
 * Extraction throughput on one core: the seed articles, repeated, through extractBundle. Prints wall
 * time and CPU time (the CPU figure is what one core can do even on a busy machine).
 * Usage: node dist/bench/extract.bench.js [--articles 2000] [--seeds seeds]
 */
function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const seedsDir = resolve(arg('seeds', 'seeds'));
const total = Number(arg('articles', '2000'));
const articlesDir = join(seedsDir, 'articles');
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticle(readFileSync(join(articlesDir, f), 'utf8'), f));
if (articles.length === 0) throw new Error(`no articles in ${articlesDir}`);

// warm-up: compile the code paths and fill compromise's lazy tables
for (let i = 0; i < 100; i++) extractBundle(articles[i % articles.length]!);

let chars = 0;
let figures = 0;
const cpuStart = process.cpuUsage();
const wallStart = process.hrtime.bigint();
for (let i = 0; i < total; i++) {
  const article = articles[i % articles.length]!;
  chars += article.text.length;
  figures += extractBundle(article).figures.length;
}
const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

// the share that is compromise's own tokeniser and tagger, for comparison on a busy machine
const nlpStart = process.cpuUsage();
for (let i = 0; i < total; i++)
  nlp.tokenize(articles[i % articles.length]!.text).compute(['lexicon', 'preTagger']);
const nlpCpu = process.cpuUsage(nlpStart);
const nlpSeconds = (nlpCpu.user + nlpCpu.system) / 1e6;

const rows: [string, string][] = [
  ['machine', `${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), Node ${process.version}`],
  [
    'articles',
    `${total} (${articles.length} seed articles repeated, mean ${Math.round(chars / total)} characters)`,
  ],
  ['figures extracted', String(figures)],
  ['wall time', `${wall.toFixed(2)} s`],
  ['CPU time', `${cpuSeconds.toFixed(2)} s`],
  ['articles / s (wall)', (total / wall).toFixed(0)],
  ['articles / CPU-second', (total / cpuSeconds).toFixed(0)],
  ['kB / CPU-second', (chars / 1000 / cpuSeconds).toFixed(0)],
  ['compromise tokenise + tag alone, articles / CPU-second', (total / nlpSeconds).toFixed(0)],
];
process.stdout.write(
  ['| extraction | |', '|---|---:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n',
);
