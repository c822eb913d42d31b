import { registerEnumType } from '@nestjs/graphql';

/** What a team member does in the project (IKB: Interkulturelle Beauftragte, BCA: Beauftragte für Chancengleichheit). */
export enum ProjectMemberFunction {
  IKB = 'IKB',
  BCA = 'BCA',
  MIGRATION_OFFICER = 'MIGRATION_OFFICER',
  MANAGEMENT = 'MANAGEMENT',
  COACH = 'COACH',
  OTHER = 'OTHER',
}

registerEnumType(ProjectMemberFunction, { name: 'ProjectMemberFunction' });
