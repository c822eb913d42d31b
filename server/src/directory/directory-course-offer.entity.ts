import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from './course-offer-enums';
import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryEntryEntity } from './directory-entry.entity';

/** A course a COURSE_PROVIDER offers. */
@Entity('directory_course_offer')
@Index('IDX_directory_course_offer_entry', ['entryId', 'position'])
@Index('IDX_directory_course_offer_facets', ['type', 'cefrLevel', 'entryId'])
@Index('IDX_directory_course_offer_start', ['nextStartDate'])
export class DirectoryCourseOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => DirectoryEntryEntity, (entry) => entry.courseOffers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entryId' })
  entry?: DirectoryEntryEntity;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'enum', enum: CourseType, enumName: 'course_type' })
  type: CourseType;

  @Column({ type: 'enum', enum: CefrLevel, enumName: 'cefr_level', nullable: true })
  cefrLevel: CefrLevel | null;

  @Column({ type: 'enum', enum: CourseFormat, enumName: 'course_format' })
  format: CourseFormat;

  @Column({ type: 'enum', enum: CourseSchedule, enumName: 'course_schedule' })
  schedule: CourseSchedule;

  @Column({ type: 'date', nullable: true })
  nextStartDate: string | null;

  /** Unknown when null. */
  @Column({ type: 'int', nullable: true })
  placesFree: number | null;

  @Column({ type: 'boolean', default: false })
  childcare: boolean;

  /** One of the entry's addresses; null for online courses or when the address was removed. */
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => DirectoryAddressEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'locationId' })
  location?: DirectoryAddressEntity | null;

  /** BAMF Zulassungsnummer, where known. */
  @Column({ type: 'varchar', length: 60, default: '' })
  approvalNumber: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;
}
