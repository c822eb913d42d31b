import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEventKind } from './programme-event-kind';
import { ProgrammeEntity } from './programme.entity';

@Entity('programme_event')
@Index('IDX_programme_event_programme', ['programmeId', 'startsOn'])
export class ProgrammeEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: ProgrammeEntity;

  @Column({ type: 'enum', enum: ProgrammeEventKind, enumName: 'programme_event_kind' })
  kind: ProgrammeEventKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date' })
  startsOn: string;

  /** ISO date; null for one-day events. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  place: string;

  @Column({ type: 'text', default: '' })
  notes: string;
}
