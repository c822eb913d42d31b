import { describe, expect, it } from 'vitest';
import { directoryEntryVcardUrl, directoryExportUrl } from './directoryExportUrl';
import { parseDirectoryRouteQuery } from './directoryRouteQuery';

describe('directory export URLs', () => {
  it('passes the current filter as JSON', () => {
    const url = directoryExportUrl('csv', parseDirectoryRouteQuery({ kurs: 'JOB_LANGUAGE_BASIC_B2', plz: '73728' }));
    const parsed = new URL(url, 'http://localhost');
    expect(parsed.pathname).toBe('/api/verzeichnis/export.csv');
    expect(JSON.parse(parsed.searchParams.get('filter') ?? '')).toEqual({
      courseTypes: ['JOB_LANGUAGE_BASIC_B2'],
      near: { postalCode: '73728', radiusKm: 25 },
    });
  });

  it('exports everything without filters and one entry by id', () => {
    expect(directoryExportUrl('xlsx', parseDirectoryRouteQuery({}))).toBe('/api/verzeichnis/export.xlsx');
    expect(directoryEntryVcardUrl('e1')).toBe('/api/verzeichnis/export.vcf?id=e1');
  });
});
