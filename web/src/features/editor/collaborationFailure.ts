/** Why the server refused or ended the collaboration connection. */
export type CollaborationFailure = 'unauthenticated' | 'forbidden' | 'not-found' | 'too-large';

const FAILURES: readonly CollaborationFailure[] = ['unauthenticated', 'forbidden', 'not-found', 'too-large'];

/** The known failure behind a close or permission-denied reason, or null for ordinary disconnects. */
export function collaborationFailure(reason: string | null | undefined): CollaborationFailure | null {
  const normalized = (reason ?? '').trim().toLowerCase();
  return FAILURES.find((failure) => normalized === failure || normalized.startsWith(`${failure}:`)) ?? null;
}
