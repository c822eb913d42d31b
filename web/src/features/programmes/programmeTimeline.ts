import type { ProgrammeEventKind, ProjectMilestoneKind, ProjectStatus } from '@/gql/graphql';

export interface TimelineEventInput {
  id: string;
  title: string;
  kind: ProgrammeEventKind;
  startsOn: string;
  endsOn?: string | null;
  place: string;
}

export interface TimelineProjectInput {
  id: string;
  slug: string;
  title: string;
  status: ProjectStatus;
  agency: { id: string; name: string };
  milestones: { id: string; title: string; kind: ProjectMilestoneKind; date: string; done: boolean }[];
}

export type TimelineEntry =
  | {
      type: 'event';
      id: string;
      date: string;
      endsOn: string | null;
      title: string;
      kind: ProgrammeEventKind;
      place: string;
    }
  | {
      type: 'milestone';
      id: string;
      date: string;
      title: string;
      kind: ProjectMilestoneKind;
      done: boolean;
      agency: { id: string; name: string };
      project: { slug: string; title: string };
    };

export interface TimelineMonth {
  /** `YYYY-MM` */
  month: string;
  entries: TimelineEntry[];
}

/** Same day: programme events first (they frame the day), then milestones by agency, then title. */
function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.type !== b.type) return a.type === 'event' ? -1 : 1;
  const agencyA = a.type === 'milestone' ? a.agency.name : '';
  const agencyB = b.type === 'milestone' ? b.agency.name : '';
  return agencyA.localeCompare(agencyB, 'de') || a.title.localeCompare(b.title, 'de') || a.id.localeCompare(b.id);
}

/** Events of a programme and the milestones of all its agencies' projects, in date order, grouped by month. */
export function buildProgrammeTimeline(
  events: readonly TimelineEventInput[],
  projects: readonly TimelineProjectInput[],
): TimelineMonth[] {
  const entries: TimelineEntry[] = [
    ...events.map((event): TimelineEntry => ({
      type: 'event',
      id: event.id,
      date: event.startsOn,
      endsOn: event.endsOn ?? null,
      title: event.title,
      kind: event.kind,
      place: event.place,
    })),
    ...projects.flatMap((project) =>
      project.milestones.map((milestone): TimelineEntry => ({
        type: 'milestone',
        id: milestone.id,
        date: milestone.date,
        title: milestone.title,
        kind: milestone.kind,
        done: milestone.done,
        agency: project.agency,
        project: { slug: project.slug, title: project.title },
      })),
    ),
  ].sort(compareEntries);

  const months: TimelineMonth[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}
