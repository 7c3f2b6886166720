import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { journalBase, readJournal } from '../adapters/embedded/journal';
import { loadConfig } from '../config/config';
import type { ReportBundle } from '../domain/bundle';
import { DomainError } from '../domain/errors';
import { reportId } from '../domain/ids';

const USAGE = `usage: npm run journal -- list            every write the embedded store's journal holds
       npm run journal -- export DIR     each entry's bundle as DIR/<seq>.json (load with: npm run seed -- DIR)`;

/**
 * `npm run journal -- list | export DIR`: reads the embedded store's journal (DATA_DIR/journal) without
 * changing it, so it is safe beside a running server. The journal is the record of every write that
 * changed the graph since its base: which report, which version, when it was written in order. Exported
 * bundles load anywhere bundles load, in the order they were written (`npm run seed -- DIR`, into the
 * embedded store or, with NEO4J_URI set, into Neo4j).
 */
/** What a listed entry is called: its title, else its url, else the start of its text. */
const label = (report: ReportBundle['report']): string =>
  report.title ?? report.url ?? `"${report.text.replace(/\s+/g, ' ').trim().slice(0, 60)}…"`;

async function main(): Promise<void> {
  // `npm run journal -- list | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const [command, out] = process.argv.slice(2);
  if (command !== 'list' && !(command === 'export' && out)) {
    console.error(USAGE);
    process.exit(2);
  }
  const { dataDir } = loadConfig();
  const base = journalBase(dataDir);
  if (!base) {
    console.log(`no journal in ${dataDir} (KUZU_JOURNAL=false, or the store was never opened)`);
    return;
  }
  console.log(
    base.snapshot
      ? `base: entry ${base.seq}, a snapshot of the data file (${base.snapshot}); entries before it are folded into it`
      : `base: an empty store (entry ${base.seq})`,
  );
  if (command === 'export') mkdirSync(out!, { recursive: true });
  const versions = new Map<string, number>();
  let n = 0;
  for await (const { seq, bundle } of readJournal(dataDir)) {
    n++;
    const id = reportId(bundle.report.url, bundle.report.text);
    const version = (versions.get(id) ?? 0) + 1;
    versions.set(id, version);
    if (command === 'export')
      writeFileSync(
        join(out!, `${String(seq).padStart(12, '0')}.json`),
        `${JSON.stringify(bundle, null, 2)}\n`,
      );
    else
      console.log(
        `${String(seq).padStart(8)}  ${id}  ${version === 1 ? 'first' : `version ${version}`}  ` +
          `${bundle.report.publishedAt ?? 'undated'}  ${bundle.report.publisher ?? 'no publisher'}  ${label(bundle.report)}  ` +
          `figures ${bundle.figures.length}, disputes ${bundle.disputes.length}, controls ${bundle.controls.length}`,
      );
  }
  console.log(
    `${n} ${n === 1 ? 'entry' : 'entries'} after the base, ${versions.size} report(s)` +
      (command === 'export' ? `, written to ${out}` : ''),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : err);
  process.exit(1);
});
