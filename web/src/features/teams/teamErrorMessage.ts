import type { CombinedError } from '@urql/core';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Team-specific messages (what the team still owns, a taken name); null: use the generic ErrorAlert. */
export function teamErrorMessage(error: CombinedError | null | undefined, t: Translate): string | null {
  const extensions = error?.graphQLErrors[0]?.extensions;
  if (!extensions) return null;
  if (extensions.reason === 'TEAM_OWNS_CONTENT') {
    return t('teams.ownsContent', {
      articles: Number(extensions.articles ?? 0),
      entries: Number(extensions.directoryEntries ?? 0),
    });
  }
  if (extensions.reason === 'TEAM_NAME_TAKEN') return t('teams.nameTaken');
  return null;
}
