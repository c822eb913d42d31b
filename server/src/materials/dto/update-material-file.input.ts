import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { MaterialEasyLanguage } from '../material-easy-language';
import { MaterialLicence } from '../material-licence';
import { LICENCE_NOTE_MAX, MATERIAL_TITLE_MAX } from '../material-metadata';

@InputType({ description: 'Changed metadata of a material file; omitted fields stay as they are.' })
export class UpdateMaterialFileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MATERIAL_TITLE_MAX)
  title?: string;

  @Field({ nullable: true, description: 'ISO 639-1 code.' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  language?: string;

  @Field(() => MaterialLicence, { nullable: true })
  @IsOptional()
  @IsEnum(MaterialLicence)
  licence?: MaterialLicence;

  @Field(() => String, { nullable: true, description: 'Empty string removes the note.' })
  @IsOptional()
  @IsString()
  @MaxLength(LICENCE_NOTE_MAX)
  licenceNote?: string;

  @Field(() => MaterialEasyLanguage, { nullable: true })
  @IsOptional()
  @IsEnum(MaterialEasyLanguage)
  easyLanguage?: MaterialEasyLanguage;
}
