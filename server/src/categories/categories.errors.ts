import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum CategoryErrorCode {
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  PARENT_NOT_FOUND = 'PARENT_NOT_FOUND',
  SLUG_TAKEN = 'CATEGORY_SLUG_TAKEN',
  INVALID_SLUG = 'CATEGORY_INVALID_SLUG',
  CYCLE = 'CATEGORY_CYCLE',
  NOT_EMPTY = 'CATEGORY_NOT_EMPTY',
}

const KIND: Record<CategoryErrorCode, ErrorKind> = {
  [CategoryErrorCode.CATEGORY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [CategoryErrorCode.PARENT_NOT_FOUND]: ErrorKind.BAD_USER_INPUT,
  [CategoryErrorCode.SLUG_TAKEN]: ErrorKind.CONFLICT,
  [CategoryErrorCode.INVALID_SLUG]: ErrorKind.BAD_USER_INPUT,
  [CategoryErrorCode.CYCLE]: ErrorKind.BAD_USER_INPUT,
  [CategoryErrorCode.NOT_EMPTY]: ErrorKind.CONFLICT,
};

export class CategoryException extends domainExceptionFor<CategoryErrorCode>(KIND) {}
