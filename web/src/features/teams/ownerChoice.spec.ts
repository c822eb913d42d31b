import { describe, expect, it } from 'vitest';
import { ownerChoiceOf, ownerInputOf } from './ownerChoice';

describe('owner choice', () => {
  it('prefers the team and round-trips to the OwnerInput', () => {
    expect(ownerChoiceOf({ id: 'u1' }, null)).toBe('user:u1');
    expect(ownerChoiceOf(null, { id: 't1' })).toBe('team:t1');
    expect(ownerChoiceOf(null, null)).toBe('');
    expect(ownerInputOf('user:u1')).toEqual({ userId: 'u1' });
    expect(ownerInputOf('team:t1')).toEqual({ teamId: 't1' });
  });

  it('gives null for an empty or unknown choice', () => {
    expect(ownerInputOf('')).toBeNull();
    expect(ownerInputOf('group:x')).toBeNull();
    expect(ownerInputOf('user:')).toBeNull();
  });
});
