import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClaimgraphSchema, printClaimgraphSchema } from '../graphql/build-schema';

export const SCHEMA_HEADER =
  '# Generated from the type-graphql classes in src/graphql by src/cli/emit-schema.ts — do not edit.\n' +
  '# After changing the API: npm run build && npm run schema:emit (CI fails when this file is stale).\n\n';

/** schema/schema.graphql from src/cli (ts-jest) or dist/src/cli (compiled). */
export function defaultSchemaPath(): string {
  const roots = [resolve(__dirname, '..', '..'), resolve(__dirname, '..', '..', '..')];
  const root = roots.find((r) => existsSync(resolve(r, 'package.json'))) ?? roots[0]!;
  return resolve(root, 'schema', 'schema.graphql');
}

/** The SDL exactly as it is committed. */
export async function schemaFileContent(): Promise<string> {
  return SCHEMA_HEADER + printClaimgraphSchema(await buildClaimgraphSchema());
}

export async function emitSchema(path: string = defaultSchemaPath()): Promise<string> {
  writeFileSync(path, await schemaFileContent());
  return path;
}

if (require.main === module) {
  emitSchema(process.argv[2]).then(
    (path) => console.log(`wrote ${path}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
