import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectArticleLinkKind } from '../project-article-link-kind';
import type {
  PublicAgencyRef,
  PublicLinkedArticle,
  PublicProgrammeRef,
  PublicProjectDetail,
  PublicProjectFacets,
  PublicProjectList,
  PublicProjectRef,
  PublicProjectSummary,
  PublicTopicRef,
} from '../public-project.types';

/* Safe types for anonymous visitors: only public fields, never an internal type inside. */

@ObjectType('PublicAgencyRef')
export class PublicAgencyRefModel implements PublicAgencyRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('PublicProgrammeRef')
export class PublicProgrammeRefModel implements PublicProgrammeRef {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;
}

@ObjectType('PublicTopicRef')
export class PublicTopicRefModel implements PublicTopicRef {
  @Field()
  slug: string;

  @Field()
  name: string;
}

@ObjectType('PublicProjectRef')
export class PublicProjectRefModel implements PublicProjectRef {
  @Field()
  slug: string;

  @Field()
  title: string;
}

@ObjectType('PublicLinkedArticle', { description: 'A linked article that is published and public.' })
export class PublicLinkedArticleModel implements PublicLinkedArticle {
  @Field(() => ProjectArticleLinkKind)
  kind: ProjectArticleLinkKind;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;
}

@ObjectType('PublicProjectSummary')
export class PublicProjectSummaryModel implements PublicProjectSummary {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field({ description: 'Shortened problem statement.' })
  teaser: string;

  @Field(() => PublicAgencyRefModel)
  agency: PublicAgencyRefModel;

  @Field(() => PublicProgrammeRefModel, { nullable: true })
  programme: PublicProgrammeRefModel | null;

  @Field(() => PublicTopicRefModel, { nullable: true })
  topic: PublicTopicRefModel | null;

  @Field()
  publishedAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  year: number;
}

@ObjectType('PublicProject')
export class PublicProjectModel extends PublicProjectSummaryModel implements PublicProjectDetail {
  @Field()
  problemStatement: string;

  @Field()
  goals: string;

  @Field()
  outcomes: string;

  @Field()
  lessonsLearned: string;

  @Field()
  bodyHtml: string;

  @Field(() => [PublicLinkedArticleModel])
  articles: PublicLinkedArticleModel[];

  @Field(() => [PublicProjectRefModel], { description: 'Published public projects this one builds on.' })
  inspiredBy: PublicProjectRefModel[];
}

@ObjectType('PublicProjectList')
export class PublicProjectListModel implements PublicProjectList {
  @Field(() => [PublicProjectSummaryModel])
  items: PublicProjectSummaryModel[];

  @Field(() => Int)
  totalCount: number;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('PublicProjectFacets')
export class PublicProjectFacetsModel implements PublicProjectFacets {
  @Field(() => [Int])
  years: number[];

  @Field(() => [PublicTopicRefModel])
  topics: PublicTopicRefModel[];

  @Field(() => [PublicAgencyRefModel])
  agencies: PublicAgencyRefModel[];

  @Field(() => [PublicProgrammeRefModel])
  programmes: PublicProgrammeRefModel[];
}
