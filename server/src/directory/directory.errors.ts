import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum DirectoryErrorCode {
  ENTRY_NOT_FOUND = 'DIRECTORY_ENTRY_NOT_FOUND',
  CONTACT_PERSON_NOT_FOUND = 'DIRECTORY_CONTACT_PERSON_NOT_FOUND',
  STALE_VERSION = 'DIRECTORY_STALE_VERSION',
  EXTERNAL_ID_TAKEN = 'DIRECTORY_EXTERNAL_ID_TAKEN',
  NOT_ALLOWED = 'DIRECTORY_NOT_ALLOWED',
  INVALID_DESCRIPTION = 'DIRECTORY_INVALID_DESCRIPTION',
  UNKNOWN_POSTAL_CODE = 'DIRECTORY_UNKNOWN_POSTAL_CODE',
  UNKNOWN_LANGUAGE = 'DIRECTORY_UNKNOWN_LANGUAGE',
  UNKNOWN_TARGET_GROUP = 'DIRECTORY_UNKNOWN_TARGET_GROUP',
  UNKNOWN_TOPIC = 'DIRECTORY_UNKNOWN_TOPIC',
  UNKNOWN_AGENCY = 'DIRECTORY_UNKNOWN_AGENCY',
  INVALID_OPENING_HOURS = 'DIRECTORY_INVALID_OPENING_HOURS',
  INVALID_COURSE_OFFER = 'DIRECTORY_INVALID_COURSE_OFFER',
  INVALID_CURSOR = 'DIRECTORY_INVALID_CURSOR',
}

const KIND: Record<DirectoryErrorCode, ErrorKind> = {
  [DirectoryErrorCode.ENTRY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [DirectoryErrorCode.CONTACT_PERSON_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [DirectoryErrorCode.STALE_VERSION]: ErrorKind.CONFLICT,
  [DirectoryErrorCode.EXTERNAL_ID_TAKEN]: ErrorKind.CONFLICT,
  [DirectoryErrorCode.NOT_ALLOWED]: ErrorKind.FORBIDDEN,
  [DirectoryErrorCode.INVALID_DESCRIPTION]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.UNKNOWN_POSTAL_CODE]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.UNKNOWN_LANGUAGE]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.UNKNOWN_TARGET_GROUP]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.UNKNOWN_TOPIC]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.UNKNOWN_AGENCY]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.INVALID_OPENING_HOURS]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.INVALID_COURSE_OFFER]: ErrorKind.BAD_USER_INPUT,
  [DirectoryErrorCode.INVALID_CURSOR]: ErrorKind.BAD_USER_INPUT,
};

export class DirectoryException extends domainExceptionFor<DirectoryErrorCode>(KIND) {}

export const entryNotFound = (): DirectoryException =>
  new DirectoryException(DirectoryErrorCode.ENTRY_NOT_FOUND, 'Den Verzeichniseintrag gibt es nicht.');
