import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { ProgrammeEntity } from './programme.entity';

/** An agency taking part in a programme. */
@Entity('programme_agency')
export class ProgrammeAgencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @Index('IDX_programme_agency_agency')
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agency?: AgencyEntity;
}
