/**
 * Crash safety of the embedded store (issue 8, item 3). Each trial starts a child that ingests the
 * crash bundles one by one into a fresh data directory (with a CHECKPOINT every few bundles), kills it
 * with SIGKILL at a random moment, restarts on the same directory, and checks:
 *   - the store opens as the server opens it, with no hand work: when a kill inside a Kuzu checkpoint left
 *     a data file that does not open, the store rebuilds it from its journal (src/adapters/embedded/journal.ts);
 *   - the reports present are exactly bundles 0..m-1, every acknowledged one among them (else: data lost);
 *   - each present report holds exactly what a clean load gives it (report node, contents, claims,
 *     disputes, control claims), and the whole graph's counts equal a clean load of m bundles
 *     (so nothing of a half-written bundle is left anywhere);
 *   - re-ingesting every bundle answers UNCHANGED for the present ones, CREATED for the rest, and ends
 *     with the counts of a clean load of all bundles (no duplicates).
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/crash-safety.js [--trials 20] [--bundles 80]
 *     [--seed 11] [--checkpoint-every 4] [--keep]
 * Exits 1 when any trial fails; prints the figures either way.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { prng } from '../bench/generate';
import { openEmbeddedStore } from '../src/adapters/embedded';
import type { ReportBundle } from '../src/domain/bundle';
import type { GraphCounts } from '../src/domain/model';
import type { GraphStore } from '../src/store/graph-store.port';
import { crashBundles } from './crash-bundles';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TRIALS = arg('trials', 20);
const BUNDLES = arg('bundles', 80);
const SEED = arg('seed', 11);
const CHECKPOINT_EVERY = arg('checkpoint-every', 4);
const KEEP = process.argv.includes('--keep');
const CHILD = join(__dirname, 'crash-ingest-child.js');
const POOL_MB = 128;
const step = (m: string): void => {
  if (process.env.CRASH_DEBUG) console.error(`  .. ${m}`);
};

const open = (dir: string): Promise<GraphStore> => openEmbeddedStore({ dataDir: dir, bufferPoolMb: POOL_MB });

/** Everything one report states, in a form that compares exactly. */
async function snapshot(store: GraphStore, reportId: string): Promise<unknown> {
  const report = (await store.getReports([reportId])).get(reportId) ?? null;
  if (!report) return null;
  const c = (await store.contentsOfReports([reportId])).get(reportId) ?? {
    figures: [],
    actors: [],
    places: [],
    controls: [],
  };
  const contents = {
    figures: [...c.figures].sort(),
    actors: [...c.actors].sort(),
    places: [...c.places].sort(),
    controls: [...c.controls].sort(),
  };
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const claims = contents.figures.length
    ? byId(
        [...(await store.claimsOfFigures(contents.figures)).values()]
          .flat()
          .filter((x) => x.reportId === reportId),
      )
    : [];
  const targets = [...contents.figures, ...contents.controls];
  const disputes = targets.length
    ? byId(
        [...(await store.disputesOfTargets(targets)).values()].flat().filter((x) => x.reportId === reportId),
      )
    : [];
  const controls = contents.controls.length
    ? byId([...(await store.getControlClaims(contents.controls)).values()])
    : [];
  return { report, contents, claims, disputes, controls };
}

/** `TYPE got/expected` for every count that differs. */
function countDiff(got: GraphCounts, want: GraphCounts): string {
  const out: string[] = [];
  for (const k of ['nodes', 'edges'] as const)
    for (const [t, n] of Object.entries(want[k])) {
      const g = (got[k] as Record<string, number>)[t];
      if (g !== n) out.push(`${t} ${g}/${n}`);
    }
  return out.join(', ');
}

interface Reference {
  ids: string[];
  /** counts[m]: the graph after a clean load of bundles 0..m-1. */
  counts: GraphCounts[];
  snapshots: unknown[];
  seconds: number;
}

async function referenceLoad(bundles: ReportBundle[]): Promise<Reference> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-crash-ref-'));
  const t0 = performance.now();
  const store = await open(dir);
  try {
    const ids: string[] = [];
    const counts = [await store.counts()];
    for (const b of bundles) {
      ids.push((await store.ingestBundle(b)).reportId);
      counts.push(await store.counts());
    }
    const seconds = (performance.now() - t0) / 1000;
    const snapshots: unknown[] = [];
    for (const id of ids) snapshots.push(await snapshot(store, id));
    if (new Set(ids).size !== ids.length) throw new Error('two crash bundles share a report id');
    return { ids, counts, snapshots, seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ChildRun {
  /** How long the child lived. */
  ms: number;
  acked: number;
  checkpoints: number;
  killedAtMs: number | null;
  finished: boolean;
  exit: string;
  stderr: string;
  /** From the child's `open` line: the store was rebuilt from its journal, and entries applied. */
  rebuilt: boolean;
  applied: number;
}

/** Runs the ingesting child; kills it after `killAfterMs` (null: let it finish, or stop it after five minutes). */
function runChild(dir: string, count: number, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [CHILD, dir, String(count), String(SEED), String(CHECKPOINT_EVERY)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let killedAtMs: number | null = null;
    const started = performance.now();
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => {
      killedAtMs = Math.round(performance.now() - started);
      child.kill('SIGKILL');
    }, killAfterMs ?? 300_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const lines = out.split('\n');
      const acked = lines.filter((l) => l.startsWith('ok ')).length;
      const opened = /^open (\w+) (\d+)$/m.exec(out);
      done({
        ms: Math.round(performance.now() - started),
        acked,
        checkpoints: lines.filter((l) => l.startsWith('checkpoint ')).length,
        killedAtMs: signal === 'SIGKILL' ? killedAtMs : null,
        finished: lines.includes('done'),
        exit: signal ?? String(code),
        stderr: err.trim(),
        rebuilt: opened?.[1] === 'rebuilt',
        applied: Number(opened?.[2] ?? 0),
      });
    });
  });
}

interface TrialResult {
  trial: number;
  killedAtMs: number | null;
  /** How long the killed (or finished) child lived. */
  childMs: number;
  acked: number;
  present: number;
  /** rebuilt: the data file did not open and the store rebuilt it from its journal. */
  opened: 'clean' | 'rebuilt' | 'failed';
  /** Journal entries the restart applied (rebuilt, or journaled with the commit unfinished). */
  applied: number;
  lost: number;
  problems: string[];
}

async function trial(
  n: number,
  bundles: ReportBundle[],
  ref: Reference,
  killAfterMs: number,
): Promise<TrialResult> {
  const dir = mkdtempSync(join(tmpdir(), `claimgraph-crash-${n}-`));
  const problems: string[] = [];
  const run = await runChild(dir, bundles.length, killAfterMs);
  step(`child ended ${JSON.stringify(run)} in ${dir}`);
  if (run.stderr && !run.killedAtMs) problems.push(`child failed: ${run.stderr.slice(0, 300)}`);

  // Restart, as a separate process first: an engine that crashes on open must not take this script down.
  let opened: TrialResult['opened'] = 'clean';
  const probe = await runChild(dir, 0, null);
  if (probe.exit !== '0') {
    opened = 'failed';
    problems.push(`store does not open after the kill (exit ${probe.exit}): ${probe.stderr.slice(0, 300)}`);
  } else if (probe.rebuilt) opened = 'rebuilt';
  const applied = probe.applied;
  let present = 0;
  let lost = 0;
  step(`probe: ${opened} ${probe.exit} ${probe.stderr}`);
  if (opened !== 'failed') {
    const store = await open(dir);
    step('opened in-process');
    try {
      const reports = await store.getReports(ref.ids);
      const have = ref.ids.map((id) => reports.has(id));
      present = have.filter(Boolean).length;
      if (have.some((h, i) => h !== i < present))
        problems.push(
          `reports present are not a prefix of the ingestion order: ${have.map((h) => (h ? 1 : 0)).join('')}`,
        );
      lost = Math.max(0, run.acked - present);
      if (lost > 0) problems.push(`${lost} acknowledged report(s) missing`);
      if (present > run.acked + 1)
        problems.push(
          `${present} reports present but only ${run.acked} acknowledged (at most one may be unacknowledged)`,
        );
      const counts = await store.counts();
      if (!isDeepStrictEqual(counts, ref.counts[present]))
        problems.push(
          `counts differ from a clean load of ${present} bundles (a partial write?): ${countDiff(counts, ref.counts[present]!)}`,
        );
      for (let i = 0; i < present; i++) {
        const snap = await snapshot(store, ref.ids[i]!);
        if (!isDeepStrictEqual(snap, ref.snapshots[i]))
          problems.push(`report ${i} (${ref.ids[i]}) differs from what its bundle gives`);
      }
      // Re-ingest everything: present ones are UNCHANGED, the rest CREATED, and nothing is duplicated.
      step(`verified ${present} present; re-ingesting`);
      for (const [i, b] of bundles.entries()) {
        step(`re-ingest ${i}`);
        const status = (await store.ingestBundle(b)).status;
        const want = i < present ? 'UNCHANGED' : 'CREATED';
        if (status !== want) problems.push(`re-ingesting bundle ${i} answered ${status}, expected ${want}`);
      }
      const after = await store.counts();
      if (!isDeepStrictEqual(after, ref.counts[bundles.length]))
        problems.push(
          `after re-ingesting everything, counts differ from a clean load: ${countDiff(after, ref.counts[bundles.length]!)}`,
        );
    } catch (err) {
      const cause = (err as { cause?: unknown }).cause;
      problems.push(
        `after the restart: ${err instanceof Error ? err.message : String(err)}${cause instanceof Error ? ` (${cause.message})` : ''}`,
      );
    } finally {
      await store.close();
    }
  }
  if (!KEEP || problems.length === 0) rmSync(dir, { recursive: true, force: true });
  else problems.push(`data directory kept: ${dir}`);
  return {
    trial: n,
    killedAtMs: run.killedAtMs,
    childMs: run.ms,
    acked: run.acked,
    present,
    opened,
    applied,
    lost,
    problems,
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const bundles = crashBundles(BUNDLES, SEED);
  console.log(
    `crash safety: ${TRIALS} trials, ${BUNDLES} bundles (seed ${SEED}), CHECKPOINT every ${CHECKPOINT_EVERY} bundles, SIGKILL at a random moment`,
  );
  const ref = await referenceLoad(bundles);
  const last = ref.counts[BUNDLES]!;
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  console.log(
    `clean load: ${BUNDLES} reports, ${total(last.nodes)} nodes, ${total(last.edges)} relationships in ${ref.seconds.toFixed(1)} s`,
  );

  // One uninterrupted child run to time it; kill moments are then spread over its whole life:
  // start-up and schema creation, ingestion, checkpoints, closing.
  const calibration = mkdtempSync(join(tmpdir(), 'claimgraph-crash-cal-'));
  const c0 = performance.now();
  const full = await runChild(calibration, bundles.length, null);
  const span = performance.now() - c0;
  rmSync(calibration, { recursive: true, force: true });
  if (!full.finished)
    throw new Error(
      `the ingesting child did not finish on its own: ${full.exit} ${full.stderr.slice(0, 300)}`,
    );
  console.log(
    `uninterrupted child: ${full.acked} bundles and ${full.checkpoints} checkpoints in ${(span / 1000).toFixed(1)} s`,
  );
  const rand = prng(SEED * 7919 + TRIALS);
  const results: TrialResult[] = [];
  let window = span;
  for (let n = 1; n <= TRIALS; n++) {
    const killAfter = Math.round(rand() * window);
    const r = await trial(n, bundles, ref, killAfter);
    results.push(r);
    // A child that finished before its kill moment ran faster than the calibration (a quieter machine):
    // later kill moments are drawn from its own life, so the trials still kill mid-run.
    if (r.killedAtMs === null) window = Math.min(window, r.childMs);
    console.log(
      `trial ${String(n).padStart(2)}: killed at ${r.killedAtMs === null ? 'never (finished first)' : `${r.killedAtMs} ms`}, ` +
        `${r.acked} acknowledged, ${r.present} present, store ${r.opened}${r.applied > 0 ? ` (${r.applied} journal entries applied)` : ''}, ${r.problems.length === 0 ? 'OK' : `FAILED: ${r.problems.join('; ')}`}`,
    );
  }
  const killed = results.filter((r) => r.killedAtMs !== null);
  const survived = results.filter((r) => r.problems.length === 0);
  console.log('');
  console.log(`trials:                      ${results.length}`);
  console.log(
    `killed mid-run:              ${killed.length} (before the first commit: ${killed.filter((r) => r.acked === 0).length})`,
  );
  console.log(`survived (all checks):       ${survived.length}`);
  console.log(
    `opened clean / rebuilt:      ${results.filter((r) => r.opened === 'clean').length} / ${results.filter((r) => r.opened === 'rebuilt').length} (rebuilt: the data file did not open; rebuilt from the journal)`,
  );
  console.log(
    `journal entries applied:     ${results.filter((r) => r.opened === 'clean' && r.applied > 0).length} trial(s) opened clean with an unfinished commit rolled forward`,
  );
  console.log(`acknowledged reports lost:   ${results.reduce((n, r) => n + r.lost, 0)}`);
  console.log(
    `unacknowledged but present:  ${results.filter((r) => r.present === r.acked + 1).length} trial(s) (journaled or committed before the kill, not yet answered)`,
  );
  console.log(
    `partial reports / dup. rows: ${results.filter((r) => r.problems.some((p) => /differs|counts differ/.test(p))).length}`,
  );
  console.log(`time:                        ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (survived.length !== results.length) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
