import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum AgencyErrorCode {
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
  AGENCY_NAME_TAKEN = 'AGENCY_NAME_TAKEN',
}

const KIND: Record<AgencyErrorCode, ErrorKind> = {
  [AgencyErrorCode.AGENCY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [AgencyErrorCode.AGENCY_NAME_TAKEN]: ErrorKind.CONFLICT,
};

export class AgencyException extends domainExceptionFor<AgencyErrorCode>(KIND) {}
