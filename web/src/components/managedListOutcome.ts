import type { CombinedError } from '@urql/core';

/** The outcome of one write to a managed list: the error to show, or the confirmation to announce. */
export type ManagedListOutcome = { error: CombinedError } | { status: string };

/** A write's outcome from its result; `status` is only read when the write went through. */
export function managedListOutcome(result: { error?: CombinedError }, status: () => string): ManagedListOutcome {
  return result.error ? { error: result.error } : { status: status() };
}
