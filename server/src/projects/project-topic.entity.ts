import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The controlled list of project topics an admin manages (Leitsystem, Leichte Sprache, …). */
@Entity('project_topic')
export class ProjectTopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_project_topic_name', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Index('UQ_project_topic_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  /** Archived topics stay on existing projects but are not offered for new ones. */
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
