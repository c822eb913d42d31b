import type { AgencyKind, Role, UserFunction } from '@/gql/graphql';

export const roles: Role[] = ['READER', 'EDITOR', 'ADMIN'];
export const userFunctions: UserFunction[] = ['IKB', 'BCA', 'MIGRATION_OFFICER', 'MANAGEMENT', 'COACH'];
export const agencyKinds: AgencyKind[] = ['AGENTUR_FUER_ARBEIT', 'JOBCENTER', 'REGIONALDIREKTION', 'EXTERNAL'];
