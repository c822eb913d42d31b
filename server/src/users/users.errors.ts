import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum UserErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
  LAST_ADMIN = 'LAST_ADMIN',
}

const KIND: Record<UserErrorCode, ErrorKind> = {
  [UserErrorCode.USER_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [UserErrorCode.EMAIL_TAKEN]: ErrorKind.CONFLICT,
  [UserErrorCode.AGENCY_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [UserErrorCode.LAST_ADMIN]: ErrorKind.CONFLICT,
};

export class UserException extends domainExceptionFor<UserErrorCode>(KIND) {}
