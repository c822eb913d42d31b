import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { CreateDirectoryEntryInput } from './create-directory-entry.input';

/** Only the fields given change; lists given replace the current ones. */
@InputType()
export class UpdateDirectoryEntryInput extends PartialType(CreateDirectoryEntryInput) {
  @Field(() => Int, {
    description: 'The version the edit was based on; a newer one gives CONFLICT with the current values.',
  })
  @IsInt()
  @Min(1)
  baseVersion: number;
}
