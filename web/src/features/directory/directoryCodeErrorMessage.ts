import type { CombinedError } from '@urql/core';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Messages for the code lists' own reasons; null: the generic ErrorAlert text fits. */
export function directoryCodeErrorMessage(error: CombinedError | null | undefined, t: Translate): string | null {
  const extensions = error?.graphQLErrors[0]?.extensions;
  switch (extensions?.reason) {
    case 'DIRECTORY_CODE_TAKEN':
      return t('directory.codeLists.errors.taken', {
        code: typeof extensions.existingCode === 'string' ? extensions.existingCode : '',
      });
    case 'DIRECTORY_INVALID_CODE':
      return t('directory.codeLists.errors.invalidCode');
    case 'DIRECTORY_CODE_NOT_FOUND':
      return t('directory.codeLists.errors.notFound');
    default:
      return null;
  }
}
