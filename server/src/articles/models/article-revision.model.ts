import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import type { ReadabilityScores } from '@wissensnetz/easy-language';
import type { JSONContent } from '@wissensnetz/editor';
import { ArticleStatus, Visibility } from '../article-status';

@ObjectType('ArticleRevision')
export class ArticleRevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  articleId: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => GraphQLJSON)
  body: JSONContent;

  @Field()
  bodyHtml: string;

  @Field(() => ArticleStatus)
  status: ArticleStatus;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field()
  createdAt: Date;

  @Field(() => Int, { nullable: true, description: 'Set when this revision restored an older one.' })
  restoredFromNumber: number | null;

  @Field(() => String, { nullable: true, description: 'Set for versions saved with a name.' })
  name: string | null;

  authorId: string | null;
  authorIds: string[];
  /** Resolved as `readability` by the easy-language feature. */
  readabilityScores: ReadabilityScores | null;
}
