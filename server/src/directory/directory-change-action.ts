import { registerEnumType } from '@nestjs/graphql';

/** What a history row records. Contact person rows never carry the person's data. */
export enum DirectoryChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  VERIFIED = 'VERIFIED',
  CONTACT_PERSON_ADDED = 'CONTACT_PERSON_ADDED',
  CONTACT_PERSON_UPDATED = 'CONTACT_PERSON_UPDATED',
  CONTACT_PERSON_REMOVED = 'CONTACT_PERSON_REMOVED',
}

registerEnumType(DirectoryChangeAction, { name: 'DirectoryChangeAction' });
