import { loadExampleOperations, type ExampleOperation } from '../../src/http/example-operations';

const all = loadExampleOperations();

/** The committed example operation whose file name starts with `prefix` (the playground shows the same text). */
export function operation(prefix: string): ExampleOperation {
  const found = all.find((op) => op.name.startsWith(prefix));
  if (!found) throw new Error(`no example operation ${prefix} in schema/operations`);
  return found;
}

export const allOperations = (): ExampleOperation[] => all;
