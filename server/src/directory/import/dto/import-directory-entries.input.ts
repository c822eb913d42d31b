import { Field, InputType } from '@nestjs/graphql';
import { IsBase64, IsBoolean, IsString } from 'class-validator';

@InputType()
export class ImportDirectoryEntriesInput {
  @Field({ description: 'The CSV file, base64 (UTF-8 or Windows-1252, ";" or ","); at most 3.5 MB.' })
  @IsString()
  @IsBase64()
  file: string;

  @Field({ description: 'true: report what would happen, save nothing.' })
  @IsBoolean()
  dryRun: boolean;

  @Field({ defaultValue: false, description: 'Save the valid entries even if other rows are rejected.' })
  @IsBoolean()
  onlyValidRows: boolean = false;
}
