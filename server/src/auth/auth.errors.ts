import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
}

const KIND: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.INVALID_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [AuthErrorCode.WRONG_PASSWORD]: ErrorKind.BAD_USER_INPUT,
  [AuthErrorCode.SESSION_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [AuthErrorCode.CANNOT_DEACTIVATE_SELF]: ErrorKind.CONFLICT,
};

export class AuthException extends domainExceptionFor<AuthErrorCode>(KIND) {}
