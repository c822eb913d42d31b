import { describe, expect, it } from 'vitest';
import { DirectoryCodeList } from './directory-code-list';
import { DirectoryCodes, type DirectoryCodeValue } from './directory-codes';

const value = (code: string, name: string, extra: Partial<DirectoryCodeValue> = {}): DirectoryCodeValue => ({
  list: DirectoryCodeList.TARGET_GROUP,
  code,
  name,
  archived: false,
  position: 0,
  ...extra,
});

describe('DirectoryCodes', () => {
  const codes = new DirectoryCodes([
    value('YOUTH', 'Jugendliche', { position: 2 }),
    value('WOMEN', 'Frauen', { position: 1 }),
    value('OLD', 'Veraltet', { archived: true, position: 3 }),
    value('HEALTH', 'Gesundheit', { list: DirectoryCodeList.ORGANISATION_TOPIC }),
  ]);

  it('lists values by position, archived ones only on request, each list on its own', () => {
    expect(codes.values(DirectoryCodeList.TARGET_GROUP).map((v) => v.code)).toEqual(['WOMEN', 'YOUTH']);
    expect(codes.values(DirectoryCodeList.TARGET_GROUP, true).map((v) => v.code)).toEqual(['WOMEN', 'YOUTH', 'OLD']);
    expect(codes.values(DirectoryCodeList.ORGANISATION_TOPIC).map((v) => v.code)).toEqual(['HEALTH']);
  });

  it('names archived codes, and shows unknown codes as themselves', () => {
    expect(codes.nameOf(DirectoryCodeList.TARGET_GROUP, 'OLD')).toBe('Veraltet');
    expect(codes.nameOf(DirectoryCodeList.TARGET_GROUP, 'GONE')).toBe('GONE');
    expect(codes.nameOf(DirectoryCodeList.ORGANISATION_TOPIC, 'WOMEN')).toBe('WOMEN');
  });

  it('accepts known values without duplicates, and archived ones only where the entry has them already', () => {
    expect(codes.check(DirectoryCodeList.TARGET_GROUP, ['WOMEN', 'YOUTH', 'WOMEN'])).toEqual(['WOMEN', 'YOUTH']);
    expect(codes.check(DirectoryCodeList.TARGET_GROUP, ['OLD', 'WOMEN'], ['OLD'])).toEqual(['OLD', 'WOMEN']);
    expect(() => codes.check(DirectoryCodeList.TARGET_GROUP, ['OLD'])).toThrow(
      expect.objectContaining({ message: 'Unbekannte Zielgruppe: OLD.' }),
    );
    expect(() => codes.check(DirectoryCodeList.ORGANISATION_TOPIC, ['WOMEN', 'X'])).toThrow(
      expect.objectContaining({ message: 'Unbekannte Themen: WOMEN, X.' }),
    );
  });
});
