import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportBundle } from '../../domain/bundle';
import { DomainError } from '../../domain/errors';
import type { IngestResult } from '../../domain/model';
import { CypherGraphStore, type IngestHooks } from '../../store/cypher-graph-store';
import type { StoreHealth } from '../../store/graph-store.port';
import { Journal, type JournalMark } from './journal';
import { KuzuExecutor, type KuzuOptions } from './kuzu-executor';
import { JOURNAL_SEQ, SET_JOURNAL_SEQ } from './kuzu-schema';

export interface EmbeddedOptions extends KuzuOptions {
  /** Keep the journal the store is rebuilt from after a damaging crash (journal.ts). Default true. */
  journal?: boolean;
  /**
   * Journal size at which it is folded into a new base (a copy of the data file taken right after a
   * checkpoint). Default: 1/16 of the data file, at least 4 MiB. A rebuild replays entries at the speed
   * of ingestion (~12 a second here, ~5 KB each: bench/journal.ts) while a copy runs at ~450 MB/s, so
   * the journal is kept short: a 183 MB store folds every ~11 MB (~2,300 writes, a 0.4 s copy that
   * holds writes, not reads) and rebuilds in about 3 minutes at most.
   */
  journalCompactBytes?: number;
}

/** How the store came up, for the start-up log and for tests. */
export interface OpenReport {
  /** 'rebuilt': the data file did not open (or was older than the journal) and was rebuilt from it. */
  state: 'opened' | 'rebuilt';
  /** Journal entries applied at open: their commit had not finished, or the store was rebuilt. */
  applied: number;
  /** Entries that no longer pass the bundle rules and were left out (named in `notes`). */
  skipped: number;
  /** Where the files that did not open were moved (kept for inspection), when rebuilt. */
  damagedDir: string | null;
  journal: 'on' | 'off';
  /** Lines for the start-up log. */
  notes: string[];
}

const MIN_COMPACT_BYTES = 4 * 1024 * 1024;
const COMPACT_FRACTION = 16;

/**
 * The embedded store: the one CypherGraphStore over Kuzu, plus the journal that makes an acknowledged
 * write survive a kill inside a Kuzu checkpoint. Each changing write appends its bundle to the journal
 * (fsynced) and records the entry's number in the same transaction, before COMMIT.
 */
export class EmbeddedGraphStore extends CypherGraphStore {
  private compacting: Promise<void> | null = null;
  openReport: OpenReport = {
    state: 'opened',
    applied: 0,
    skipped: 0,
    damagedDir: null,
    journal: 'off',
    notes: [],
  };

  constructor(
    readonly executor: KuzuExecutor,
    private readonly journal: Journal | null,
    private readonly compactBytes?: number,
  ) {
    super(executor, 'embedded');
  }

  override async ingestBundle(bundle: ReportBundle, hooks: IngestHooks = {}): Promise<IngestResult> {
    const journal = this.journal;
    if (!journal) return super.ingestBundle(bundle, hooks);
    const appended: { mark: JournalMark | null } = { mark: null };
    const result = await super.ingestBundle(bundle, {
      beforeCommit: async (tx, r) => {
        if (r.status !== 'UNCHANGED') {
          const seq = journal.lastSeq + 1;
          await tx.run(SET_JOURNAL_SEQ, { seq });
          appended.mark = await journal.append(seq, bundle);
        }
        await hooks.beforeCommit?.(tx, r);
      },
      onRollback: async () => {
        await hooks.onRollback?.();
        if (appended.mark) await journal.rollback(appended.mark);
      },
    });
    if (result.status !== 'UNCHANGED') this.compactIfDue();
    return result;
  }

  /** The last journal entry the store holds (0 when none). */
  async storedSeq(): Promise<number> {
    const rows = await this.executor.read(JOURNAL_SEQ);
    return rows.length > 0 && rows[0]!.seq !== null ? Number(rows[0]!.seq) : 0;
  }

  /** Forces a checkpoint (the crash script's way of landing kills inside one). */
  async checkpoint(): Promise<void> {
    await this.executor.afterCheckpoint(async () => undefined);
  }

  /** Folds the journal into a new base now (also done on its own when the journal grows; see options). */
  async compactJournal(): Promise<void> {
    await this.rebase();
  }

  /**
   * Starts the journal afresh with the data file, just checkpointed, as its base: at entry `seq`, or at
   * the journal's last entry as it stands on the write lane, after every write queued before.
   */
  private async rebase(seq?: number): Promise<void> {
    const journal = this.journal;
    if (journal) await this.executor.afterCheckpoint((file) => journal.start(seq ?? journal.lastSeq, file));
  }

  private compactIfDue(): void {
    const journal = this.journal;
    if (!journal || this.compacting) return;
    const threshold =
      this.compactBytes ??
      Math.max(MIN_COMPACT_BYTES, Math.floor(statSize(this.executor.dataFile) / COMPACT_FRACTION));
    if (journal.bytes < threshold) return;
    // A failed compaction loses nothing: the old base and journal stay until a new pair is whole.
    this.compacting = this.compactJournal()
      .catch(() => undefined)
      .finally(() => (this.compacting = null));
  }

  /**
   * Ties the opened store to its journal: a store without one gets a base (none when empty, else a
   * snapshot); entries after the store's last are applied (their commit had not finished, or the
   * store was rebuilt from the base). A store older than the journal's base cannot be brought forward.
   */
  async attach(damagedDir: string | null): Promise<OpenReport> {
    const journal = this.journal;
    const report: OpenReport = {
      state: damagedDir ? 'rebuilt' : 'opened',
      applied: 0,
      skipped: 0,
      damagedDir,
      journal: journal ? 'on' : 'off',
      notes: [],
    };
    this.openReport = report;
    if (!journal) return report;
    const stored = await this.storedSeq();
    if (journal.isFresh) {
      const empty = (await this.executor.read('MATCH (r:Report) RETURN r.id AS id LIMIT 1')).length === 0;
      if (empty && stored === 0) await journal.start(0, null);
      else {
        await this.rebase(stored);
        report.notes.push('journal started: the store as it is now is its base (a copy of the data file)');
      }
      return report;
    }
    if (stored > journal.lastSeq) {
      await this.rebase(stored);
      report.notes.push(
        `the store holds journal entry ${stored} but the journal ends at ${journal.lastSeq}: ` +
          'the journal was replaced or cut; a new one starts from the store as it is now',
      );
      return report;
    }
    if (stored < journal.baseSeq)
      throw new DomainError(
        'STORE_CORRUPT',
        `the data file holds journal entry ${stored}, older than the journal's base (${journal.baseSeq})`,
      );
    for await (const entry of journal.entriesAfter(stored)) {
      try {
        await super.ingestBundle(entry.bundle, {
          beforeCommit: async (tx) => void (await tx.run(SET_JOURNAL_SEQ, { seq: entry.seq })),
        });
        report.applied++;
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'BAD_USER_INPUT') throw err;
        // Journaled by an older version whose bundle rules were looser: left out, and said so.
        report.skipped++;
        report.notes.push(`journal entry ${entry.seq} left out: ${err.message}`);
        // Recorded as passed, so the next start does not try (and report) it again.
        await this.executor.write(async (tx) => void (await tx.run(SET_JOURNAL_SEQ, { seq: entry.seq })));
      }
    }
    if (report.applied > 0 || damagedDir) {
      await this.checkpoint();
      report.notes.unshift(
        damagedDir
          ? `rebuilt from the journal: ${report.applied} report write(s) applied to ${journal.basePath ? 'its base snapshot' : 'an empty store'}; the files that did not open are in ${damagedDir}`
          : `${report.applied} journaled write(s) whose commit had not finished were applied`,
      );
    }
    return report;
  }

  /** The engine's health, and where the journal stands (entries since its base, bytes). */
  override async health(): Promise<StoreHealth> {
    const h = await super.health();
    const j = this.journal;
    if (!j) return { ...h, detail: `${h.detail}; journal off` };
    const entries = j.lastSeq - j.baseSeq;
    return {
      ...h,
      detail: `${h.detail}; journal: ${entries} ${entries === 1 ? 'entry' : 'entries'} after base ${j.baseSeq} (${(j.bytes / 1024 / 1024).toFixed(1)} MB)`,
    };
  }

  override async close(): Promise<void> {
    await this.compacting;
    await super.close();
    await this.journal?.close();
  }
}

function statSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Errors at open that a rebuild from the journal can get past (not a lock, not a missing directory). */
const rebuildable = (err: unknown): boolean =>
  err instanceof DomainError && (err.code === 'STORE_CORRUPT' || err.code === 'INTERNAL');

/** Schema, then the journal (attach); closes the executor when either fails. */
async function complete(
  exec: KuzuExecutor,
  options: EmbeddedOptions,
  journal: Journal | null,
  damagedDir: string | null,
): Promise<EmbeddedGraphStore> {
  const store = new EmbeddedGraphStore(exec, journal, options.journalCompactBytes);
  try {
    await store.init();
    await store.attach(damagedDir);
    return store;
  } catch (err) {
    await exec.close();
    throw err;
  }
}

/** Moves every file of the database (`graph.kuzu`, its log, shadow and staging files) into a new folder. */
function moveDamagedAside(dataDir: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = join(dataDir, `damaged-${stamp}`);
  mkdirSync(aside, { recursive: true });
  for (const f of readdirSync(dataDir))
    if (/^graph\.kuzu/.test(f)) renameSync(join(dataDir, f), join(aside, f));
  return aside;
}

/**
 * Opens (and on first use creates) the embedded graph store in `dataDir`. When the data file does not
 * open (a kill inside a checkpoint, a damaged file), or holds less than the journal's base, and a journal
 * covers the store, the files are moved aside and the store is rebuilt: the base copied back, the
 * journal's entries applied. Without a journal the error stands (STORE_CORRUPT with the way out).
 */
export async function openEmbeddedStore(options: EmbeddedOptions): Promise<EmbeddedGraphStore> {
  mkdirSync(options.dataDir, { recursive: true });
  // The engine's lock first: the journal is read (and a cut-short line dropped) only by the process that
  // holds the directory, never beside a running server that may be appending to it.
  let exec: KuzuExecutor | null = null;
  let failure: unknown = null;
  try {
    exec = await KuzuExecutor.open(options);
  } catch (err) {
    if (options.journal === false || !rebuildable(err)) throw err;
    failure = err;
  }
  let journal: Journal | null = null;
  try {
    journal = options.journal === false ? null : await Journal.open(options.dataDir);
  } catch (err) {
    await exec?.close();
    throw err;
  }
  if (exec) {
    try {
      return await complete(exec, options, journal, null);
    } catch (err) {
      failure = err;
    }
  }
  if (!journal || journal.isFresh || !rebuildable(failure)) {
    await journal?.close();
    throw failure;
  }
  try {
    const damagedDir = moveDamagedAside(options.dataDir);
    const base = journal.basePath;
    if (base) {
      const restoring = join(options.dataDir, 'graph.kuzu.restoring');
      copyFileSync(base, restoring);
      renameSync(restoring, join(options.dataDir, 'graph.kuzu'));
    }
    return await complete(await KuzuExecutor.open(options), options, journal, damagedDir);
  } catch (err) {
    await journal.close();
    throw err;
  }
}
