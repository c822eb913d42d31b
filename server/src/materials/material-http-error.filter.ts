import { ArgumentsHost, Catch, type ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorKind, httpStatusOf } from '../common/errors/error-kind';
import { MaterialFilesService } from './material-files.service';
import { MATERIAL_HTTP_STATUS, type MaterialErrorCode } from './materials.errors';

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: ErrorKind.BAD_USER_INPUT,
  401: ErrorKind.UNAUTHENTICATED,
  403: ErrorKind.FORBIDDEN,
  404: ErrorKind.NOT_FOUND,
  409: ErrorKind.CONFLICT,
  413: ErrorKind.BAD_USER_INPUT,
  415: ErrorKind.BAD_USER_INPUT,
  429: ErrorKind.TOO_MANY_REQUESTS,
};

/**
 * Errors of the material endpoints as JSON `{ error: { code, reason, message } }` with a fitting
 * status (413 too large, 415 type not allowed), like the GraphQL errors' codes. Multer's own errors
 * (size limit, unexpected field) arrive as HttpExceptions.
 */
@Injectable()
@Catch(DomainException, HttpException)
export class MaterialHttpErrorFilter implements ExceptionFilter {
  constructor(private readonly materials: MaterialFilesService) {}

  catch(exception: DomainException | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error =
      exception instanceof HttpException && exception.getStatus() === 413 ? this.materials.tooLarge() : exception;
    if (error instanceof DomainException) {
      const status = MATERIAL_HTTP_STATUS[error.reason as MaterialErrorCode] ?? httpStatusOf(error.kind);
      response.status(status).json({
        error: { code: error.kind, reason: error.reason, message: error.message, ...(error.details ?? {}) },
      });
      return;
    }
    const status = error.getStatus();
    const body = error.getResponse();
    const message =
      typeof body === 'string' ? body : [(body as { message?: string | string[] }).message].flat().join('; ');
    response.status(status).json({
      error: { code: KIND_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR', reason: 'INVALID_UPLOAD', message },
    });
  }
}
