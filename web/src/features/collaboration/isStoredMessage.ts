/** True for the server's stateless `{"type":"stored"}` message, sent after each store of the document. */
export function isStoredMessage(payload: string): boolean {
  try {
    const message: unknown = JSON.parse(payload);
    return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'stored';
  } catch {
    return false;
  }
}
