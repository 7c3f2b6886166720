import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { EdgeType, NodeLabel } from '../../domain/enums';
import { EDGE_TABLES, NODE_TABLES, type ColumnType } from '../../store/schema';
import { kuzuDdl, kuzuFullTextIndexes } from './kuzu-schema';

/**
 * Bulk load into an EMPTY embedded store: rows are written to CSV files (one per node label and per
 * relationship table and FROM/TO pair), then loaded with `COPY <table> FROM '<file>'`, the engine's
 * fastest path (shared/notes/embedded-store.md, trap 6). CSV sidesteps the list-parameter traps
 * (trap 1: a list's element type comes from its first element; nulls in the first row) because every
 * value is text and the column type comes from the table: an empty field is NULL, numbers go to DOUBLE
 * columns whatever their JS shape. Full-text indexes are created after the data, once.
 *
 * The loader opens its own Database on the directory BEFORE the server does and closes it when done
 * (trap 8: never two Databases on one path in one process).
 */
export interface BulkLoadOptions {
  /** The store's data directory (the executor uses `<dataDir>/graph.kuzu`). */
  dataDir: string;
  bufferPoolMb: number;
  /** Create the full-text indexes after loading (default true). */
  fullText?: boolean;
  /** Checkpoint once after each phase instead of whenever the WAL fills (default false = one checkpoint per phase). */
  autoCheckpoint?: boolean;
}

export interface BulkLoadResult {
  nodes: number;
  edges: number;
  nodeSeconds: number;
  edgeSeconds: number;
  ftsSeconds: number;
  seconds: number;
  nodesPerSecond: number;
  edgesPerSecond: number;
  tables: { table: string; rows: number; seconds: number }[];
}

const NODE_COLUMNS = new Map<string, Record<string, ColumnType>>(
  NODE_TABLES.map((t) => [t.label, t.columns]),
);
const EDGE_COLUMNS = new Map<string, Record<string, ColumnType>>(EDGE_TABLES.map((t) => [t.type, t.columns]));
/** Relationship files are loaded after every node file, in this order. */
const NODE_ORDER: (NodeLabel | 'Alias' | 'Block')[] = [
  'Report',
  'Actor',
  'Place',
  'Figure',
  'Control',
  'Alias',
];

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

function csvString(v: string): string {
  if (v.includes('\n') || v.includes('\r')) v = v.replace(/[\r\n]+/g, ' ');
  // Quote only when needed: Kuzu's CSV reader is measurably faster on plain fields.
  return /[",\\]/.test(v) || v.length === 0 || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV field of a value of the column's type. Empty (unquoted) means NULL. */
function csvField(type: ColumnType, v: unknown, where: string): string {
  if (v === null || v === undefined) return '';
  if (type === 'DOUBLE') {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new BulkLoadError(`${where} must be a finite number`);
    return String(v);
  }
  if (type === 'STRING[]') {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw new BulkLoadError(`${where} must be a list of strings`);
    if (v.length === 0) return ''; // the store keeps empty lists as NULL
    for (const x of v as string[])
      if (/[,[\]"'{}\n\r]/.test(x) || x.trim() !== x || x.length === 0)
        throw new BulkLoadError(
          `${where} has an element Kuzu's CSV list syntax cannot carry: ${JSON.stringify(x)}`,
        );
    return csvString(`[${(v as string[]).join(',')}]`);
  }
  if (typeof v !== 'string') throw new BulkLoadError(`${where} must be a string`);
  return csvString(v);
}

class CsvFile {
  private buf: string[] = [];
  private size = 0;
  rows = 0;
  private readonly fd: number;
  constructor(
    readonly path: string,
    header: string[],
  ) {
    this.fd = openSync(path, 'w');
    this.push(header.join(','));
  }
  push(line: string): void {
    this.buf.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    writeSync(this.fd, `${this.buf.join('\n')}\n`);
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export interface CsvManifest {
  dir: string;
  nodes: { label: string; path: string; rows: number }[];
  edges: { type: string; from: string; to: string; path: string; rows: number }[];
}

/**
 * A sink of graph rows that writes the CSV files: `node(label, row)` with every column of the
 * label's table; `edge(type, from, to, row)` with `from`, `to` and every column of the type's table.
 * Unknown columns are errors (a typo would otherwise load as NULL).
 */
export class CsvGraphWriter {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly edgeFiles = new Map<string, { type: string; from: string; to: string; file: CsvFile }>();
  private readonly seenNodeIds = new Map<string, Set<string>>();

  constructor(
    readonly dir: string,
    private readonly checkDuplicates = false,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  node(label: NodeLabel | 'Alias' | 'Block', row: Record<string, unknown> & { id: string }): void {
    const columns = NODE_COLUMNS.get(label);
    if (!columns) throw new BulkLoadError(`unknown node label ${label}`);
    let f = this.nodeFiles.get(label);
    if (!f) {
      f = new CsvFile(join(this.dir, `node-${label}.csv`), Object.keys(columns));
      this.nodeFiles.set(label, f);
    }
    if (this.checkDuplicates) {
      const seen = this.seenNodeIds.get(label) ?? new Set<string>();
      if (seen.has(row.id)) throw new BulkLoadError(`duplicate ${label} id ${row.id}`);
      seen.add(row.id);
      this.seenNodeIds.set(label, seen);
    }
    for (const k of Object.keys(row))
      if (!(k in columns)) throw new BulkLoadError(`${label} row has unknown column ${k}`);
    if (typeof row.id !== 'string' || row.id.length === 0) throw new BulkLoadError(`${label} row without id`);
    f.push(
      Object.entries(columns)
        .map(([c, t]) => csvField(t, row[c], `${label}.${c}`))
        .join(','),
    );
    f.rows++;
  }

  edge(
    type: EdgeType,
    fromLabel: NodeLabel,
    toLabel: NodeLabel,
    row: Record<string, unknown> & { id: string; from: string; to: string },
  ): void {
    const columns = EDGE_COLUMNS.get(type);
    if (!columns) throw new BulkLoadError(`unknown edge type ${type}`);
    const key = `${type}|${fromLabel}|${toLabel}`;
    let e = this.edgeFiles.get(key);
    if (!e) {
      e = {
        type,
        from: fromLabel,
        to: toLabel,
        file: new CsvFile(join(this.dir, `edge-${type}-${fromLabel}-${toLabel}.csv`), [
          'from',
          'to',
          ...Object.keys(columns),
        ]),
      };
      this.edgeFiles.set(key, e);
    }
    for (const k of Object.keys(row))
      if (k !== 'from' && k !== 'to' && !(k in columns))
        throw new BulkLoadError(`${type} row has unknown column ${k}`);
    if (typeof row.from !== 'string' || typeof row.to !== 'string')
      throw new BulkLoadError(`${type} row needs string from/to`);
    e.file.push(
      [
        csvString(row.from),
        csvString(row.to),
        ...Object.entries(columns).map(([c, t]) => csvField(t, row[c], `${type}.${c}`)),
      ].join(','),
    );
    e.file.rows++;
  }

  finish(): CsvManifest {
    for (const f of this.nodeFiles.values()) f.close();
    for (const e of this.edgeFiles.values()) e.file.close();
    return {
      dir: this.dir,
      nodes: NODE_ORDER.filter((l) => this.nodeFiles.has(l)).map((l) => ({
        label: l,
        path: this.nodeFiles.get(l)!.path,
        rows: this.nodeFiles.get(l)!.rows,
      })),
      edges: [...this.edgeFiles.values()].map((e) => ({
        type: e.type,
        from: e.from,
        to: e.to,
        path: e.file.path,
        rows: e.file.rows,
      })),
    };
  }
}

/** The path the executor opens (kept in step with KuzuExecutor.openDatabase). */
export function storePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return `${realpathSync(resolve(dataDir))}/graph.kuzu`;
}

const sqlPath = (p: string): string => {
  if (p.includes("'")) throw new BulkLoadError(`file path with a quote: ${p}`);
  return p;
};

/** Loads CSV files (from CsvGraphWriter) into an empty store directory. */
export async function bulkLoadCsv(manifest: CsvManifest, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const path = storePath(options.dataDir);
  if (existsSync(path) || readdirSync(options.dataDir).some((f) => f.startsWith('graph.kuzu')))
    throw new BulkLoadError(
      `bulk load needs an empty data directory; ${options.dataDir} already holds a store`,
    );
  const t0 = performance.now();
  const db = new kuzu.Database(
    path,
    options.bufferPoolMb * 1024 * 1024,
    true,
    false,
    0,
    options.autoCheckpoint ?? false,
  );
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  const run = async (text: string): Promise<void> => {
    const res = await conn.query(text);
    for (const r of Array.isArray(res) ? res : [res]) r.close();
  };
  const tables: BulkLoadResult['tables'] = [];
  try {
    for (const ddl of kuzuDdl()) await run(ddl);
    const tn = performance.now();
    let nodes = 0;
    for (const n of manifest.nodes) {
      if (n.rows === 0) continue;
      const t = performance.now();
      await run(`COPY ${n.label} FROM '${sqlPath(n.path)}' (header=true)`);
      tables.push({ table: n.label, rows: n.rows, seconds: (performance.now() - t) / 1000 });
      nodes += n.rows;
    }
    await run('CHECKPOINT');
    const te = performance.now();
    let edges = 0;
    for (const e of manifest.edges) {
      if (e.rows === 0) continue;
      const t = performance.now();
      await run(`COPY ${e.type} FROM '${sqlPath(e.path)}' (header=true, from='${e.from}', to='${e.to}')`);
      tables.push({
        table: `${e.type}(${e.from}->${e.to})`,
        rows: e.rows,
        seconds: (performance.now() - t) / 1000,
      });
      edges += e.rows;
    }
    await run('CHECKPOINT');
    const tf = performance.now();
    if (options.fullText !== false) {
      for (const idx of kuzuFullTextIndexes()) await run(idx.statement);
      await run('CHECKPOINT');
    }
    const tEnd = performance.now();
    const nodeSeconds = (te - tn) / 1000;
    const edgeSeconds = (tf - te) / 1000;
    return {
      nodes,
      edges,
      nodeSeconds,
      edgeSeconds,
      ftsSeconds: (tEnd - tf) / 1000,
      seconds: (tEnd - t0) / 1000,
      nodesPerSecond: nodeSeconds > 0 ? nodes / nodeSeconds : 0,
      edgesPerSecond: edgeSeconds > 0 ? edges / edgeSeconds : 0,
      tables,
    };
  } finally {
    await conn.close().catch(() => undefined);
    await db.close().catch(() => undefined);
  }
}

/**
 * Convenience: `produce` writes rows into a CsvGraphWriter in a temp directory, which is loaded and
 * removed. `csvSeconds` is the time spent producing and writing the files.
 */
export async function bulkLoad(
  produce: (sink: CsvGraphWriter) => void | Promise<void>,
  options: BulkLoadOptions & { tempDir?: string; keepCsv?: boolean },
): Promise<BulkLoadResult & { csvSeconds: number }> {
  const dir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'claimgraph-bulk-'));
  try {
    const t = performance.now();
    const writer = new CsvGraphWriter(dir);
    await produce(writer);
    const manifest = writer.finish();
    const csvSeconds = (performance.now() - t) / 1000;
    return { ...(await bulkLoadCsv(manifest, options)), csvSeconds };
  } finally {
    if (!options.keepCsv) rmSync(dir, { recursive: true, force: true });
  }
}
