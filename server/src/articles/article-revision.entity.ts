import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ReadabilityScores } from '@wissensnetz/easy-language';
import type { JSONContent } from '@wissensnetz/editor';
import { UserEntity } from '../users/user.entity';
import { ArticleEntity } from './article.entity';
import { ArticleStatus, Visibility } from './article-status';

/** A full snapshot of an article, taken on every save. Never updated. */
@Entity('article_revision')
@Index('UQ_article_revision_number', ['articleId', 'number'], { unique: true })
export class ArticleRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ type: 'jsonb' })
  body: JSONContent;

  @Column({ type: 'int', default: 1 })
  bodySchemaVersion: number;

  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'varchar', length: 12 })
  language: string;

  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status' })
  status: ArticleStatus;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility: Visibility;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author?: UserEntity | null;

  @Column({ type: 'int', nullable: true })
  restoredFromNumber: number | null;

  /** Everyone who contributed since the previous revision (collaborative editing has several authors). */
  @Column({ type: 'uuid', array: true, default: '{}' })
  authorIds: string[];

  /** Set for versions saved explicitly with a name ("Stand nach Kick-off"). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  /** Readability of the body when the revision was taken; null for revisions from before scores were stored. */
  @Column({ type: 'jsonb', nullable: true })
  readability: ReadabilityScores | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
