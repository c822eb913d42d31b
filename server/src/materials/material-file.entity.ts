import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { UserEntity } from '../users/user.entity';
import { MaterialEasyLanguage } from './material-easy-language';
import { MaterialLicence } from './material-licence';

/** A downloadable file of a MATERIAL article (metadata only; the bytes are in material_file_content). */
@Entity('material_file')
@Index('IDX_material_file_article', ['articleId', 'position'])
@Index('IDX_material_file_language', ['language', 'easyLanguage'])
export class MaterialFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'articleId' })
  article?: ArticleEntity;

  /** Order within the article (upload order; new files go last). */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Cleaned name as uploaded, sent back in Content-Disposition. */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Sniffed from the bytes, one of MATERIAL_MEDIA_TYPES. */
  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  /** Hex SHA-256 of the bytes: integrity check for downloads and an ETag. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** ISO 639-1 code of the file's language. */
  @Column({ type: 'varchar', length: 12 })
  language: string;

  @Column({ type: 'enum', enum: MaterialLicence, enumName: 'material_licence' })
  licence: MaterialLicence;

  /** Required for MaterialLicence.OTHER (the licence in words), optional otherwise (e.g. attribution). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  licenceNote: string | null;

  @Column({
    type: 'enum',
    enum: MaterialEasyLanguage,
    enumName: 'material_easy_language',
    default: MaterialEasyLanguage.NONE,
  })
  easyLanguage: MaterialEasyLanguage;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploadedById' })
  uploadedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  uploadedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
