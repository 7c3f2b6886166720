import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { leafEstimator } from '../complexity';
import type { GraphContext } from '../context';
import { QueryTooComplexError } from '../errors';
import { operationDepth } from '../limits/operation-depth';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxPageSize: number;
}

/**
 * Depth and complexity limits, checked in `didResolveOperation`: after parsing and validation, before
 * execution, so a rejected query never reaches a resolver or the store. A plugin rather than a
 * validation rule because complexity depends on variables (`first: $n`), which rules never see, and
 * because Apollo would relabel a rule's error GRAPHQL_VALIDATION_FAILED.
 */
/** The cost model the limit is checked with (complexity.ts), in the order graphql-query-complexity tries them. */
export const complexityEstimators = () => [
  fieldExtensionsEstimator(),
  leafEstimator(),
  simpleEstimator({ defaultComplexity: 1 }),
];

export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  const estimators = complexityEstimators();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions)
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const depth = operationDepth(operation, fragments);
          if (depth > limits.maxDepth)
            throw new QueryTooComplexError(
              `Query is ${depth} levels deep; the maximum is ${limits.maxDepth}`,
              {
                depth,
                maxDepth: limits.maxDepth,
              },
            );
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operation.name ? { operationName: operation.name.value } : {}),
              estimators,
              context: { maxPageSize: limits.maxPageSize },
            });
          } catch (err) {
            if (err instanceof Error && /maximum allowed number of nodes/.test(err.message))
              throw new QueryTooComplexError('Query has too many fields', {
                maxComplexity: limits.maxComplexity,
              });
            // Variables that do not fit their types: execution rejects them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (complexity > limits.maxComplexity)
            throw new QueryTooComplexError(
              `Query complexity ${complexity} exceeds the maximum of ${limits.maxComplexity}; ask for smaller pages or fewer nested lists`,
              { complexity, maxComplexity: limits.maxComplexity },
            );
        },
      };
    },
  };
}
