import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainException } from './domain.exception';
import { ErrorKind } from './error-kind';

const logger = new Logger('GraphQLErrors');

/** Codes Apollo and graphql-js produce for malformed requests; passed through unchanged. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface HttpLikeError {
  getStatus(): number;
  getResponse(): string | { message?: string | string[] };
}

function isHttpLikeError(error: unknown): error is HttpLikeError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as HttpLikeError).getStatus === 'function' &&
    typeof (error as HttpLikeError).getResponse === 'function'
  );
}

function httpErrorKind(status: number): ErrorKind | undefined {
  if (status === 400 || status === 413 || status === 422) return ErrorKind.BAD_USER_INPUT;
  if (status === 401) return ErrorKind.UNAUTHENTICATED;
  if (status === 403) return ErrorKind.FORBIDDEN;
  if (status === 404) return ErrorKind.NOT_FOUND;
  if (status === 409) return ErrorKind.CONFLICT;
  if (status === 429) return ErrorKind.TOO_MANY_REQUESTS;
  return undefined;
}

/**
 * Maps every error to a stable `extensions.code`; unknown errors are logged
 * and reported without internals.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.kind, reason: original.reason, ...(original.details ?? {}) },
    };
  }
  if (isHttpLikeError(original)) {
    const kind = httpErrorKind(original.getStatus());
    if (kind) {
      const response = original.getResponse();
      const messages = typeof response === 'string' ? [response] : [response.message ?? formatted.message].flat();
      return { ...base, message: messages.join('; '), extensions: { code: kind, reason: 'INVALID_INPUT' } };
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const reason = formatted.extensions?.reason;
    return { ...base, extensions: typeof reason === 'string' ? { code, reason } : { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
