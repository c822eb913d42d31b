import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DirectoryEntryKind } from './directory-entry-kind';

/** Months after which an entry of a kind counts as possibly outdated; kinds without a row use the default. */
@Entity('directory_verification_interval')
export class DirectoryVerificationIntervalEntity {
  @PrimaryColumn({ type: 'enum', enum: DirectoryEntryKind, enumName: 'directory_entry_kind' })
  kind: DirectoryEntryKind;

  @Column({ type: 'int' })
  months: number;
}
