import type { ProgrammeEventModel } from './models/programme-event.model';
import type { ProgrammeModel } from './models/programme.model';
import type { ProgrammeEventEntity } from './programme-event.entity';
import type { ProgrammeEntity } from './programme.entity';

export function toProgrammeModel(programme: ProgrammeEntity): ProgrammeModel {
  return {
    id: programme.id,
    name: programme.name,
    slug: programme.slug,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    description: programme.description,
  };
}

export function toProgrammeEventModel(event: ProgrammeEventEntity): ProgrammeEventModel {
  return {
    id: event.id,
    programmeId: event.programmeId,
    kind: event.kind,
    title: event.title,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    place: event.place,
    notes: event.notes,
  };
}
