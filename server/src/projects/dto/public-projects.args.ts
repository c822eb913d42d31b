import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROJECT_SLUG_PATTERN } from './project-fields.validators';

@InputType()
export class PublicProjectsFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(PROJECT_SLUG_PATTERN, { each: true })
  topicSlugs?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  agencyIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  programmeIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Year the project was completed.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

@ArgsType()
export class PublicProjectsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => Int, { defaultValue: 0, description: 'Number of projects to skip (page × size).' })
  @IsInt()
  @Min(0)
  @Max(10000)
  offset: number = 0;

  @Field(() => PublicProjectsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicProjectsFilter)
  filter?: PublicProjectsFilter;
}
