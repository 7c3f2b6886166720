import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config/config';
import { DomainError } from '../domain/errors';
import { FORMAT_SPECS, readExportGraph } from '../export';
import { openStore } from '../open-store';
import type { GraphStore } from '../store/graph-store.port';
import { parseExportArgs } from './export-args';

export interface ExportIo {
  openStore(): Promise<GraphStore>;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

/**
 * `npm run export -- --format gexf|graphml|cyjs [--ids a,b] [--depth 2] [--out file]`. Returns the exit
 * code; the store is opened only once the arguments are known to be good, and always closed.
 */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? io.stdout : io.stderr)(`${parsed.message}\n`);
    return parsed.help ? 0 : 2;
  }
  const { format, scope, out } = parsed.args;
  const store = await io.openStore();
  try {
    const { network, description } = await readExportGraph(store, scope);
    if (scope.ids !== null && network.nodes.length === 0) {
      io.stderr(`none of ${scope.ids.join(', ')} is in the graph\n`);
      return 1;
    }
    const body = FORMAT_SPECS[format].serialise(network, {
      description,
      truncated: network.truncated,
      generatedAt: io.now(),
    });
    if (out === null) io.stdout(body);
    else writeFileSync(out, body);
    io.stderr(
      `${format}: ${network.nodes.length} nodes, ${network.edges.length} edges${network.truncated ? ' (truncated)' : ''}` +
        `${out === null ? '' : ` -> ${out}`}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runExport(process.argv.slice(2), {
    openStore: () => openStore(loadConfig()),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    now: () => new Date(),
  })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      const hint =
        err instanceof DomainError && err.code === 'STORE_LOCKED'
          ? '\n(a running server holds the data directory: export over HTTP instead, GET /export/graph.gexf)'
          : '';
      console.error(err instanceof DomainError ? `${err.code}: ${err.message}${hint}` : err);
      process.exitCode = 1;
    });
}
