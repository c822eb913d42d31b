import type { DerivedBody } from './derive-body-from-state';

/**
 * What a derivation needs: the stored state (the truth) and, when the deriver has seen this
 * document before, only what changed since then. Built in the same synchronous step as the
 * state, so both describe the same moment.
 */
export interface DerivationInput {
  /** The document's name; the deriver keeps one Y.Doc per name. */
  key: string;
  /** The complete encoded state that is being stored. */
  state: Uint8Array;
  /** The changes since the previous input for this key, when there was one. */
  update?: Uint8Array;
  /** The state vector of `state`; an incrementally updated copy must end at exactly this. */
  stateVector: Uint8Array;
}

/** Main thread → worker: derive a body, or forget a document that was unloaded. */
export type BodyDerivationRequest =
  ({ type: 'derive'; id: number } & DerivationInput) | { type: 'forget'; key: string };

/** Worker → main thread: the result, or the message of an unexpected failure. */
export type BodyDerivationReply = { id: number; result: DerivedBody } | { id: number; error: string };
