import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface ExampleOperation {
  /** File name without extension, e.g. `01-who-claimed-498`. */
  name: string;
  query: string;
  /** JSON text of `<name>.variables.json`, when present. */
  variables: string | null;
  /** JSON text of `<name>.headers.json`, when present. */
  headers: string | null;
}

/** schema/operations seen from src/http (ts-jest) or from dist/src/http (the compiled server). */
export function defaultOperationsDir(): string {
  const candidates = [
    resolve(__dirname, '..', '..', 'schema', 'operations'),
    resolve(__dirname, '..', '..', '..', 'schema', 'operations'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/**
 * The committed example operations (one per seed question, plus a few more), in file order. The same
 * files feed the playground tabs and the end-to-end tests, so what a newcomer runs is what CI checks.
 */
export function loadExampleOperations(dir: string = defaultOperationsDir()): ExampleOperation[] {
  if (!existsSync(dir)) return [];
  const optional = (file: string): string | null =>
    existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const name = basename(f, '.graphql');
      return {
        name,
        query: readFileSync(join(dir, f), 'utf8'),
        variables: optional(join(dir, `${name}.variables.json`)),
        headers: optional(join(dir, `${name}.headers.json`)),
      };
    });
}
