import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum SearchErrorCode {
  SYNONYM_TERM_INVALID = 'SEARCH_SYNONYM_TERM_INVALID',
  SYNONYM_GROUP_TOO_SMALL = 'SEARCH_SYNONYM_GROUP_TOO_SMALL',
  SYNONYM_GROUP_TOO_LARGE = 'SEARCH_SYNONYM_GROUP_TOO_LARGE',
  SYNONYM_TERM_IN_TWO_GROUPS = 'SEARCH_SYNONYM_TERM_IN_TWO_GROUPS',
}

const KIND: Record<SearchErrorCode, ErrorKind> = {
  [SearchErrorCode.SYNONYM_TERM_INVALID]: ErrorKind.BAD_USER_INPUT,
  [SearchErrorCode.SYNONYM_GROUP_TOO_SMALL]: ErrorKind.BAD_USER_INPUT,
  [SearchErrorCode.SYNONYM_GROUP_TOO_LARGE]: ErrorKind.BAD_USER_INPUT,
  [SearchErrorCode.SYNONYM_TERM_IN_TWO_GROUPS]: ErrorKind.BAD_USER_INPUT,
};

export class SearchException extends domainExceptionFor<SearchErrorCode>(KIND) {}
