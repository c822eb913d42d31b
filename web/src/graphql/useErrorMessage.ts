import type { CombinedError } from '@urql/core';
import { useI18n } from 'vue-i18n';
import { errorCode, errorDetail } from './errorCode';

/** Turns a GraphQL error into a translated, actionable sentence. */
export function useErrorMessage() {
  const { t } = useI18n();
  return (error: CombinedError | null | undefined): string => {
    const code = errorCode(error);
    if (!code) return '';
    const detail = errorDetail(error);
    const message = t(`errors.${code}`);
    return detail ? `${message} ${t('errors.detail', { message: detail })}` : message;
  };
}
