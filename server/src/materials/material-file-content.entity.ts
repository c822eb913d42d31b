import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MaterialFileEntity } from './material-file.entity';

/**
 * The bytes of a material file, in their own table so that listing files never reads them
 * (bytea works on PostgreSQL and the embedded PGlite alike; large values are TOASTed).
 */
@Entity('material_file_content')
export class MaterialFileContentEntity {
  @PrimaryColumn('uuid')
  fileId: string;

  @OneToOne(() => MaterialFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fileId' })
  file?: MaterialFileEntity;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
