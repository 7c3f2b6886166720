/**
 * Child processes for the hardening tests and scripts: the compiled server (dist/src/main.js), built
 * first when any source is newer than it, and a process that holds a Kuzu database open.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const MAIN_JS = join(ROOT, 'dist', 'src', 'main.js');
export const INGEST_CHILD_JS = join(ROOT, 'dist', 'scripts', 'crash-ingest-child.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : name.endsWith('.ts') ? st.mtimeMs : 0);
  }
  return newest;
}

/** Builds dist/ (tsc -p tsconfig.build.json) unless dist/src/main.js is newer than every file of src/ and scripts/. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(MAIN_JS).mtimeMs;
  } catch {
    built = 0;
  }
  if (built > Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'scripts')))) return;
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 180_000,
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

export interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when stdout has printed text matching `re`; rejects if the process ends first. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
}

export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  proc.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    for (const l of listeners) l();
  });
  proc.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    proc.on('exit', (code, signal) => done({ code, signal })),
  );
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (re, timeoutMs = 60_000) =>
      new Promise<void>((done, fail) => {
        const check = (): void => {
          if (re.test(out)) {
            listeners.delete(check);
            clearTimeout(timer);
            done();
          }
        };
        const timer = setTimeout(
          () =>
            fail(
              new Error(
                `timed out waiting for ${re} (stdout: ${out.slice(-500)} stderr: ${err.slice(-500)})`,
              ),
            ),
          timeoutMs,
        );
        listeners.add(check);
        void exited.then((e) => {
          if (!re.test(out)) {
            clearTimeout(timer);
            fail(
              new Error(
                `process exited (${JSON.stringify(e)}) before ${re}; stdout: ${out.slice(-500)} stderr: ${err.slice(-800)}`,
              ),
            );
          }
        });
        check();
      }),
  };
}

/** The compiled server on a data directory and port, with a small buffer pool. */
export function startMain(env: NodeJS.ProcessEnv): Child {
  return startChild(process.execPath, [MAIN_JS], {
    HOST: '127.0.0.1',
    KUZU_BUFFER_POOL_MB: '128',
    NODE_ENV: 'production',
    ...env,
  });
}

/** Another process holding `<dir>/graph.kuzu` open read-write (Kuzu's file lock), until killed. */
export function holdDatabase(dir: string): Child {
  const script = `
    const kuzu = require('kuzu');
    const db = new kuzu.Database(${JSON.stringify(join(dir, 'graph.kuzu'))}, 64 * 1024 * 1024);
    db.init().then(() => { const c = new kuzu.Connection(db); return c.init(); }).then(() => console.log('held'));
    setInterval(() => undefined, 1000);`;
  return startChild(process.execPath, ['-e', script], {});
}

/** Stops a child this code started (by its pid) and waits for it to end. */
export async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill(signal);
  await child.exited;
}

/** A stack trace's shape: "    at fn (file:line:col)". */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;
