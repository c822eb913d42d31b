import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum MaterialErrorCode {
  FILE_NOT_FOUND = 'MATERIAL_FILE_NOT_FOUND',
  ARTICLE_NOT_FOUND = 'MATERIAL_ARTICLE_NOT_FOUND',
  NOT_MATERIAL_ARTICLE = 'MATERIAL_NOT_MATERIAL_ARTICLE',
  FILE_MISSING = 'MATERIAL_FILE_MISSING',
  FILE_TOO_LARGE = 'MATERIAL_FILE_TOO_LARGE',
  MEDIA_TYPE_NOT_ALLOWED = 'MATERIAL_MEDIA_TYPE_NOT_ALLOWED',
  EXTENSION_MISMATCH = 'MATERIAL_EXTENSION_MISMATCH',
  INVALID_METADATA = 'MATERIAL_INVALID_METADATA',
  MISSING_UPLOAD_HEADER = 'MATERIAL_MISSING_UPLOAD_HEADER',
}

const KIND: Record<MaterialErrorCode, ErrorKind> = {
  [MaterialErrorCode.FILE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MaterialErrorCode.ARTICLE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MaterialErrorCode.NOT_MATERIAL_ARTICLE]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.FILE_MISSING]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.FILE_TOO_LARGE]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.MEDIA_TYPE_NOT_ALLOWED]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.EXTENSION_MISMATCH]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.INVALID_METADATA]: ErrorKind.BAD_USER_INPUT,
  [MaterialErrorCode.MISSING_UPLOAD_HEADER]: ErrorKind.BAD_USER_INPUT,
};

/** HTTP statuses more precise than the kind's, for the upload endpoint. */
export const MATERIAL_HTTP_STATUS: Partial<Record<MaterialErrorCode, number>> = {
  [MaterialErrorCode.FILE_TOO_LARGE]: 413,
  [MaterialErrorCode.MEDIA_TYPE_NOT_ALLOWED]: 415,
  [MaterialErrorCode.EXTENSION_MISMATCH]: 415,
};

export class MaterialException extends domainExceptionFor<MaterialErrorCode>(KIND) {}

export const materialFileNotFound = (): MaterialException =>
  new MaterialException(MaterialErrorCode.FILE_NOT_FOUND, 'Material file not found.');

export const materialArticleNotFound = (): MaterialException =>
  new MaterialException(MaterialErrorCode.ARTICLE_NOT_FOUND, 'Article not found.');
