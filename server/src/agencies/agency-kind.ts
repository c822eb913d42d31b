import { registerEnumType } from '@nestjs/graphql';

export enum AgencyKind {
  AGENTUR_FUER_ARBEIT = 'AGENTUR_FUER_ARBEIT',
  JOBCENTER = 'JOBCENTER',
  REGIONALDIREKTION = 'REGIONALDIREKTION',
  EXTERNAL = 'EXTERNAL',
}

registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'Kind of agency (Dienststelle).' });
