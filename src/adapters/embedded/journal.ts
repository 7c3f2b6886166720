import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ReportBundle } from '../../domain/bundle';
import { DomainError, StoreUnavailableError } from '../../domain/errors';

/**
 * The embedded store's journal: every bundle whose write changed the graph, in commit order, each
 * written and fsynced inside its transaction before the COMMIT. A SIGKILL that lands inside a Kuzu
 * checkpoint can leave a data file that no longer opens, or opens without the writes since the
 * previous checkpoint (kuzu 0.11.3; 5 of 24 killed trials in scripts/crash-safety.ts). The journal is
 * what those writes are rebuilt from: the store is a copy of a base (empty, or a snapshot of the data
 * file taken right after a checkpoint) with the journal's entries applied in order.
 *
 * On disk, in `<dataDir>/journal/`:
 *   bundles-<S>.ndjson  entries S+1, S+2, …: one line each, `<seq>\t<sha256 of the JSON>\t<bundle JSON>`
 *   base-<S>.kuzu       the data file as it was at entry S (absent when the base is an empty store)
 * The store records the last entry it holds (a Meta row written in the same transaction), so at open
 * the entries after it are applied (they were journaled, and their commit did not finish) and a store
 * that does not open is rebuilt from the base. A line cut short by a kill (its transaction never
 * committed) is dropped at open.
 */
export interface JournalEntry {
  seq: number;
  bundle: ReportBundle;
}

/** Where an append started: what a rolled-back transaction truncates the journal back to. */
export interface JournalMark {
  seq: number;
  bytes: number;
}

const BUNDLES = /^bundles-(\d{12})\.ndjson$/;
const BASE = /^base-(\d{12})\.kuzu(\.tmp)?$/;
const pad = (seq: number): string => String(seq).padStart(12, '0');
const bundlesFile = (dir: string, seq: number): string => join(dir, `bundles-${pad(seq)}.ndjson`);
const baseFile = (dir: string, seq: number): string => join(dir, `base-${pad(seq)}.kuzu`);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function damaged(file: string, why: string): DomainError {
  return new DomainError(
    'STORE_CORRUPT',
    `the journal ${file} is damaged (${why}); it is the record the embedded store is rebuilt from, ` +
      `so it is left as it is. Restore the data directory from a backup, or move it aside and re-ingest the reports.`,
  );
}

/** The entry the newest journal in `dir` starts after, or -1 when there is none. */
function newestStart(dir: string): number {
  if (!existsSync(dir)) return -1;
  let newest = -1;
  for (const f of readdirSync(dir)) {
    const m = BUNDLES.exec(f);
    if (m) newest = Math.max(newest, Number(m[1]));
  }
  return newest;
}

const linesOf = (file: string): AsyncIterable<string> =>
  createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });

/**
 * The intact entries of a journal file, in order from `base + 1`, up to `last` when given. At the first
 * line that is not whole: `onDamage` 'stop' ends quietly (a reader beside a running server may meet an
 * append in progress), 'throw' answers STORE_CORRUPT.
 */
async function* intactEntries(
  file: string,
  base: number,
  onDamage: 'stop' | 'throw',
  last = Infinity,
): AsyncGenerator<JournalEntry> {
  let expect = base + 1;
  for await (const line of linesOf(file)) {
    if (expect > last) break;
    const entry = parseLine(line);
    if (!entry || entry.seq !== expect) {
      if (onDamage === 'stop') break;
      throw damaged(file, `entry ${expect} is not intact`);
    }
    expect++;
    yield { seq: entry.seq, bundle: JSON.parse(entry.json) as ReportBundle };
  }
}

/** One parsed journal line; null when the line is not a whole, intact entry. */
function parseLine(line: string): { seq: number; json: string } | null {
  const a = line.indexOf('\t');
  const b = a < 0 ? -1 : line.indexOf('\t', a + 1);
  if (a <= 0 || b < 0) return null;
  const seq = Number(line.slice(0, a));
  const json = line.slice(b + 1);
  if (!Number.isSafeInteger(seq) || sha256(json) !== line.slice(a + 1, b)) return null;
  return { seq, json };
}

export class Journal {
  private fh: FileHandle | null = null;

  private constructor(
    readonly dir: string,
    private base: number,
    private last: number,
    private size: number,
    /** No journal existed: the store must be given a base (start) before any write. */
    private fresh: boolean,
  ) {}

  /**
   * Opens the journal of `dataDir`, creating its folder. Finishes what a killed compaction left (the
   * newest complete journal wins; older files and half-copied bases go) and drops a last line cut short.
   */
  static async open(dataDir: string): Promise<Journal> {
    const dir = join(dataDir, 'journal');
    mkdirSync(dir, { recursive: true });
    const base = newestStart(dir);
    for (const f of readdirSync(dir)) {
      const b = BUNDLES.exec(f);
      const k = BASE.exec(f);
      const stale = (b && Number(b[1]) !== base) || (k && (Number(k[1]) !== base || k[2] !== undefined));
      if (stale) rmSync(join(dir, f), { force: true });
    }
    if (base < 0) return new Journal(dir, 0, 0, 0, true);
    const file = bundlesFile(dir, base);
    const { last, validBytes, totalBytes } = await Journal.scan(file, base);
    if (validBytes < totalBytes) {
      const fh = await openFile(file, 'r+');
      await fh.truncate(validBytes);
      await fh.datasync();
      await fh.close();
    }
    const journal = new Journal(dir, base, last, validBytes, false);
    await journal.openForAppend();
    return journal;
  }

  /** The last intact entry, and where it ends. Only the last line may be cut short; any other damage throws. */
  private static async scan(
    file: string,
    base: number,
  ): Promise<{ last: number; validBytes: number; totalBytes: number }> {
    const totalBytes = statSync(file).size;
    let last = base;
    let validBytes = 0;
    let bad: string | null = null;
    let lastLineBytes = 0;
    for await (const line of linesOf(file)) {
      if (bad !== null) throw damaged(file, bad);
      const entry = parseLine(line);
      if (!entry || entry.seq !== last + 1) {
        bad = entry
          ? `entry ${entry.seq} follows entry ${last}`
          : `the line after entry ${last} is not intact`;
        continue;
      }
      last = entry.seq;
      lastLineBytes = Buffer.byteLength(line, 'utf8') + 1;
      validBytes += lastLineBytes;
    }
    // A last line without its newline was cut short even when it parses: its append (one write of the
    // whole line, then fsync) never finished, so its transaction never committed.
    if (validBytes > totalBytes)
      return { last: last - 1, validBytes: validBytes - lastLineBytes, totalBytes };
    return { last, validBytes, totalBytes };
  }

  private async openForAppend(): Promise<void> {
    await this.fh?.close();
    this.fh = await openFile(bundlesFile(this.dir, this.base), 'a');
  }

  /** No journal existed when it was opened, and none has been started. */
  get isFresh(): boolean {
    return this.fresh;
  }
  /** The entry the base holds (0: an empty store, or a snapshot taken before any entry). */
  get baseSeq(): number {
    return this.base;
  }
  get lastSeq(): number {
    return this.last;
  }
  /** Bytes of entries since the base. */
  get bytes(): number {
    return this.size;
  }
  /** The snapshot the store is rebuilt from, or null when it is rebuilt from an empty store. */
  get basePath(): string | null {
    const path = baseFile(this.dir, this.base);
    return existsSync(path) ? path : null;
  }

  /**
   * Starts the journal afresh at entry `seq`, with `snapshotOf` (a data file just checkpointed, no write
   * running) copied as its base, or no base (the store is empty). The new base and journal are complete
   * on disk before the old ones go, so a kill at any point leaves one whole pair.
   */
  async start(seq: number, snapshotOf: string | null): Promise<void> {
    if (snapshotOf) {
      const tmp = `${baseFile(this.dir, seq)}.tmp`;
      copyFileSync(snapshotOf, tmp);
      fsyncPath(tmp);
      renameSync(tmp, baseFile(this.dir, seq));
      fsyncPath(this.dir); // the base is in place before the journal that names it exists
    }
    const file = bundlesFile(this.dir, seq);
    closeSync(openSync(file, 'w'));
    fsyncPath(file);
    fsyncPath(this.dir);
    await this.fh?.close();
    this.fh = null;
    for (const f of readdirSync(this.dir)) {
      const b = BUNDLES.exec(f) ?? BASE.exec(f);
      if (b && Number(b[1]) !== seq) rmSync(join(this.dir, f), { force: true });
    }
    this.base = seq;
    this.last = seq;
    this.size = 0;
    this.fresh = false;
    await this.openForAppend();
  }

  /** Appends entry `seq` (which must follow the last) and waits until it is on disk. */
  async append(seq: number, bundle: ReportBundle): Promise<JournalMark> {
    if (!this.fh || this.fresh) throw new StoreUnavailableError('the journal is not open');
    if (seq !== this.last + 1) throw new Error(`journal entry ${seq} does not follow entry ${this.last}`);
    const json = JSON.stringify(bundle);
    const line = `${seq}\t${sha256(json)}\t${json}\n`;
    const mark = { seq: this.last, bytes: this.size };
    try {
      await this.fh.write(line);
      await this.fh.datasync();
    } catch {
      await this.rollback(mark).catch(() => undefined);
      throw new StoreUnavailableError(
        'the journal could not be written (is the disk full?); the report was not stored',
      );
    }
    this.last = seq;
    this.size += Buffer.byteLength(line, 'utf8');
    return mark;
  }

  /** Drops every entry after `mark` (a transaction that did not commit). */
  async rollback(mark: JournalMark): Promise<void> {
    if (!this.fh) return;
    await this.fh.truncate(mark.bytes);
    await this.fh.datasync();
    this.last = mark.seq;
    this.size = mark.bytes;
  }

  /** Entries after `seq`, in order, checked against their checksums. */
  async *entriesAfter(seq: number): AsyncGenerator<JournalEntry> {
    for await (const entry of intactEntries(bundlesFile(this.dir, this.base), this.base, 'throw', this.last))
      if (entry.seq > seq) yield entry;
  }

  async close(): Promise<void> {
    await this.fh?.close().catch(() => undefined);
    this.fh = null;
  }
}

/** The newest journal of `dataDir` (its base entry and whether a snapshot holds it), or null when none. */
export function journalBase(dataDir: string): { seq: number; snapshot: string | null; file: string } | null {
  const dir = join(dataDir, 'journal');
  const seq = newestStart(dir);
  if (seq < 0) return null;
  const snapshot = baseFile(dir, seq);
  return { seq, snapshot: existsSync(snapshot) ? snapshot : null, file: bundlesFile(dir, seq) };
}

/**
 * The intact entries of `dataDir`'s journal, in order, read without changing anything (safe beside a
 * running server): stops at a line that is not whole (an append in progress, or a kill's leftover).
 */
export async function* readJournal(dataDir: string): AsyncGenerator<JournalEntry> {
  const base = journalBase(dataDir);
  if (base) yield* intactEntries(base.file, base.seq, 'stop');
}
