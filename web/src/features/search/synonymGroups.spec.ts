import { describe, expect, it } from 'vitest';
import { groupsFromRows, rowsFromGroups } from './synonymGroups';

describe('synonym rows', () => {
  it('round-trips groups through comma-separated rows', () => {
    const groups = [
      ['gE', 'Jobcenter'],
      ['BAMF', 'Bundesamt für Migration und Flüchtlinge'],
    ];
    expect(groupsFromRows(rowsFromGroups(groups))).toEqual({ groups, problems: [] });
  });

  it('trims, drops duplicates and skips empty rows', () => {
    expect(groupsFromRows([' gE ,  Jobcenter, jobcenter ', '   ', 'DeuFöV; Berufssprachkurs'])).toEqual({
      groups: [
        ['gE', 'Jobcenter'],
        ['DeuFöV', 'Berufssprachkurs'],
      ],
      problems: [],
    });
  });

  it('points at rows with one term, too long terms and terms in two rows', () => {
    const { problems } = groupsFromRows(['gE', `BAMF, ${'x'.repeat(101)}`, 'Jobcenter, gE']);
    expect(problems).toEqual([
      { kind: 'tooFew', row: 0 },
      { kind: 'tooLong', row: 1 },
      { kind: 'twice', row: 2, term: 'gE', otherRow: 0 },
    ]);
  });
});
