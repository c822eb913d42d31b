import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { JSONContent } from '@wissensnetz/editor';
import { AgencyEntity } from '../agencies/agency.entity';
import { Visibility } from '../articles/article-status';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';
import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryCourseOfferEntity } from './directory-course-offer.entity';
import { DirectoryEntryKind } from './directory-entry-kind';
import { DirectoryOpeningHoursEntity } from './directory-opening-hours.entity';

/** A course provider, migrant organisation, counselling service or authority in the directory. */
@Entity('directory_entry')
@Index('IDX_directory_entry_name', ['name', 'id'])
// (id) INCLUDE (visibility, kind, languages, targetGroups, name) for the facet counts; created by hand in
// migration AddDirectoryFacetIndex, as TypeORM cannot declare INCLUDE.
@Index('IDX_directory_entry_facets', { synchronize: false })
@Check('CHK_directory_entry_one_owner', `"ownerId" IS NULL OR "ownerTeamId" IS NULL`)
export class DirectoryEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_directory_entry_kind')
  @Column({ type: 'enum', enum: DirectoryEntryKind, enumName: 'directory_entry_kind' })
  kind: DirectoryEntryKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  shortName: string;

  /** Tiptap JSON, validated against the shared editor schema. */
  @Column({ type: 'jsonb' })
  description: JSONContent;

  @Column({ type: 'int', default: 1 })
  descriptionSchemaVersion: number;

  @Column({ type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ type: 'text', default: '' })
  descriptionText: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  phone: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  email: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  website: string;

  /** ISO 639-1 codes, or ISO 639-3 where no 639-1 code exists (directory-languages.ts). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Codes of the managed list TARGET_GROUP (directory_code). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups: string[];

  @Column({ type: 'text', default: '' })
  accessibilityNotes: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** General note on opening hours ("nach Vereinbarung", holidays); per-day notes are on the rows. */
  @Column({ type: 'text', default: '' })
  openingHoursNote: string;

  /** Migrant organisations: communities, e.g. "Eritreische Gemeinde". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  communities: string[];

  /** Migrant organisations: ISO 3166-1 alpha-2 codes of the countries of origin. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countriesOfOrigin: string[];

  /** Migrant organisations: codes of the managed list ORGANISATION_TOPIC (directory_code). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'date', nullable: true })
  cooperationSince: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  cooperationKind: string;

  /** Who at the agency keeps in touch (staff, internal only). */
  @Column({ type: 'varchar', length: 200, default: '' })
  cooperationAgencyContact: string;

  @Index('IDX_directory_entry_owner')
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ownerId' })
  owner?: UserEntity | null;

  /** A team as owner instead of a user (at most one of ownerId and ownerTeamId is set). */
  @Index('IDX_directory_entry_owner_team')
  @Column({ type: 'uuid', nullable: true })
  ownerTeamId: string | null;

  // RESTRICT: deleting a team that owns entries is refused (teams.service), never silently orphaned.
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerTeamId' })
  ownerTeam?: TeamEntity | null;

  /** The agency responsible for keeping the entry up to date. */
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agencyId' })
  agency?: AgencyEntity | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.INTERNAL })
  visibility: Visibility;

  /** Key of imports; unique when set. */
  @Index('UQ_directory_entry_external_id', { unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  lastVerifiedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  lastVerifiedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lastVerifiedById' })
  lastVerifiedBy?: UserEntity | null;

  /** Increases with every change; clients send it back as baseVersion. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @OneToMany(() => DirectoryAddressEntity, (address) => address.entry)
  addresses?: DirectoryAddressEntity[];

  @OneToMany(() => DirectoryOpeningHoursEntity, (hours) => hours.entry)
  openingHours?: DirectoryOpeningHoursEntity[];

  @OneToMany(() => DirectoryCourseOfferEntity, (offer) => offer.entry)
  courseOffers?: DirectoryCourseOfferEntity[];
}
