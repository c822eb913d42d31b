import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

/** Contact cards of one page ask for their entries together. */
export const MAX_ENTRIES_BY_IDS = 100;

@ArgsType()
export class DirectoryEntriesByIdsArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES_BY_IDS)
  @IsUUID('all', { each: true })
  ids: string[];
}
