import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

/**
 * A contact card in an article's body that shows a directory entry. Derived from the body on
 * every save, so it always matches it. No foreign key to the entry: a body may still name an
 * entry that was deleted since; the directory simply finds no entry for such a row.
 */
@Entity('article_directory_reference')
export class ArticleDirectoryReferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  articleId: string;

  @Index('IDX_article_directory_reference_entry')
  @PrimaryColumn({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;
}
