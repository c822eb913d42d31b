import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { ArticleKind } from '../article-kind';
import { Visibility } from '../article-status';
import { ARTICLE_SLUG_PATTERN, LANGUAGE_PATTERN, SUMMARY_MAX, TITLE_MAX } from './article-fields.validators';

@InputType()
export class UpdateArticleInput {
  @Field(() => Int, { description: 'The revisionNumber the edit was based on; a newer one gives CONFLICT.' })
  @IsInt()
  @Min(0)
  baseRevision: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, TITLE_MAX)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the category.' })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tags?: string[];

  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  body?: unknown;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(LANGUAGE_PATTERN, { message: 'language must be a language tag such as de or en' })
  language?: string;

  @Field(() => ArticleKind, { nullable: true })
  @IsOptional()
  @IsEnum(ArticleKind)
  kind?: ArticleKind;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'Hands the article to another editor, who keeps it up to date.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  @Matches(ARTICLE_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;
}
