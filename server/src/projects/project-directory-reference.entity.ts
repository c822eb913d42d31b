import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';

/**
 * A contact card in a project description that shows a directory entry; derived from the body
 * on every save (see ArticleDirectoryReferenceEntity for why there is no key to the entry).
 */
@Entity('project_directory_reference')
export class ProjectDirectoryReferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Index('IDX_project_directory_reference_entry')
  @PrimaryColumn({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;
}
