import { describe, expect, it } from 'vitest';
import { collaborationStatus, type CollaborationSignals } from './collaborationStatus';

const base: CollaborationSignals = { connection: 'connected', synced: true, unsyncedChanges: 0, wasSynced: true };

describe('collaborationStatus', () => {
  it('is connecting until the first sync', () => {
    expect(collaborationStatus({ ...base, connection: 'connecting', synced: false, wasSynced: false })).toBe(
      'connecting',
    );
    expect(collaborationStatus({ ...base, synced: false, unsyncedChanges: 1, wasSynced: false })).toBe('connecting');
  });

  it('is connected when synced without pending changes', () => {
    expect(collaborationStatus(base)).toBe('connected');
  });

  it('is syncing while local changes wait for the server', () => {
    expect(collaborationStatus({ ...base, unsyncedChanges: 2 })).toBe('syncing');
    expect(collaborationStatus({ ...base, synced: false })).toBe('syncing');
  });

  it('ignores unconfirmed changes on a read-only connection', () => {
    expect(collaborationStatus({ ...base, unsyncedChanges: 1, readOnly: true })).toBe('connected');
  });

  it('is offline once the connection is lost, also during reconnect attempts', () => {
    expect(collaborationStatus({ ...base, connection: 'disconnected', synced: false })).toBe('offline');
    expect(collaborationStatus({ ...base, connection: 'connecting', synced: false })).toBe('offline');
    expect(collaborationStatus({ ...base, connection: 'disconnected', wasSynced: false })).toBe('offline');
  });
});
