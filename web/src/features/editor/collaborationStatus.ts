/** What the editor tells the user about its connection. */
export type CollaborationStatus = 'connecting' | 'connected' | 'offline' | 'syncing';

/** What the provider has reported so far (its `status`, `synced` and `unsyncedChanges` events). */
export interface CollaborationSignals {
  /** The websocket state from the provider's `status` event. */
  connection: 'connecting' | 'connected' | 'disconnected';
  /** The first handshake with the server finished (provider `synced`). */
  synced: boolean;
  /** Local changes the server has not confirmed yet (provider `unsyncedChanges`). */
  unsyncedChanges: number;
  /** The connection was synced at least once since the page opened. */
  wasSynced: boolean;
  /** The server granted only a read-only connection: it never confirms changes then. */
  readOnly?: boolean;
}

/**
 * Maps provider signals to one status. After the first sync every lost connection is
 * "offline" (reconnect attempts alternate between connecting and disconnected, which
 * would make the live region chatty); changes are kept in IndexedDB meanwhile.
 */
export function collaborationStatus(signals: CollaborationSignals): CollaborationStatus {
  if (signals.connection !== 'connected') {
    return signals.wasSynced || signals.connection === 'disconnected' ? 'offline' : 'connecting';
  }
  if (!signals.synced) return signals.wasSynced ? 'syncing' : 'connecting';
  if (!signals.readOnly && signals.unsyncedChanges > 0) return 'syncing';
  return 'connected';
}
