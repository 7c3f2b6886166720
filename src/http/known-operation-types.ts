import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Validation rule: an operation whose type the schema has no root for (`subscription { … }` here) is a
 * mistake in the document. graphql-js 16 lets it through validation and fails in execution with an
 * error that has no code, which the API then answered as INTERNAL_SERVER_ERROR (found by
 * test/hardening/fuzz.test.ts); as a validation error it is GRAPHQL_VALIDATION_FAILED with HTTP 400.
 */
export const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
  },
});
