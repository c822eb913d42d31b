import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryCodeList } from './directory-code-list';

/** One value of a managed code list (a target group or an organisation topic). */
@Entity('directory_code')
@Index('UQ_directory_code_name', ['list', 'name'], { unique: true })
export class DirectoryCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'PK_directory_code' })
  list: DirectoryCodeList;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_directory_code' })
  code: string;

  /** German name, shown in forms, filters and exports. */
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Archived values stay on existing entries but are no longer offered or accepted for new ones. */
  @Column({ type: 'boolean', default: false })
  archived: boolean;

  /** Order in forms and filters. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
