import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The last content review of an article. Kept beside the article (one row per article) so the
 * review cycle owns its data; articles without a row count as verified when they were published.
 */
@Entity('article_review')
export class ArticleReviewEntity {
  @PrimaryColumn('uuid')
  articleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  lastVerifiedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  lastVerifiedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lastVerifiedById' })
  lastVerifiedBy?: UserEntity | null;
}
