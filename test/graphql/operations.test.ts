import { parse, validate } from 'graphql';
import { buildClaimgraphSchema } from '../../src/graphql/build-schema';
import { loadExampleOperations } from '../../src/http/example-operations';

/** The playground's example operations are valid against the schema (a rename breaks this, not a newcomer). */
const operations = loadExampleOperations();

it('has an example for each of the seven seed questions', () => {
  for (const n of ['01', '02', '03', '04', '05', '06', '07'])
    expect(operations.some((op) => op.name.startsWith(n))).toBe(true);
});

it.each(operations.map((op) => [op.name, op] as const))('%s is valid', async (_name, op) => {
  const schema = await buildClaimgraphSchema();
  expect(validate(schema, parse(op.query)).map((e) => e.message)).toEqual([]);
  if (op.variables !== null) expect(() => JSON.parse(op.variables!)).not.toThrow();
  if (op.headers !== null) expect(() => JSON.parse(op.headers!)).not.toThrow();
});
