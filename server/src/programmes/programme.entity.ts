import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A cohort of the programme (e.g. "Interkulturelle Öffnung 4.0 – 2020/21") with 3 to 8 agencies. */
@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('UQ_programme_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  startsOn: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
