import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum ProgrammeErrorCode {
  PROGRAMME_NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  PROGRAMME_EVENT_NOT_FOUND = 'PROGRAMME_EVENT_NOT_FOUND',
  PROGRAMME_SLUG_TAKEN = 'PROGRAMME_SLUG_TAKEN',
  PROGRAMME_AGENCY_COUNT = 'PROGRAMME_AGENCY_COUNT',
  PROGRAMME_AGENCY_NOT_FOUND = 'PROGRAMME_AGENCY_NOT_FOUND',
  PROGRAMME_INVALID_PERIOD = 'PROGRAMME_INVALID_PERIOD',
  PROGRAMME_AMBIGUOUS_LOOKUP = 'PROGRAMME_AMBIGUOUS_LOOKUP',
}

const KIND: Record<ProgrammeErrorCode, ErrorKind> = {
  [ProgrammeErrorCode.PROGRAMME_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ProgrammeErrorCode.PROGRAMME_EVENT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ProgrammeErrorCode.PROGRAMME_SLUG_TAKEN]: ErrorKind.CONFLICT,
  [ProgrammeErrorCode.PROGRAMME_AGENCY_COUNT]: ErrorKind.BAD_USER_INPUT,
  [ProgrammeErrorCode.PROGRAMME_AGENCY_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [ProgrammeErrorCode.PROGRAMME_INVALID_PERIOD]: ErrorKind.BAD_USER_INPUT,
  [ProgrammeErrorCode.PROGRAMME_AMBIGUOUS_LOOKUP]: ErrorKind.BAD_USER_INPUT,
};

export class ProgrammeException extends domainExceptionFor<ProgrammeErrorCode>(KIND) {}

export const programmeNotFound = (): ProgrammeException =>
  new ProgrammeException(ProgrammeErrorCode.PROGRAMME_NOT_FOUND, 'Programme not found.');

/** A programme runs with at least 3 and at most 8 agencies. */
export const MIN_PROGRAMME_AGENCIES = 3;
export const MAX_PROGRAMME_AGENCIES = 8;
