import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** INSPIRED_BY: `projectId` builds on `inspiredById`. */
@Entity('project_inspiration')
@Check('CHK_project_inspiration_other', `"projectId" <> "inspiredById"`)
export class ProjectInspirationEntity {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @Index('IDX_project_inspiration_source')
  @PrimaryColumn({ type: 'uuid' })
  inspiredById: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspiredById' })
  inspiredBy?: ProjectEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
