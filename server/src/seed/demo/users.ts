import type { DemoUser } from './types';

/**
 * Demo users. The first three entries are the documented demo logins and must
 * stay in this order: admin, redaktion (editor), lesen (reader).
 */
export const demoUsers: DemoUser[] = [
  {
    email: 'admin@wissensnetz.example',
    displayName: 'Sabine Krämer',
    agencyKey: 'rd-bw',
    role: 'ADMIN',
    functions: ['MANAGEMENT'],
  },
  {
    email: 'redaktion@wissensnetz.example',
    displayName: 'Mehmet Yılmaz',
    agencyKey: 'aa-goeppingen',
    role: 'EDITOR',
    functions: ['IKB'],
  },
  {
    email: 'lesen@wissensnetz.example',
    displayName: 'Julia Brenner',
    agencyKey: 'jc-esslingen',
    role: 'READER',
    functions: ['COACH'],
  },
  {
    email: 'andrea.hofmann@wissensnetz.example',
    displayName: 'Andrea Hofmann',
    agencyKey: 'aa-ulm',
    role: 'EDITOR',
    functions: ['BCA'],
  },
  {
    email: 'thomas.weber@wissensnetz.example',
    displayName: 'Thomas Weber',
    agencyKey: 'jc-esslingen',
    role: 'EDITOR',
    functions: ['IKB', 'COACH'],
  },
  {
    email: 'olena.kovalenko@wissensnetz.example',
    displayName: 'Olena Kovalenko',
    agencyKey: 'jc-stuttgart',
    role: 'READER',
    functions: ['MIGRATION_OFFICER'],
  },
  {
    email: 'frank.maier@wissensnetz.example',
    displayName: 'Frank Maier',
    agencyKey: 'aa-goeppingen',
    role: 'READER',
    functions: ['MANAGEMENT'],
  },
  {
    email: 'elif.demir@wissensnetz.example',
    displayName: 'Elif Demir',
    agencyKey: 'ext-netzwerk-integration',
    role: 'READER',
    functions: [],
  },
];
