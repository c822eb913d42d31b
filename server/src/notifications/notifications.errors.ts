import { domainExceptionFor } from '../common/errors/domain-exception-for';
import { ErrorKind } from '../common/errors/error-kind';

export enum NotificationErrorCode {
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

const KIND: Record<NotificationErrorCode, ErrorKind> = {
  [NotificationErrorCode.NOTIFICATION_NOT_FOUND]: ErrorKind.NOT_FOUND,
};

export class NotificationException extends domainExceptionFor<NotificationErrorCode>(KIND) {}
