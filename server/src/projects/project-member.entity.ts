import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ProjectMemberFunction } from './project-member-function';
import { ProjectEntity } from './project.entity';

/** A team member: a user of the wiki, or an external person given by name and role. */
@Entity('project_member')
@Index('UQ_project_member_user', ['projectId', 'userId'], { unique: true, where: '"userId" IS NOT NULL' })
@Check('CHK_project_member_person', `"userId" IS NOT NULL OR "externalName" IS NOT NULL`)
export class ProjectMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_project_member_project')
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: ProjectEntity;

  @Index('IDX_project_member_user')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  externalName: string | null;

  /** Free text for external members, e.g. "Migrantenorganisation Filstal e. V.". */
  @Column({ type: 'varchar', length: 200, default: '' })
  externalRole: string;

  @Column({
    type: 'enum',
    enum: ProjectMemberFunction,
    enumName: 'project_member_function',
    default: ProjectMemberFunction.OTHER,
  })
  function: ProjectMemberFunction;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
