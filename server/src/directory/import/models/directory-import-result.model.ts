import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DirectoryImportAction } from '../directory-import.service';

registerEnumType(DirectoryImportAction, { name: 'DirectoryImportAction' });

@ObjectType('DirectoryImportProblem')
export class DirectoryImportProblemModel {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The CSV column; null for the whole row or entry.' })
  column: string | null;

  @Field({ description: 'German message.' })
  message: string;
}

/** What happens (dry run) or happened to one entry of the file: its `eintrag` row with its `adresse` and `kurs` rows. */
@ObjectType('DirectoryImportItem')
export class DirectoryImportItemModel {
  @Field(() => Int, { description: 'First line of the entry in the file.' })
  row: number;

  @Field(() => [Int])
  rows: number[];

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => DirectoryImportAction)
  action: DirectoryImportAction;

  @Field(() => ID, { nullable: true, description: 'The entry (null for rejected rows and in a dry run of a new one).' })
  entryId: string | null;

  @Field(() => [String], { description: 'UPDATE: the columns that change.' })
  changedColumns: string[];

  @Field(() => [DirectoryImportProblemModel], { description: 'REJECT: why.' })
  problems: DirectoryImportProblemModel[];
}

@ObjectType('DirectoryImportResult')
export class DirectoryImportResultModel {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when the changes were saved (never in a dry run).' })
  applied: boolean;

  @Field({ description: '"UTF-8" or "Windows-1252".' })
  encoding: string;

  @Field({ description: '";" or ",".' })
  separator: string;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => [DirectoryImportItemModel])
  items: DirectoryImportItemModel[];
}
