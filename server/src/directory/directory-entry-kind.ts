import { registerEnumType } from '@nestjs/graphql';

export enum DirectoryEntryKind {
  COURSE_PROVIDER = 'COURSE_PROVIDER',
  MIGRANT_ORGANISATION = 'MIGRANT_ORGANISATION',
  /** E.g. Migrationsberatung für Erwachsene, Jugendmigrationsdienst. */
  COUNSELLING_SERVICE = 'COUNSELLING_SERVICE',
  /** E.g. Ausländerbehörde, BAMF-Regionalstelle. */
  AUTHORITY = 'AUTHORITY',
  OTHER = 'OTHER',
}

registerEnumType(DirectoryEntryKind, { name: 'DirectoryEntryKind' });
