import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DirectoryEntryEntity } from './directory-entry.entity';

/** One of an entry's addresses; coordinates come from the input or the postal code's centre. */
@Entity('directory_address')
@Index('IDX_directory_address_entry', ['entryId', 'position'])
// Bounding-box prefilter of "within N km" (btree, works without PostGIS on PostgreSQL and PGlite).
@Index('IDX_directory_address_location', ['latitude', 'longitude'])
@Index('IDX_directory_address_district', ['district'])
export class DirectoryAddressEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => DirectoryEntryEntity, (entry) => entry.addresses, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: DirectoryEntryEntity;

  /** Order in the entry's list; 0 is the main address. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  label: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ type: 'char', length: 5 })
  postalCode: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  /** Landkreis or kreisfreie Stadt, e.g. "Landkreis Esslingen". */
  @Column({ type: 'varchar', length: 120 })
  district: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** True when the point is the postal code's centre rather than the building. */
  @Column({ type: 'boolean', default: false })
  coordinatesApproximate: boolean;
}
