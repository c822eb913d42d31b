import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum LanguageVersionErrorCode {
  SOURCE_NOT_FOUND = 'LANGUAGE_VERSION_SOURCE_NOT_FOUND',
  NOT_A_VERSION = 'LANGUAGE_VERSION_NOT_A_VERSION',
  ALREADY_EXISTS = 'LANGUAGE_VERSION_ALREADY_EXISTS',
  INVALID_LANGUAGE = 'LANGUAGE_VERSION_INVALID_LANGUAGE',
}

const KIND: Record<LanguageVersionErrorCode, ErrorKind> = {
  [LanguageVersionErrorCode.SOURCE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [LanguageVersionErrorCode.NOT_A_VERSION]: ErrorKind.NOT_FOUND,
  [LanguageVersionErrorCode.ALREADY_EXISTS]: ErrorKind.CONFLICT,
  [LanguageVersionErrorCode.INVALID_LANGUAGE]: ErrorKind.BAD_USER_INPUT,
};

export class LanguageVersionException extends domainExceptionFor<LanguageVersionErrorCode>(KIND) {}
