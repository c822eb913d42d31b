import { describe, expect, it } from 'vitest';
import { buildProgrammeTimeline, type TimelineProjectInput } from './programmeTimeline';

const project = (id: string, agency: string, milestones: TimelineProjectInput['milestones']): TimelineProjectInput => ({
  id,
  slug: id,
  title: `Projekt ${id}`,
  status: 'IN_PROGRESS',
  agency: { id: `a-${agency}`, name: agency },
  milestones,
});

describe('buildProgrammeTimeline', () => {
  it('merges events and milestones of all agencies in date order, grouped by month', () => {
    const months = buildProgrammeTimeline(
      [
        { id: 'e2', title: 'Seminar', kind: 'SEMINAR', startsOn: '2020-11-10', endsOn: '2020-11-11', place: 'Köln' },
        { id: 'e1', title: 'Kick-off', kind: 'KICK_OFF', startsOn: '2020-09-15', place: 'Nürnberg' },
      ],
      [
        project('p1', 'Jobcenter Köln', [
          { id: 'm2', title: 'Coaching 2', kind: 'COACHING', date: '2020-11-10', done: false },
          { id: 'm1', title: 'Coaching 1', kind: 'COACHING', date: '2020-09-30', done: true },
        ]),
        project('p2', 'Agentur für Arbeit Bonn', [
          { id: 'm3', title: 'Coaching 1', kind: 'COACHING', date: '2020-11-10', done: true },
        ]),
      ],
    );
    expect(months.map((m) => m.month)).toEqual(['2020-09', '2020-11']);
    expect(months.flatMap((m) => m.entries.map((e) => e.id))).toEqual(['e1', 'm1', 'e2', 'm3', 'm2']);
  });

  it('gives no months for a programme without events or milestones', () => {
    expect(buildProgrammeTimeline([], [project('p1', 'X', [])])).toEqual([]);
  });
});
