import { describe, expect, it } from 'vitest';
import { presenceUsers } from './presenceUsers';

describe('presenceUsers', () => {
  it('lists each user once, own user first, others by name, ignoring clients without a user', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { id: 'b', name: 'Zoe Ziegler', color: '#1d4ed8' } }],
      [2, { user: { id: 'a', name: 'Anna Arslan', color: '#b91c1c' } }],
      [3, { user: { id: 'me', name: 'Ich Selbst', color: '#047857' } }],
      [4, { user: { id: 'b', name: 'Zoe Ziegler', color: '#1d4ed8' } }],
      [5, {}],
      [6, { user: { name: 'ohne id' } }],
    ]);
    expect(presenceUsers(states, 'me')).toEqual([
      { id: 'me', name: 'Ich Selbst', color: '#047857', self: true },
      { id: 'a', name: 'Anna Arslan', color: '#b91c1c', self: false },
      { id: 'b', name: 'Zoe Ziegler', color: '#1d4ed8', self: false },
    ]);
  });
});
