import { registerEnumType } from '@nestjs/graphql';

/** What a programme event is: the cohort meets for a kick-off, two-day seminars and a final event. */
export enum ProgrammeEventKind {
  KICK_OFF = 'KICK_OFF',
  SEMINAR = 'SEMINAR',
  FINAL_EVENT = 'FINAL_EVENT',
  OTHER = 'OTHER',
}

registerEnumType(ProgrammeEventKind, { name: 'ProgrammeEventKind' });
