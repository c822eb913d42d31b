import { describe, expect, it } from 'vitest';
import { collaborationFailure } from './collaborationFailure';

describe('collaborationFailure', () => {
  it('recognises the server close reasons', () => {
    expect(collaborationFailure('forbidden')).toBe('forbidden');
    expect(collaborationFailure('Not-Found')).toBe('not-found');
    expect(collaborationFailure('too-large')).toBe('too-large');
    expect(collaborationFailure('unauthenticated')).toBe('unauthenticated');
  });

  it('treats other reasons as ordinary disconnects', () => {
    expect(collaborationFailure('forced')).toBeNull();
    expect(collaborationFailure('')).toBeNull();
    expect(collaborationFailure(undefined)).toBeNull();
  });
});
