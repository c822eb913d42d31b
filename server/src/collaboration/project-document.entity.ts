import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';

/**
 * The Yjs state of a project's collaborative body; the project row keeps the derived
 * JSON/HTML/text. Projects have no revisions, so unlike article_document there are no pending authors.
 */
@Entity('project_document')
export class ProjectDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  /** Y.encodeStateAsUpdate of the whole document. */
  @Column({ type: 'bytea' })
  state: Buffer;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
