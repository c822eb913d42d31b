import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectMilestoneKind } from './project-milestone-kind';
import { ProjectEntity } from './project.entity';

@Entity('project_milestone')
@Index('IDX_project_milestone_project', ['projectId', 'date'])
export class ProjectMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @Column({ type: 'enum', enum: ProjectMilestoneKind, enumName: 'project_milestone_kind' })
  kind: ProjectMilestoneKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ type: 'text', default: '' })
  notes: string;
}
