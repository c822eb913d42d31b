import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DirectoryEntryEntity } from './directory-entry.entity';

/**
 * A person at the organisation. Personal data: only signed-in staff read it, and removing the
 * person deletes this row (history rows only say that a person was added or removed).
 */
@Entity('directory_contact_person')
@Index('IDX_directory_contact_person_entry', ['entryId'])
export class DirectoryContactPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => DirectoryEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: DirectoryEntryEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  role: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  phone: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  email: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** The day the person agreed to be listed. */
  @Column({ type: 'date' })
  consentGivenOn: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
