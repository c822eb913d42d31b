import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ProjectStatus } from './project-status';
import { ProjectEntity } from './project.entity';

/** One entry in a project's status history; the first one (fromStatus null) records the creation. */
@Entity('project_status_change')
@Index('IDX_project_status_change_project', ['projectId', 'changedAt'])
export class ProjectStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', nullable: true })
  fromStatus: ProjectStatus | null;

  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status' })
  toStatus: ProjectStatus;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changedById' })
  changedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  changedAt: Date;

  @Column({ type: 'text', default: '' })
  note: string;
}
