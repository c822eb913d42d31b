import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { ArticleEntity } from '../articles/article.entity';
import { UserEntity } from '../users/user.entity';
import { LanguageVariant } from './language-variant';

/**
 * Makes an article a language version of another (its source). The version is an article of its
 * own (document, history, search entry); this row links it to the source and records the source
 * revision it corresponds to, so readers can be told when the source changed since.
 * A source with its versions is a version group; versions of versions are not made.
 */
@Entity('article_language_version')
@Index('UQ_article_language_version_variant', ['sourceArticleId', 'variant', 'language'], { unique: true })
export class ArticleLanguageVersionEntity {
  @PrimaryColumn('uuid')
  articleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  @Index('IDX_article_language_version_source')
  @Column({ type: 'uuid' })
  sourceArticleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sourceArticleId' })
  sourceArticle?: ArticleEntity;

  @Column({ type: 'enum', enum: LanguageVariant, enumName: 'language_variant' })
  variant: LanguageVariant;

  /** The version's language as it was made ('de' for easy language); the article's own field is what readers get. */
  @Column({ type: 'varchar', length: 12 })
  language: string;

  /** The source revision the version corresponds to (made from, or last marked as up to date with). */
  @Column({ type: 'uuid', nullable: true })
  sourceRevisionId: string | null;

  @ManyToOne(() => ArticleRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sourceRevisionId' })
  sourceRevision?: ArticleRevisionEntity | null;

  @Column({ type: 'int' })
  sourceRevisionNumber: number;

  @Column({ type: 'timestamptz', precision: 3 })
  syncedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  syncedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'syncedById' })
  syncedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
