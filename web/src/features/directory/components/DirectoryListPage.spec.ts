import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '@/features/auth/useCurrentUser';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import DirectoryListPage from './DirectoryListPage.vue';

const facet = (value: string, label: string, count: number) => ({
  __typename: 'DirectoryFacetValue',
  value,
  label,
  count,
});

function entry(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'DirectoryEntry',
    id,
    kind: 'COURSE_PROVIDER',
    name,
    shortName: '',
    phone: '0711 000001',
    isOutdated: false,
    distanceKm: null,
    version: 1,
    addresses: [
      {
        __typename: 'DirectoryAddress',
        id: `${id}-a`,
        label: '',
        street: 'Musterweg 3',
        postalCode: '73728',
        city: 'Esslingen am Neckar',
        district: 'Landkreis Esslingen',
      },
    ],
    languages: [
      { __typename: 'DirectoryListItem', code: 'de', name: 'Deutsch' },
      { __typename: 'DirectoryListItem', code: 'ti', name: 'Tigrinya' },
    ],
    openingHours: [],
    openingHoursNote: '',
    courseOffers: [
      {
        __typename: 'DirectoryCourseOffer',
        id: `${id}-o`,
        type: 'JOB_LANGUAGE_BASIC_B2',
        cefrLevel: 'B2',
        nextStartDate: '2999-05-04',
        childcare: true,
      },
    ],
    ...extra,
  };
}

function listAnswer(request: SentRequest) {
  const near = (request.variables.filter as { near?: unknown } | null)?.near;
  return {
    data: {
      directoryEntries: {
        __typename: 'DirectoryEntryConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          entry('e1', 'Sprachschule Beispiel gGmbH', { distanceKm: near ? 1.25 : null }),
          entry('e2', 'Bildungswerk Muster', { distanceKm: near ? 12.5 : null, isOutdated: true }),
        ].map((node, index) => ({ __typename: 'DirectoryEntryEdge', cursor: `c${index + 1}`, node })),
        facets: {
          __typename: 'DirectoryFacets',
          kinds: [facet('COURSE_PROVIDER', 'COURSE_PROVIDER', 2), facet('AUTHORITY', 'AUTHORITY', 1)],
          courseTypes: [facet('JOB_LANGUAGE_BASIC_B2', 'JOB_LANGUAGE_BASIC_B2', 2)],
          cefrLevels: [facet('B2', 'B2', 2), facet('A1', 'A1', 1)],
          formats: [facet('ON_SITE', 'ON_SITE', 2)],
          languages: [facet('ti', 'Tigrinya', 1), facet('ar', 'Arabisch', 2)],
          targetGroups: [facet('WOMEN', 'Frauen', 1)],
          districts: [facet('Landkreis Esslingen', 'Landkreis Esslingen', 2)],
          childcare: 2,
          openNow: 1,
          startsWithin: [2, 4, 8, 12].map((weeks) => ({ __typename: 'DirectoryStartsWithinCount', weeks, count: 1 })),
        },
      },
    },
  };
}

const mountList = (path: string) => mountDirectory(DirectoryListPage, 'directory', path, listAnswer);

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  useCurrentUser().setUser(null);
});

describe('DirectoryListPage', () => {
  it('builds the filter from the URL: facets, flags, weeks and distance', async () => {
    const { sent, wrapper } = await mountList(
      '/verzeichnis?art=kurstraeger&kurs=JOB_LANGUAGE_BASIC_B2&niveau=B2&kinderbetreuung=ja&beginn=4&plz=73728&umkreis=25&sprache=ti',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      operationName: 'DirectoryEntries',
      variables: {
        first: 20,
        after: null,
        filter: {
          kinds: ['COURSE_PROVIDER'],
          courseTypes: ['JOB_LANGUAGE_BASIC_B2'],
          cefrLevels: ['B2'],
          languages: ['ti'],
          childcare: true,
          startsWithinWeeks: 4,
          near: { postalCode: '73728', radiusKm: 25 },
        },
      },
    });
    // The controls show the URL's state.
    expect((wrapper.get('#directory-childcare').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get('#directory-starts-4').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get('#directory-postal-code').element as HTMLInputElement).value).toBe('73728');
    expect((wrapper.get('#directory-radius').element as HTMLSelectElement).value).toBe('25');
  });

  it('shows cards with kind, place, distance, languages, next start and the outdated badge as text', async () => {
    const { wrapper } = await mountList('/verzeichnis?plz=73728&umkreis=25');
    const cards = wrapper.findAll('.directory-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].get('h3 a').attributes('href')).toBe('/verzeichnis/e1');
    expect(cards[0].get('.directory-card__meta').text().replace(/\s+/g, ' ')).toBe(
      'Kursträger · Esslingen am Neckar, Landkreis Esslingen · 1,3 km entfernt',
    );
    expect(cards[0].text()).toContain('Deutsch, Tigrinya');
    expect(cards[0].text()).toContain('Nächster Kursbeginn');
    expect(cards[0].text()).not.toContain('Möglicherweise veraltet');
    expect(cards[1].text()).toContain('Möglicherweise veraltet');
    expect(wrapper.get('.search-results__summary').text()).toBe('2 Einträge');
  });

  it('labels facets in German with counts, in a fixed order for enums', async () => {
    const { wrapper } = await mountList('/verzeichnis');
    const legends = wrapper.findAll('fieldset legend').map((legend) => legend.text());
    expect(legends).toEqual([
      'In der Nähe',
      'Weitere Merkmale',
      'Kursbeginn',
      'Art',
      'Kursart',
      'Sprachniveau (GER)',
      'Format',
      'Sprache',
      'Zielgruppe',
      'Landkreis',
    ]);
    const labels = (legend: string) =>
      wrapper
        .findAll('fieldset')
        .find((set) => set.get('legend').text() === legend)
        ?.findAll('label')
        .map((label) => label.text());
    expect(labels('Art')).toEqual(['Kursträger (2)', 'Behörde (1)']);
    expect(labels('Sprachniveau (GER)')).toEqual(['A1 (1)', 'B2 (2)']);
    expect(labels('Sprache')).toEqual(['Arabisch (2)', 'Tigrinya (1)']);
    expect(labels('Kursart')).toEqual(['Berufssprachkurs Basis B2 (2)']);
  });

  it('puts every change into the URL (AND across, OR within) and follows back and forward', async () => {
    const { wrapper, router, sent } = await mountList('/verzeichnis?niveau=B2');
    await wrapper.get('#search-facet-directory-cefrLevel-0').setValue(true); // A1, added to B2
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ niveau: ['B2', 'A1'] });
    expect(sent.at(-1)?.variables.filter).toEqual({ cefrLevels: ['B2', 'A1'] });

    await wrapper.get('#directory-childcare').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ niveau: ['B2', 'A1'], kinderbetreuung: 'ja' });

    await wrapper.get('#directory-postal-code').setValue('73728');
    await wrapper.get('#directory-radius').setValue('10');
    await wrapper.get('.directory-near').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe(
      '/verzeichnis?niveau=B2&niveau=A1&kinderbetreuung=ja&plz=73728&umkreis=10',
    );
    expect(sent.at(-1)?.variables.filter).toEqual({
      cefrLevels: ['B2', 'A1'],
      childcare: true,
      near: { postalCode: '73728', radiusKm: 10 },
    });

    router.back();
    await flushPromises();
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ niveau: ['B2', 'A1'], kinderbetreuung: 'ja' }),
    );
    await flushPromises();
    expect(sent.at(-1)?.variables.filter).toEqual({ cefrLevels: ['B2', 'A1'], childcare: true });
    expect((wrapper.get('#directory-postal-code').element as HTMLInputElement).value).toBe('');

    // The print view keeps the same query.
    expect(wrapper.get('a[href^="/verzeichnis/druck"]').attributes('href')).toBe(
      '/verzeichnis/druck?niveau=B2&niveau=A1&kinderbetreuung=ja',
    );
  });

  it('refuses a malformed postal code without leaving the page state', async () => {
    const { wrapper, router } = await mountList('/verzeichnis');
    await wrapper.get('#directory-postal-code').setValue('7372');
    await wrapper.get('.directory-near').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#directory-postal-code-error').text()).toBe('Bitte eine fünfstellige Postleitzahl eingeben.');
    expect(wrapper.get('#directory-postal-code').attributes('aria-invalid')).toBe('true');
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('offers the CSV import to editors and the review intervals to admins only', async () => {
    const actions = async () => {
      const { wrapper } = await mountList('/verzeichnis');
      return wrapper.findAll('.directory-actions a').map((link) => link.text());
    };
    const user = (role: 'READER' | 'EDITOR' | 'ADMIN') =>
      useCurrentUser().setUser({ id: 'u1', email: 'a@example.org', displayName: 'A', role });
    user('READER');
    expect(await actions()).not.toContain('CSV-Import');
    user('EDITOR');
    expect(await actions()).toContain('CSV-Import');
    expect(await actions()).not.toContain('Prüfintervalle');
    user('ADMIN');
    expect(await actions()).toEqual(expect.arrayContaining(['CSV-Import', 'Prüfintervalle']));
  });
});
