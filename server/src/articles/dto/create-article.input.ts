import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { ArticleKind } from '../article-kind';
import { Visibility } from '../article-status';
import { ARTICLE_SLUG_PATTERN, LANGUAGE_PATTERN, SUMMARY_MAX, TITLE_MAX } from './article-fields.validators';

@InputType()
export class CreateArticleInput {
  @Field()
  @IsString()
  @Length(1, TITLE_MAX)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  tags: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'Tiptap JSON; an empty document when omitted.' })
  @IsOptional()
  body?: unknown;

  @Field({ defaultValue: 'de' })
  @Matches(LANGUAGE_PATTERN, { message: 'language must be a language tag such as de or en' })
  language: string;

  @Field(() => ArticleKind, { defaultValue: ArticleKind.GUIDE })
  @IsOptional()
  @IsEnum(ArticleKind)
  kind?: ArticleKind;

  @Field(() => Visibility, { defaultValue: Visibility.INTERNAL })
  @IsEnum(Visibility)
  visibility: Visibility;

  @Field({ nullable: true, description: 'Derived from the title when omitted.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(ARTICLE_SLUG_PATTERN, { message: 'slug may contain only a-z, 0-9 and single dashes' })
  slug?: string;
}
