import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { JSONContent } from '@wissensnetz/editor';
import GraphQLJSON from 'graphql-type-json';
import { Visibility } from '../../articles/article-status';
import { ProjectStatus } from '../project-status';

/** A project as signed-in users see it. Anonymous visitors get PublicProject instead. */
@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  problemStatement: string;

  @Field()
  goals: string;

  @Field()
  outcomes: string;

  @Field()
  lessonsLearned: string;

  @Field(() => GraphQLJSON, { description: 'Tiptap JSON document (validated against the shared editor schema).' })
  body: JSONContent;

  @Field()
  bodyHtml: string;

  @Field()
  bodyText: string;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => Date, { nullable: true, description: 'Set while the project is in the public Ideenbörse.' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Pass it as baseVersion when saving.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // Resolved by field resolvers.
  agencyId: string;
  programmeId: string | null;
  topicId: string | null;
  createdById: string | null;
  updatedById: string | null;
  publishedById: string | null;
}
