import { describe, expect, it } from 'vitest';
import { agencyTeam } from './agencyTeam';

describe('agencyTeam', () => {
  it('lists each person once with all functions and projects, externals by name', () => {
    const team = agencyTeam([
      {
        slug: 'leitsystem',
        title: 'Leitsystem',
        members: [
          { id: '1', userId: 'u1', displayName: 'Zoe Berg', function: 'IKB', externalRole: '' },
          {
            id: '2',
            externalName: 'Ali Demir',
            displayName: 'Ali Demir',
            function: 'OTHER',
            externalRole: 'Migrantenverein',
          },
        ],
      },
      {
        slug: 'leichte-sprache',
        title: 'Leichte Sprache',
        members: [{ id: '3', userId: 'u1', displayName: 'Zoe Berg', function: 'BCA', externalRole: '' }],
      },
    ]);
    expect(team).toEqual([
      {
        key: 'external:ali demir',
        name: 'Ali Demir',
        external: true,
        functions: ['OTHER'],
        externalRoles: ['Migrantenverein'],
        projects: [{ slug: 'leitsystem', title: 'Leitsystem' }],
      },
      {
        key: 'user:u1',
        name: 'Zoe Berg',
        external: false,
        functions: ['IKB', 'BCA'],
        externalRoles: [],
        projects: [
          { slug: 'leitsystem', title: 'Leitsystem' },
          { slug: 'leichte-sprache', title: 'Leichte Sprache' },
        ],
      },
    ]);
  });
});
