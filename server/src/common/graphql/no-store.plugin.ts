import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer is private and current: `Cache-Control: no-store`. This replaces
 * Apollo's cache-control plugin, which would set the same header for our hint-free schema but
 * hooks into the resolution of every single field to compute it.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
