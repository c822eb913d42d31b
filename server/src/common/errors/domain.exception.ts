import { ErrorKind } from './error-kind';

/**
 * The one exception type features throw. `kind` becomes `extensions.code`,
 * `reason` is the feature's own code (e.g. ARTICLE_SLUG_TAKEN) for clients that need detail.
 */
export class DomainException extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export const notAuthenticated = (): DomainException =>
  new DomainException(ErrorKind.UNAUTHENTICATED, 'NOT_AUTHENTICATED', 'You must be signed in.');

export const forbidden = (message = 'You are not allowed to do this.'): DomainException =>
  new DomainException(ErrorKind.FORBIDDEN, 'FORBIDDEN', message);

export const invalidInput = (message: string, details?: Record<string, unknown>): DomainException =>
  new DomainException(ErrorKind.BAD_USER_INPUT, 'INVALID_INPUT', message, details);
