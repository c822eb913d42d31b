import { registerEnumType } from '@nestjs/graphql';

/** Functions a person holds in the programme; several are allowed. */
export enum UserFunction {
  IKB = 'IKB',
  BCA = 'BCA',
  MIGRATION_OFFICER = 'MIGRATION_OFFICER',
  MANAGEMENT = 'MANAGEMENT',
  COACH = 'COACH',
}

registerEnumType(UserFunction, { name: 'UserFunction' });
