import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum OwnershipErrorCode {
  EXACTLY_ONE_OWNER = 'OWNER_EXACTLY_ONE',
  OWNER_NOT_EDITOR = 'OWNER_NOT_EDITOR',
  TEAM_NOT_FOUND = 'OWNER_TEAM_NOT_FOUND',
  CONTENT_NOT_FOUND = 'OWNER_CONTENT_NOT_FOUND',
}

const KIND: Record<OwnershipErrorCode, ErrorKind> = {
  [OwnershipErrorCode.EXACTLY_ONE_OWNER]: ErrorKind.BAD_USER_INPUT,
  [OwnershipErrorCode.OWNER_NOT_EDITOR]: ErrorKind.BAD_USER_INPUT,
  [OwnershipErrorCode.TEAM_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [OwnershipErrorCode.CONTENT_NOT_FOUND]: ErrorKind.NOT_FOUND,
};

export class OwnershipException extends domainExceptionFor<OwnershipErrorCode>(KIND) {}
