import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { errorCode } from './errorCode';

export interface GraphqlClientOptions {
  url?: string;
  /** Called when the server answers UNAUTHENTICATED (e.g. the session expired). */
  onUnauthenticated?: () => void;
}

export function createGraphqlClient(options: GraphqlClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    // Apollo's CSRF prevention rejects simple GET requests, so always POST JSON.
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
    exchanges: [
      mapExchange({
        onError(error) {
          if (errorCode(error) === 'UNAUTHENTICATED') options.onUnauthenticated?.();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
