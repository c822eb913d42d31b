import { describe, expect, it } from 'vitest';
import { parseProjectListQuery, toProjectListQuery, toProjectsFilter } from './projectListRouteQuery';

describe('project list URL', () => {
  it('reads German status slugs and drops unknown ones and duplicates', () => {
    const state = parseProjectListQuery({
      q: ' Leitsystem ',
      status: ['in-arbeit', 'unbekannt', 'in-arbeit', 'COMPLETED'],
      dienststelle: 'a1',
      thema: ['t1', ''],
    });
    expect(state).toEqual({
      text: 'Leitsystem',
      agencyIds: ['a1'],
      programmeIds: [],
      statuses: ['IN_PROGRESS', 'COMPLETED'],
      topicIds: ['t1'],
    });
  });

  it('writes back what it read and leaves out empty filters', () => {
    const query = { q: 'Sprache', status: ['idee', 'abgeschlossen'], programm: ['p1'] };
    expect(toProjectListQuery(parseProjectListQuery(query))).toEqual(query);
    expect(toProjectListQuery(parseProjectListQuery({}))).toEqual({});
  });

  it('sends no filter when nothing is chosen', () => {
    expect(toProjectsFilter(parseProjectListQuery({}))).toBeNull();
    expect(toProjectsFilter(parseProjectListQuery({ status: 'pausiert' }))).toEqual({ statuses: ['PAUSED'] });
  });
});
