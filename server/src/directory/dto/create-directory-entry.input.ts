import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { Visibility } from '../../articles/article-status';
import { DirectoryEntryKind } from '../directory-entry-kind';
import {
  DirectoryAddressInput,
  DirectoryCourseOfferInput,
  DirectoryOpeningHoursInput,
} from './directory-entry-parts.input';

/** Fields left out keep their defaults (empty text, empty lists). */
@InputType()
export class CreateDirectoryEntryInput {
  @Field(() => DirectoryEntryKind)
  @IsEnum(DirectoryEntryKind)
  kind: DirectoryEntryKind;

  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  shortName?: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Tiptap document (shared editor schema).' })
  @IsOptional()
  description?: unknown;

  @Field(() => [DirectoryAddressInput], {
    nullable: true,
    description: 'Replaces all addresses; the first is the main one.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DirectoryAddressInput)
  addresses?: DirectoryAddressInput[];

  @Field(() => [DirectoryOpeningHoursInput], { nullable: true, description: 'Replaces all opening hours.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DirectoryOpeningHoursInput)
  openingHours?: DirectoryOpeningHoursInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  openingHoursNote?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(/^[0-9+()/\- ]*$/, { message: 'phone may contain digits, spaces and + ( ) / - only' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 or 639-3 codes (DIRECTORY_UNKNOWN_LANGUAGE).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Codes of directoryTargetGroups.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  targetGroups?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNotes?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];

  @Field(() => ID, { nullable: true, description: 'The responsible agency; null for none.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => Visibility, { nullable: true, description: 'INTERNAL unless given.' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => String, { nullable: true, description: 'Import key, unique (DIRECTORY_EXTERNAL_ID_TAKEN).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  externalId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  communities?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countriesOfOrigin must be ISO 3166-1 alpha-2 codes' })
  countriesOfOrigin?: string[];

  @Field(() => [String], { nullable: true, description: 'Codes of directoryOrganisationTopics.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  topics?: string[];

  @Field(() => String, { nullable: true, description: 'ISO date the cooperation with the agency began.' })
  @IsOptional()
  @IsDateString({ strict: true })
  cooperationSince?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cooperationKind?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cooperationAgencyContact?: string;

  @Field(() => [DirectoryCourseOfferInput], {
    nullable: true,
    description: 'COURSE_PROVIDER only; replaces all offers.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DirectoryCourseOfferInput)
  courseOffers?: DirectoryCourseOfferInput[];
}
