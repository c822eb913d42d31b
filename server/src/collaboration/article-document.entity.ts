import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';

/** The Yjs state of an article's collaborative body; the article row keeps the derived JSON/HTML/text. */
@Entity('article_document')
export class ArticleDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  articleId: string;

  @OneToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  /** Y.encodeStateAsUpdate of the whole document. */
  @Column({ type: 'bytea' })
  state: Buffer;

  /** Everyone who changed the document since the last revision (kept here so crashes and other instances lose none). */
  @Column({ type: 'uuid', array: true, default: '{}' })
  pendingAuthorIds: string[];

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
