import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ChangeProposalStatus } from './change-proposal-status';
import { ProjectEntity } from './project.entity';

/** The text fields a proposal may change; absent keys stay as they are. */
export interface ProposedProjectChanges {
  title?: string;
  problemStatement?: string;
  goals?: string;
  outcomes?: string;
  lessonsLearned?: string;
}

/** A change suggested by an editor of the project's agency who is not on the team. */
@Entity('project_change_proposal')
@Index('IDX_project_change_proposal_project', ['projectId', 'status'])
export class ProjectChangeProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposedById' })
  proposedBy?: UserEntity | null;

  @Column({ type: 'jsonb' })
  changes: ProposedProjectChanges;

  @Column({ type: 'text', default: '' })
  message: string;

  /** The project version the proposal was written against. */
  @Column({ type: 'int' })
  baseVersion: number;

  @Column({
    type: 'enum',
    enum: ChangeProposalStatus,
    enumName: 'change_proposal_status',
    default: ChangeProposalStatus.PENDING,
  })
  status: ChangeProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decidedById' })
  decidedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', default: '' })
  decisionNote: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
