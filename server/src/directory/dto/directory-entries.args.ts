import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CefrLevel, CourseFormat, CourseType } from '../course-offer-enums';
import { DirectoryEntryKind } from '../directory-entry-kind';
import { POSTAL_CODE_PATTERN } from './directory-entry-parts.input';

@InputType()
export class DirectoryNearInput {
  @Field({ description: 'German postal code (DIRECTORY_UNKNOWN_POSTAL_CODE if it does not exist).' })
  @IsString()
  @Matches(POSTAL_CODE_PATTERN, { message: 'postalCode must be five digits' })
  postalCode: string;

  @Field(() => Int, { description: 'Radius in km.' })
  @IsInt()
  @Min(1)
  @Max(500)
  radiusKm: number;
}

/** AND across facets, OR within one. Course facets must all hold for the same course offer. */
@InputType()
export class DirectoryFilter {
  @Field(() => [DirectoryEntryKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DirectoryEntryKind, { each: true })
  kinds?: DirectoryEntryKind[];

  @Field(() => [CourseType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CourseType, { each: true })
  courseTypes?: CourseType[];

  @Field(() => [CefrLevel], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CefrLevel, { each: true })
  cefrLevels?: CefrLevel[];

  @Field(() => [CourseFormat], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CourseFormat, { each: true })
  formats?: CourseFormat[];

  @Field({ nullable: true, description: 'true: only offers with childcare.' })
  @IsOptional()
  @IsBoolean()
  childcare?: boolean;

  @Field(() => Int, { nullable: true, description: 'An offer starts within this many weeks from today.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(104)
  startsWithinWeeks?: number;

  @Field(() => [String], { nullable: true, description: 'Language codes (ISO 639-1 or 639-3).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  targetGroups?: string[];

  @Field(() => [String], { nullable: true, description: 'Landkreise / kreisfreie Städte of any address.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  districts?: string[];

  @Field({ nullable: true, description: 'Open at this moment (Europe/Berlin).' })
  @IsOptional()
  @IsBoolean()
  openNow?: boolean;

  @Field(() => DirectoryNearInput, { nullable: true, description: 'Within N km of a postal code, nearest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectoryNearInput)
  near?: DirectoryNearInput;

  @Field({ nullable: true, description: 'Words in the name or short name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

@ArgsType()
export class DirectoryEntriesArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;

  @Field(() => DirectoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectoryFilter)
  filter?: DirectoryFilter;
}
