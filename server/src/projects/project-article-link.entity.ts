import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { ProjectArticleLinkKind } from './project-article-link-kind';
import { ProjectEntity } from './project.entity';

/** A project's link to a knowledge-base article; one kind per pair. */
@Entity('project_article_link')
export class ProjectArticleLinkEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Index('IDX_project_article_link_article')
  @PrimaryColumn({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  @Column({ type: 'enum', enum: ProjectArticleLinkKind, enumName: 'project_article_link_kind' })
  kind: ProjectArticleLinkKind;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
