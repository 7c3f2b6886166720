import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationDepth } from '../../src/graphql/limits/operation-depth';

function depthOf(source: string): number {
  const doc = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationDepth(op, fragments);
}

it('counts nested fields', () => {
  expect(depthOf('{ actors { totalCount } }')).toBe(2);
  expect(depthOf('{ actor(id: "a:b") { claims { figure { disputedBy { actor { name } } } } } }')).toBe(6);
});

it('follows fragments and inline fragments', () => {
  expect(depthOf('{ node(id: "a:b") { ...F } } fragment F on Actor { claims { quote } }')).toBe(3);
  expect(depthOf('{ search(text: "x") { ... on Actor { claims { report { id } } } } }')).toBe(4);
});

it('ignores introspection, whose ofType chains are deep by design', () => {
  expect(
    depthOf(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
    ),
  ).toBe(0);
  expect(depthOf('{ __typename actors { totalCount } }')).toBe(2);
});
