/** The GraphQL `extensions.code` values clients can rely on. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** HTTP status that matches each kind, for the REST/health endpoints. */
export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case ErrorKind.BAD_USER_INPUT:
      return 400;
    case ErrorKind.UNAUTHENTICATED:
      return 401;
    case ErrorKind.FORBIDDEN:
      return 403;
    case ErrorKind.NOT_FOUND:
      return 404;
    case ErrorKind.CONFLICT:
      return 409;
    case ErrorKind.TOO_MANY_REQUESTS:
      return 429;
  }
}
