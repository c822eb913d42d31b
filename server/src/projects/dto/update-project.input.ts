import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { Visibility } from '../../articles/article-status';
import { PROJECT_SLUG_PATTERN, PROJECT_TEXT_MAX, PROJECT_TITLE_MAX } from './project-fields.validators';

@InputType()
export class UpdateProjectInput {
  @Field(() => Int, { description: 'The version the edit was based on; a newer one gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, PROJECT_TITLE_MAX)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  @Matches(PROJECT_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the programme.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the topic.' })
  @IsOptional()
  @IsUUID()
  topicId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  problemStatement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  goals?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  outcomes?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_TEXT_MAX)
  lessonsLearned?: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  body?: unknown;

  @Field(() => Visibility, { nullable: true, description: 'Making a published project INTERNAL unpublishes it.' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
}
