import type { CombinedError } from '@urql/core';

/** The server's rule (server/src/programmes/programmes.errors.ts): a programme runs with 3 to 8 agencies. */
export const MIN_PROGRAMME_AGENCIES = 3;
export const MAX_PROGRAMME_AGENCIES = 8;

export type AgencyCountProblem = 'tooFew' | 'tooMany' | null;

export function agencyCountProblem(count: number): AgencyCountProblem {
  if (count < MIN_PROGRAMME_AGENCIES) return 'tooFew';
  if (count > MAX_PROGRAMME_AGENCIES) return 'tooMany';
  return null;
}

export interface AgencyCountRejection {
  min: number;
  max: number;
  given: number;
}

/** The details of a PROGRAMME_AGENCY_COUNT rejection, when the server sent one. */
export function agencyCountRejection(error: CombinedError | null | undefined): AgencyCountRejection | null {
  const extensions = error?.graphQLErrors.find((e) => e.extensions?.reason === 'PROGRAMME_AGENCY_COUNT')?.extensions;
  if (!extensions) return null;
  const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  return {
    min: number(extensions.min, MIN_PROGRAMME_AGENCIES),
    max: number(extensions.max, MAX_PROGRAMME_AGENCIES),
    given: number(extensions.given, 0),
  };
}
