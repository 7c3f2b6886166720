import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkBundle } from '../domain/bundle-invariants';
import type { ReportBundle } from '../domain/bundle';
import { InvalidInputError, type Problem } from '../domain/errors';
import type { IngestResult } from '../domain/model';
import type { GraphStore } from '../store/graph-store.port';

/** The curated seed bundles shipped with the project. */
export const SEED_BUNDLE_DIR = resolve(__dirname, '..', '..', '..', 'seeds', 'bundles');

export interface LoadedBundle {
  file: string;
  bundle: ReportBundle;
}

/** Finds the seeds directory both from sources (ts-jest) and from the compiled dist/ tree. */
export function seedBundleDir(): string {
  for (const candidate of [SEED_BUNDLE_DIR, resolve(__dirname, '..', '..', 'seeds', 'bundles')]) {
    try {
      if (readdirSync(candidate).some((f) => f.endsWith('.json'))) return candidate;
    } catch {
      // try the next layout
    }
  }
  return SEED_BUNDLE_DIR;
}

/**
 * Reads and validates every bundle of a directory before anything is written: one broken bundle
 * stops the load with every problem of every file listed (file, JSON path, reason).
 */
export function readBundles(dir: string = seedBundleDir()): LoadedBundle[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const loaded: LoadedBundle[] = [];
  const problems: Problem[] = [];
  for (const name of files) {
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push({
        path: `${name}`,
        reason: `is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      });
      continue;
    }
    const found = checkBundle(json);
    if (found.length > 0)
      problems.push(...found.map((p) => ({ path: `${name}: ${p.path}`, reason: p.reason })));
    else loaded.push({ file, bundle: json as ReportBundle });
  }
  if (problems.length > 0) throw new InvalidInputError(problems, dir);
  return loaded;
}

/** Loads the seed graph. Idempotent: a second load reports every bundle UNCHANGED. */
export async function loadSeeds(store: GraphStore, dir?: string): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const { bundle } of readBundles(dir)) results.push(await store.ingestBundle(bundle));
  return results;
}
