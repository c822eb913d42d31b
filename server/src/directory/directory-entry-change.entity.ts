import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { DirectoryChangeAction } from './directory-change-action';
import { DirectoryEntryEntity } from './directory-entry.entity';

export interface DirectoryFieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** One change of an entry: who, when, which fields with old and new values. */
@Entity('directory_entry_change')
@Index('IDX_directory_entry_change_entry', ['entryId', 'changedAt'])
export class DirectoryEntryChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => DirectoryEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: DirectoryEntryEntity;

  @Column({ type: 'enum', enum: DirectoryChangeAction, enumName: 'directory_change_action' })
  action: DirectoryChangeAction;

  /** The entry's version after the change. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: DirectoryFieldChange[];

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changedById' })
  changedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
