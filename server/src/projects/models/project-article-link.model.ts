import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ArticleModel } from '../../articles/models/article.model';
import { ProjectArticleLinkKind } from '../project-article-link-kind';
import { ProjectStatus } from '../project-status';

@ObjectType('ProjectArticleLink', { description: 'A linked article the viewer may see.' })
export class ProjectArticleLinkModel {
  @Field(() => ProjectArticleLinkKind)
  kind: ProjectArticleLinkKind;

  @Field(() => ArticleModel)
  article: ArticleModel;

  @Field()
  createdAt: Date;
}

@ObjectType('ArticleProjectLink', { description: 'A project that links to this article ("Projects" backlink).' })
export class ArticleProjectLinkModel {
  @Field(() => ProjectArticleLinkKind)
  kind: ProjectArticleLinkKind;

  @Field(() => ID)
  projectId: string;

  @Field()
  projectSlug: string;

  @Field()
  projectTitle: string;

  @Field(() => ProjectStatus)
  projectStatus: ProjectStatus;

  @Field({ description: 'Whether the project is in the public Ideenbörse (link there instead of /projekte).' })
  projectPublic: boolean;
}
