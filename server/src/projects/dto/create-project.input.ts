import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { Visibility } from '../../articles/article-status';
import { PROJECT_SLUG_PATTERN, PROJECT_TEXT_MAX, PROJECT_TITLE_MAX } from './project-fields.validators';

@InputType()
export class CreateProjectInput {
  @Field()
  @IsString()
  @Length(1, PROJECT_TITLE_MAX)
  title: string;

  @Field({ nullable: true, description: 'Derived from the title when omitted.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(PROJECT_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the creator's agency; only admins choose another." })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  topicId?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  problemStatement: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  goals: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Tiptap JSON; an empty document when omitted.' })
  @IsOptional()
  body?: unknown;

  @Field(() => Visibility, { defaultValue: Visibility.INTERNAL })
  @IsEnum(Visibility)
  visibility: Visibility;
}
