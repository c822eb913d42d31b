import type { ProjectArticleLinkKind } from './project-article-link-kind';

/**
 * What the public Ideenbörse may show. Only these shapes leave PublicProjectsService, so an
 * internal field cannot reach anonymous visitors by accident.
 */
export interface PublicAgencyRef {
  id: string;
  name: string;
}

export interface PublicProgrammeRef {
  id: string;
  slug: string;
  name: string;
}

export interface PublicTopicRef {
  slug: string;
  name: string;
}

export interface PublicProjectRef {
  slug: string;
  title: string;
}

/** A linked article that is itself PUBLISHED and PUBLIC. */
export interface PublicLinkedArticle {
  kind: ProjectArticleLinkKind;
  slug: string;
  title: string;
  summary: string;
}

export interface PublicProjectSummary {
  slug: string;
  title: string;
  /** The problem statement, shortened for lists and meta descriptions. */
  teaser: string;
  agency: PublicAgencyRef;
  programme: PublicProgrammeRef | null;
  topic: PublicTopicRef | null;
  publishedAt: Date;
  completedAt: Date | null;
  /** Year of completion (of publication when unknown): the Ideenbörse year filter. */
  year: number;
}

export interface PublicProjectDetail extends PublicProjectSummary {
  problemStatement: string;
  goals: string;
  outcomes: string;
  lessonsLearned: string;
  bodyHtml: string;
  articles: PublicLinkedArticle[];
  inspiredBy: PublicProjectRef[];
}

export interface PublicProjectFilter {
  topicSlugs?: string[];
  agencyIds?: string[];
  programmeIds?: string[];
  year?: number;
  text?: string;
}

export interface PublicProjectList {
  items: PublicProjectSummary[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Values for the filter dropdowns: only those that occur among published public projects. */
export interface PublicProjectFacets {
  years: number[];
  topics: PublicTopicRef[];
  agencies: PublicAgencyRef[];
  programmes: PublicProgrammeRef[];
}
