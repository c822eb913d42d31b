/**
 * Reasons the server gives when it refuses or closes a collaboration connection.
 * Hocuspocus sends `reason` to the client; `code` is a WebSocket close code (4000–4999 are ours).
 */
export const CLOSE = {
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'not-found' },
  tooLarge: { code: 4413, reason: 'too-large' },
} as const;

export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE];

/** Hocuspocus reads `code` and `reason` from thrown values. */
export function refuse(close: CloseReason): Error & CloseReason {
  return Object.assign(new Error(close.reason), close);
}
