import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Nesting depth of an operation in fields (`{ actor { claims { quote } } }` is 3), following fragments.
 * Introspection fields (`__schema`, `__type`) are not counted: GraphiQL's own introspection query nests
 * `ofType` far deeper than any data query needs, and it never touches the store.
 */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): number {
  const depthOf = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, seen) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet, seen));
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        // Validation has already rejected fragment cycles; the guard only keeps this function total.
        if (fragment && !seen.has(name))
          max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}
