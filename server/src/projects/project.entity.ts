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
import type { JSONContent } from '@wissensnetz/editor';
import { AgencyEntity } from '../agencies/agency.entity';
import { Visibility } from '../articles/article-status';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { UserEntity } from '../users/user.entity';
import { ProjectStatus } from './project-status';
import { ProjectTopicEntity } from './project-topic.entity';

@Entity('project')
@Index('IDX_project_updated', ['updatedAt', 'id'])
@Index('IDX_project_published', ['publishedAt'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_project_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('IDX_project_agency')
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: AgencyEntity;

  @Index('IDX_project_programme')
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programmeId' })
  programme?: ProgrammeEntity | null;

  @Index('IDX_project_topic')
  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @ManyToOne(() => ProjectTopicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topicId' })
  topic?: ProjectTopicEntity | null;

  @Column({ type: 'text', default: '' })
  problemStatement: string;

  @Column({ type: 'text', default: '' })
  goals: string;

  @Column({ type: 'text', default: '' })
  outcomes: string;

  @Column({ type: 'text', default: '' })
  lessonsLearned: string;

  /** Tiptap JSON, validated against the shared editor schema. */
  @Column({ type: 'jsonb' })
  body: JSONContent;

  @Column({ type: 'int', default: 1 })
  bodySchemaVersion: number;

  /** Derived from body on every save. */
  @Column({ type: 'text', default: '' })
  bodyHtml: string;

  /** Derived from body on every save; used for search. */
  @Column({ type: 'text', default: '' })
  bodyText: string;

  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.IDEA })
  status: ProjectStatus;

  /** When the project reached COMPLETED; its year is the Ideenbörse year. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.INTERNAL })
  visibility: Visibility;

  /** Set while the project is in the public Ideenbörse. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'publishedById' })
  publishedBy?: UserEntity | null;

  /** Increases with every change of the project's own fields; clients send it back as baseVersion. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  // Millisecond precision so that keyset cursors (JavaScript dates) compare exactly.
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
