import { registerEnumType } from '@nestjs/graphql';

/** The directory's admin-managed code lists. Entries store codes; names come from the list. */
export enum DirectoryCodeList {
  TARGET_GROUP = 'TARGET_GROUP',
  ORGANISATION_TOPIC = 'ORGANISATION_TOPIC',
}

registerEnumType(DirectoryCodeList, {
  name: 'DirectoryCodeList',
  description: 'TARGET_GROUP: target groups of any entry; ORGANISATION_TOPIC: topics of migrant organisations.',
});

/** Codes are stable keys (imports and URLs use them): upper case letters, digits and underscores. */
export const DIRECTORY_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
