import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum ReviewErrorCode {
  ARTICLE_NOT_FOUND = 'REVIEW_ARTICLE_NOT_FOUND',
  CATEGORY_NOT_FOUND = 'REVIEW_CATEGORY_NOT_FOUND',
  INVALID_INTERVAL = 'REVIEW_INVALID_INTERVAL',
}

const KIND: Record<ReviewErrorCode, ErrorKind> = {
  [ReviewErrorCode.ARTICLE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ReviewErrorCode.CATEGORY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ReviewErrorCode.INVALID_INTERVAL]: ErrorKind.BAD_USER_INPUT,
};

export class ReviewException extends domainExceptionFor<ReviewErrorCode>(KIND) {}
