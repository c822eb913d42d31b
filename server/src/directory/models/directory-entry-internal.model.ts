import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { DirectoryChangeAction } from '../directory-change-action';

@ObjectType('DirectoryContactPerson')
export class DirectoryContactPersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  role: string;

  @Field()
  phone: string;

  @Field()
  email: string;

  @Field(() => [String])
  languages: string[];

  @Field({ description: 'The day the person agreed to be listed.' })
  consentGivenOn: string;
}

@ObjectType('DirectoryCooperation')
export class DirectoryCooperationModel {
  @Field(() => String, { nullable: true })
  since: string | null;

  @Field()
  kind: string;

  @Field()
  agencyContact: string;
}

@ObjectType('DirectoryFieldChange')
export class DirectoryFieldChangeModel {
  @Field()
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  oldValue: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  newValue: unknown;
}

@ObjectType('DirectoryEntryChange')
export class DirectoryEntryChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => DirectoryChangeAction)
  action: DirectoryChangeAction;

  @Field()
  version: number;

  @Field(() => [DirectoryFieldChangeModel])
  changes: DirectoryFieldChangeModel[];

  /** Resolved to `changedBy` by DirectoryChangeFieldsResolver. */
  changedById: string | null;

  @Field()
  changedAt: Date;
}

/**
 * The part of an entry only signed-in staff see: personal data (contact persons), the owner,
 * the cooperation details and the history. `DirectoryEntry.internal` is null for anonymous visitors.
 */
@ObjectType('DirectoryEntryInternal')
export class DirectoryEntryInternalModel {
  entryId: string;
  ownerId: string | null;
  ownerTeamId?: string | null;
  lastVerifiedById: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => DirectoryCooperationModel)
  cooperation: DirectoryCooperationModel;

  @Field({ description: 'Owners and admins may delete the entry.' })
  viewerCanDelete: boolean;
}
