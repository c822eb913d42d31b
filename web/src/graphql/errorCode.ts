import type { CombinedError } from '@urql/core';

export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

function isKnown(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/** Reads the first `extensions.code` of a GraphQL error; network failures become NETWORK. */
export function errorCode(error: CombinedError | null | undefined): ErrorCode | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors.map((e) => e.extensions?.code).find((c) => c !== undefined);
  return isKnown(code) ? code : 'UNKNOWN';
}

/** The server's own message for input errors, useful as extra detail. */
export function errorDetail(error: CombinedError | null | undefined): string | null {
  const first = error?.graphQLErrors[0];
  return first && first.extensions?.code === 'BAD_USER_INPUT' ? first.message : null;
}
