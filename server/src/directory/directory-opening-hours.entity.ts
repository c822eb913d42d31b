import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DirectoryEntryEntity } from './directory-entry.entity';

/** One opening interval on a weekday (several per day for lunch breaks); times in Europe/Berlin. */
@Entity('directory_opening_hours')
@Index('IDX_directory_opening_hours_entry', ['entryId', 'weekday'])
export class DirectoryOpeningHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => DirectoryEntryEntity, (entry) => entry.openingHours, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: DirectoryEntryEntity;

  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  /** "HH:MM"; null with a note only ("nur nach Vereinbarung"). */
  @Column({ type: 'time', nullable: true })
  opens: string | null;

  @Column({ type: 'time', nullable: true })
  closes: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  note: string;
}
