import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseEmbedQuery, parseListQuery, toPublicFilter } from './ideenboerse-query';
import { IdeenboerseUrls } from './ideenboerse-urls';

const AGENCY = '0b0f5c1e-8a6a-4c1e-9d0a-3f1f2b3c4d5e';

describe('parseListQuery', () => {
  it('reads valid filters into the service filter and treats empty values as unset', () => {
    const query = parseListQuery({
      q: ' Leitsystem ',
      topic: 'leichte-sprache',
      agency: AGENCY,
      year: '2021',
      page: '2',
    });
    expect(query).toMatchObject({ q: 'Leitsystem', topic: 'leichte-sprache', agency: AGENCY, year: 2021, page: 2 });
    expect(query.problems).toEqual([]);
    expect(toPublicFilter(query)).toEqual({
      topicSlugs: ['leichte-sprache'],
      agencyIds: [AGENCY],
      programmeIds: undefined,
      year: 2021,
      text: 'Leitsystem',
    });
    expect(parseListQuery({ q: '', topic: '', agency: '', programme: '', year: '', page: '' })).toEqual({
      page: 1,
      problems: [],
    });
  });

  it('names every invalid value instead of guessing', () => {
    const query = parseListQuery({
      year: 'abc',
      page: '-1',
      agency: 'x',
      programme: '1',
      topic: 'Nicht Erlaubt',
      q: 'x'.repeat(201),
    });
    expect(query.problems).toHaveLength(6);
    expect(parseListQuery({ page: String(MAX_PAGE + 1) }).problems).toHaveLength(1);
    expect(parseListQuery({ page: String(MAX_PAGE) }).problems).toEqual([]);
    expect(parseListQuery({ year: ['2020', '2021'] }).problems).toEqual([
      'Der Parameter „year“ darf nur einmal angegeben werden.',
    ]);
  });
});

describe('parseEmbedQuery', () => {
  it('defaults to 5 and accepts 1 to 20', () => {
    expect(parseEmbedQuery({})).toEqual({ limit: 5, topic: undefined, problems: [] });
    expect(parseEmbedQuery({ limit: '20', topic: 'leitsystem' })).toEqual({
      limit: 20,
      topic: 'leitsystem',
      problems: [],
    });
    expect(parseEmbedQuery({ limit: '0' }).problems).toHaveLength(1);
    expect(parseEmbedQuery({ limit: '21' }).problems).toHaveLength(1);
  });
});

describe('IdeenboerseUrls', () => {
  it('builds one URL per list (no empty values, no page 1) and absolute URLs from PUBLIC_URL', () => {
    const urls = new IdeenboerseUrls('https://wissen.example.org/');
    expect(urls.list({ q: 'a&b', year: 2021, page: 1 })).toBe('/ideenboerse?q=a%26b&year=2021');
    expect(urls.list({ topic: '', page: 3 })).toBe('/ideenboerse?page=3');
    expect(urls.absolute(urls.project('leitsystem'))).toBe('https://wissen.example.org/ideenboerse/leitsystem');
  });
});
