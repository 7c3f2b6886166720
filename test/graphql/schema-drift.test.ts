import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSchemaPath, emitSchema, schemaFileContent } from '../../src/cli/emit-schema';

/** CI fails when the code and the committed SDL disagree (STYLE.md: schema emitted, committed). */
it('schema/schema.graphql matches the schema built from the code', async () => {
  const committed = readFileSync(defaultSchemaPath(), 'utf8');
  const built = await schemaFileContent();
  if (committed !== built)
    throw new Error(
      'schema/schema.graphql is out of date with src/graphql. Regenerate it with\n' +
        '  npm run build && npm run schema:emit\n' +
        'and commit the result.',
    );
});

it('emit-schema writes the same file it checks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-schema-'));
  try {
    const path = await emitSchema(join(dir, 'schema.graphql'));
    expect(readFileSync(path, 'utf8')).toBe(await schemaFileContent());
    expect(readFileSync(path, 'utf8')).toContain('type Query');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
