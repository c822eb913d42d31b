import type { DerivedBody } from './derive-body-from-state';

/** Main thread → worker: one Yjs state to derive a body from. */
export interface BodyDerivationRequest {
  id: number;
  state: Uint8Array;
}

/** Worker → main thread: the result, or the message of an unexpected failure. */
export type BodyDerivationReply = { id: number; result: DerivedBody } | { id: number; error: string };
