import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/** A paginated field costs its page size times what each item costs. */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * args.first : undefined;

/** Rejects operations that would be too expensive to run, before any resolver runs. */
export function complexityPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [paginationEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables first; a wrong value ("NOPE" for an enum, null for
            // a required one) is the client's mistake, which a plugin error would hide as a 500.
            const message = error instanceof Error ? error.message : 'Invalid variables.';
            return Promise.reject(
              new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES' } }),
            );
          }
          if (complexity > maxComplexity) {
            return Promise.reject(
              new GraphQLError(`Query is too complex: ${complexity}. The maximum is ${maxComplexity}.`, {
                extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
              }),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
