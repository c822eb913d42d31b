import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { JSONContent } from '@wissensnetz/editor';
import { CategoryEntity } from '../categories/category.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';
import { ArticleKind } from './article-kind';
import { ArticleStatus, Visibility } from './article-status';

@Entity('article')
@Index('IDX_article_updated', ['updatedAt', 'id'])
@Check('CHK_article_one_owner', `"ownerId" IS NULL OR "ownerTeamId" IS NULL`)
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_article_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Index('IDX_article_category')
  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categoryId' })
  category?: CategoryEntity | null;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  /** Tiptap JSON, validated against the shared editor schema. */
  @Column({ type: 'jsonb' })
  body: JSONContent;

  @Column({ type: 'int', default: 1 })
  bodySchemaVersion: number;

  /** Derived from body on every save. */
  @Column({ type: 'text', default: '' })
  bodyHtml: string;

  /** Derived from body on every save; used for search. */
  @Column({ type: 'text', default: '' })
  bodyText: string;

  @Column({ type: 'varchar', length: 12, default: 'de' })
  language: string;

  @Column({ type: 'enum', enum: ArticleKind, enumName: 'article_kind', default: ArticleKind.GUIDE })
  kind: ArticleKind;

  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.DRAFT })
  status: ArticleStatus;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.INTERNAL })
  visibility: Visibility;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ownerId' })
  owner?: UserEntity | null;

  /** A team as owner instead of a user (at most one of ownerId and ownerTeamId is set). */
  @Index('IDX_article_owner_team')
  @Column({ type: 'uuid', nullable: true })
  ownerTeamId: string | null;

  // RESTRICT: deleting a team that owns content is refused (teams.service), never silently orphaned.
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerTeamId' })
  ownerTeam?: TeamEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: UserEntity | null;

  /** Number of the latest revision; clients send it back to detect concurrent saves. */
  @Column({ type: 'int', default: 0 })
  revisionNumber: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  // Millisecond precision so that keyset cursors (JavaScript dates) compare exactly.
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
