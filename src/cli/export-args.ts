import {
  EXPORT_FORMATS,
  isExportFormat,
  parseExportScope,
  type ExportFormat,
  type ExportScope,
} from '../export';

export interface ExportArgs {
  format: ExportFormat;
  scope: ExportScope;
  /** File to write; standard output when null. */
  out: string | null;
}

export const EXPORT_USAGE = `Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--ids a,b] [--depth 2] [--out file]

  --format   gexf (Gephi), graphml (yEd, Cytoscape, networkx) or cyjs (Cytoscape.js JSON)
  --ids      comma-separated node ids (actor:…, place:…, report:…, figure:…, control:…);
             without ids the whole graph is exported
  --depth    hops around the ids (default 2)
  --out      output file (default: standard output)`;

export type ParsedArgs = { ok: true; args: ExportArgs } | { ok: false; help: boolean; message: string };

/** Accepts `--name value` and `--name=value`; refuses anything unknown so typos do not pass silently. */
export function parseExportArgs(argv: readonly string[]): ParsedArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, help: true, message: EXPORT_USAGE };
    const match = /^--(format|ids|depth|out)(?:=(.*))?$/.exec(arg);
    if (!match) return { ok: false, help: false, message: `unknown argument "${arg}"\n\n${EXPORT_USAGE}` };
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '')
      return { ok: false, help: false, message: `--${match[1]} needs a value` };
    values[match[1]!] = value;
  }
  if (!isExportFormat(values.format))
    return {
      ok: false,
      help: false,
      message: `--format must be one of ${EXPORT_FORMATS.join(', ')}${values.format ? `, got "${values.format}"` : ''}\n\n${EXPORT_USAGE}`,
    };
  const scope = parseExportScope({ ids: values.ids, depth: values.depth });
  if (!scope.ok) return { ok: false, help: false, message: `--${scope.field}: ${scope.message}` };
  return { ok: true, args: { format: values.format, scope: scope.scope, out: values.out ?? null } };
}
