import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DirectoryEntryKind } from '../directory-entry-kind';
import { DirectoryListItemModel } from './directory-entry.model';

@ObjectType('DirectoryVerificationInterval')
export class DirectoryVerificationIntervalModel {
  @Field(() => DirectoryEntryKind)
  kind: DirectoryEntryKind;

  @Field(() => Int, { description: 'Months after the last verification until "may be outdated".' })
  months: number;
}

/** The code lists the forms and filters offer, with German names. */
@ObjectType('DirectoryCodeLists')
export class DirectoryCodeListsModel {
  @Field(() => [DirectoryListItemModel], { description: 'ISO 639-1, and ISO 639-3 where no 639-1 code exists.' })
  languages: DirectoryListItemModel[];

  @Field(() => [DirectoryListItemModel])
  targetGroups: DirectoryListItemModel[];

  @Field(() => [DirectoryListItemModel])
  organisationTopics: DirectoryListItemModel[];
}
