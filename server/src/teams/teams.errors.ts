import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum TeamErrorCode {
  TEAM_NOT_FOUND = 'TEAM_NOT_FOUND',
  NAME_TAKEN = 'TEAM_NAME_TAKEN',
  AGENCY_NOT_FOUND = 'TEAM_AGENCY_NOT_FOUND',
  MEMBER_NOT_EDITOR = 'TEAM_MEMBER_NOT_EDITOR',
  NOT_TEAM_MANAGER = 'TEAM_NOT_MANAGER',
  OWNS_CONTENT = 'TEAM_OWNS_CONTENT',
}

const KIND: Record<TeamErrorCode, ErrorKind> = {
  [TeamErrorCode.TEAM_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [TeamErrorCode.NAME_TAKEN]: ErrorKind.CONFLICT,
  [TeamErrorCode.AGENCY_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [TeamErrorCode.MEMBER_NOT_EDITOR]: ErrorKind.BAD_USER_INPUT,
  [TeamErrorCode.NOT_TEAM_MANAGER]: ErrorKind.FORBIDDEN,
  [TeamErrorCode.OWNS_CONTENT]: ErrorKind.CONFLICT,
};

export class TeamException extends domainExceptionFor<TeamErrorCode>(KIND) {}
