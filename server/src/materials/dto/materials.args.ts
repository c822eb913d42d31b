import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MaterialEasyLanguage } from '../material-easy-language';

@InputType()
export class MaterialsFilter {
  @Field({ nullable: true, description: 'Only material with a file in this language (ISO 639-1).' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  language?: string;

  @Field(() => MaterialEasyLanguage, {
    nullable: true,
    description: 'Only material with a file of this easy-language level (NONE: files in standard language).',
  })
  @IsOptional()
  @IsEnum(MaterialEasyLanguage)
  easyLanguage?: MaterialEasyLanguage;

  @Field(() => ID, { nullable: true, description: 'Topic: this category and its subcategories.' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @Field({ nullable: true, description: 'Topic: articles with this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;
}

@ArgsType()
export class MaterialsArgs {
  @Field(() => MaterialsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaterialsFilter)
  filter?: MaterialsFilter;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 20;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  offset: number = 0;
}
