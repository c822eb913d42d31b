import { describe, expect, it } from 'vitest';
import { revocationEnds } from './session-revocations';

describe('revocationEnds', () => {
  it('ends exactly the revoked session of the user', () => {
    expect(revocationEnds({ userId: 'u', sessionId: 's1' }, 'u', 's1')).toBe(true);
    expect(revocationEnds({ userId: 'u', sessionId: 's1' }, 'u', 's2')).toBe(false);
    expect(revocationEnds({ userId: 'u', sessionId: 's1' }, 'other', 's1')).toBe(false);
  });

  it('ends all sessions of the user except the kept one', () => {
    expect(revocationEnds({ userId: 'u' }, 'u', 's1')).toBe(true);
    expect(revocationEnds({ userId: 'u' }, 'u', null)).toBe(true);
    expect(revocationEnds({ userId: 'u', exceptSessionId: 's1' }, 'u', 's1')).toBe(false);
    expect(revocationEnds({ userId: 'u', exceptSessionId: 's1' }, 'u', 's2')).toBe(true);
  });
});
