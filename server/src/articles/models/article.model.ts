import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import type { JSONContent } from '@wissensnetz/editor';
import { ArticleKind } from '../article-kind';
import { ArticleStatus, Visibility } from '../article-status';

@ObjectType('Article')
export class ArticleModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => GraphQLJSON, { description: 'Tiptap JSON document (validated against the shared editor schema).' })
  body: JSONContent;

  @Field()
  bodyHtml: string;

  @Field()
  bodyText: string;

  @Field()
  language: string;

  @Field(() => ArticleKind)
  kind: ArticleKind;

  @Field(() => ArticleStatus)
  status: ArticleStatus;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Number of the latest revision; pass it as baseRevision when saving.' })
  revisionNumber: number;

  // Resolved by field resolvers.
  categoryId: string | null;
  ownerId: string | null;
  ownerTeamId?: string | null;
  createdById: string | null;
  updatedById: string | null;
}
