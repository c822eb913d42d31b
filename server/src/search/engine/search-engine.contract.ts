import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from './search-document';
import type { SearchEngine } from './search-engine';
import type { SearchAccess, SearchRequest, SearchResponse } from './search-request';
import { testArticle } from './search-test-documents';

const ANONYMOUS: SearchAccess = { statuses: ['PUBLISHED'], visibilities: ['PUBLIC'] };
const READER: SearchAccess = { statuses: ['PUBLISHED'], visibilities: ['INTERNAL', 'PUBLIC'] };
const EDITOR: SearchAccess = { statuses: ['DRAFT', 'PUBLISHED', 'ARCHIVED'], visibilities: ['INTERNAL', 'PUBLIC'] };
const CATEGORY_LANGUAGE = '00000000-0000-4000-8000-000000000001';
const CATEGORY_AUTHORITIES = '00000000-0000-4000-8000-000000000002';

let sequence = 0;
function fixture(key: string, overrides: Partial<SearchDocument>): SearchDocument {
  sequence += 1;
  return testArticle(sequence, {
    url: `/artikel/${key}`,
    title: key,
    updatedAt: new Date(Date.UTC(2026, 0, sequence)).toISOString(),
    ...overrides,
  });
}

/** The shared German fixtures: each expectation below names the documents that must (not) match. */
export const SEARCH_FIXTURES = {
  berufssprachkurse: fixture('berufssprachkurse', {
    title: 'Berufssprachkurse für Zugewanderte',
    summary: 'Module, Zugang und Anmeldung.',
    body: 'Ein Berufssprachkurs führt zum Niveau B2. Die Teilnahmeberechtigung stellt die Agentur aus.',
    tags: ['deuföv'],
    categoryIds: [CATEGORY_LANGUAGE],
    categoryPath: ['Sprachkurse'],
  }),
  traeger: fixture('traeger', {
    title: 'Sprachkursträger in Esslingen',
    body: 'Liste der Sprachkursträger mit Kinderbetreuung im Landkreis Esslingen.',
    visibility: 'INTERNAL',
    categoryIds: [CATEGORY_LANGUAGE],
    categoryPath: ['Sprachkurse'],
  }),
  behoerde: fixture('behoerde', {
    title: 'Ausländerbehörde: Termine vereinbaren',
    body: 'Die Behörde vergibt Termine online. Bringen Sie den Pass mit.',
    categoryIds: [CATEGORY_AUTHORITIES],
    categoryPath: ['Behörden'],
  }),
  jobcenter: fixture('jobcenter', {
    title: 'Jobcenter Landkreis Esslingen',
    body: 'Das Jobcenter betreut Leistungsberechtigte nach dem SGB II.',
    categoryIds: [CATEGORY_AUTHORITIES],
    categoryPath: ['Behörden'],
  }),
  bamf: fixture('bamf', {
    title: 'Regionalstelle des Bundesamts',
    body: 'Das Bundesamt für Migration und Flüchtlinge koordiniert die Integrationskurse.',
  }),
  entwurf: fixture('entwurf', {
    title: 'Entwurf: neuer Ablauf Integrationskurs',
    body: 'Noch nicht abgestimmt.',
    status: 'DRAFT',
    visibility: 'INTERNAL',
  }),
  english: fixture('english', {
    title: 'Language courses in Germany',
    body: 'Integration courses and job-related German courses.',
    language: 'en',
  }),
  leichteSprache: fixture('leichte-sprache', {
    title: 'Der Integrationskurs in Leichter Sprache',
    body: 'Leichte Sprache hilft vielen Menschen. Der Kurs ist kostenlos.',
  }),
  sprachlich: fixture('sprachlich', {
    title: 'Sprache im Alltag',
    body: 'Leichte Aufgaben zuerst, dann die Sprache üben.',
  }),
  kursabbruch: fixture('kursabbruch', {
    title: 'Fehlzeiten melden',
    body: 'Bei einem Kursabbruch informiert der Träger die Beratungsfachkraft.',
  }),
  dolmetscherAblauf: fixture('dolmetscher-ablauf', {
    title: 'Dolmetscher beauftragen',
    summary: 'Dolmetscher anfragen, Dolmetscher bestätigen, Dolmetscher bezahlen.',
    headings: ['Dolmetscher finden', 'Dolmetscher bezahlen'],
    tags: ['dolmetscher'],
    body:
      'Dolmetscher über den Rahmenvertrag anfragen. Der Dolmetscher bestätigt den Termin. Dolmetscher ' +
      'rechnen nach Stunden ab. Ohne Dolmetscher hilft manchmal eine einfache Verständigung mit Bildern.',
  }),
  verstaendigung: fixture('verstaendigung', {
    title: 'Verständigung ohne Dolmetscher',
    body: 'Bildkarten und Übersetzungs-Apps helfen im Kundenkontakt.',
  }),
  // The older of the two has the phrase in its title: relevance, not recency, puts it first.
  anerkennungKosten: fixture('anerkennung-kosten', {
    title: 'Kosten der Anerkennung',
    body: 'Zuschüsse aus dem Vermittlungsbudget beantragen.',
  }),
  anerkennungAblauf: fixture('anerkennung-ablauf', {
    title: 'Ablauf des Verfahrens',
    body: 'Erst prüfen, dann beraten. Die Kosten der Anerkennung trägt unter Umständen die Agentur.',
  }),
  xss: fixture('xss', { title: 'Formular <script>alert(1)</script> Antrag', body: 'Antrag auf Kostenübernahme.' }),
};

const ALL = Object.values(SEARCH_FIXTURES);
const key = (id: string): string =>
  Object.entries(SEARCH_FIXTURES).find(([, document]) => document.id === id)?.[0] ?? id;

/** Runs the same expectations against any engine: both engines must pass it. */
export function describeSearchEngineContract(name: string, createEngine: () => Promise<SearchEngine>): void {
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const search = (text: string, overrides: Partial<SearchRequest> = {}): Promise<SearchResponse> =>
      engine.search({ text, filters: {}, access: EDITOR, sort: 'RELEVANCE', limit: 20, offset: 0, ...overrides });
    const keys = async (text: string, overrides: Partial<SearchRequest> = {}): Promise<string[]> =>
      (await search(text, overrides)).hits.map((hit) => key(hit.id));

    beforeAll(async () => {
      engine = await createEngine();
      await engine.prepare();
      await engine.upsert(ALL);
    });

    it('finds word forms ("Sprachkurse" finds "Sprachkurs")', async () => {
      expect(await keys('Sprachkurse ')).toEqual(expect.arrayContaining(['berufssprachkurse', 'traeger']));
    });

    it('finds compound words ("Sprachkurs" finds "Berufssprachkurs" and "Sprachkursträger")', async () => {
      expect(await keys('Sprachkurs ')).toEqual(expect.arrayContaining(['berufssprachkurse', 'traeger']));
    });

    it.each(['Behörde', 'Behoerde', 'Behorde', 'behörde'])(
      'treats umlauts in any spelling alike (%s)',
      async (text) => {
        expect(await keys(`${text} `)).toContain('behoerde');
      },
    );

    it('tolerates typos and suggests the right spelling', async () => {
      const response = await search('Integrationskrus ');
      expect(response.hits.map((hit) => key(hit.id))).toContain('leichteSprache');
      expect(response.suggestion?.toLowerCase()).toContain('integrationskurs');
    });

    it('does not "correct" a word that exists inside a compound', async () => {
      const response = await search('Kursträger ');
      expect(response.hits.map((hit) => key(hit.id))).toContain('traeger');
      expect(response.suggestion).toBeNull();
    });

    it('finds a compound typed as two words ("Kurs Abbruch" finds "Kursabbruch")', async () => {
      expect(await keys('Kurs Abbruch ')).toEqual(['kursabbruch']);
      // While the second word is being typed; a stop word beside a word stays optional.
      expect(await keys('Kurs Abbr')).toContain('kursabbruch');
      expect(await keys('Fehlzeiten und Kursabbruch ')).toEqual(['kursabbruch']);
    });

    it('ranks a title with every word above one with a word repeated in the text', async () => {
      const ranked = await keys('Verständigung Dolmetscher ');
      expect(ranked.indexOf('verstaendigung')).toBeGreaterThanOrEqual(0);
      expect(ranked.indexOf('verstaendigung')).toBeLessThan(ranked.indexOf('dolmetscherAblauf'));
    });

    it('orders "phrases" without other words by relevance, not by date', async () => {
      expect(await keys('"Kosten der Anerkennung"')).toEqual(['anerkennungKosten', 'anerkennungAblauf']);
    });

    it('matches the last word as a prefix while typing', async () => {
      expect(await keys('Essl')).toEqual(expect.arrayContaining(['traeger', 'jobcenter']));
    });

    it('uses synonyms (gE ↔ Jobcenter, BAMF ↔ Bundesamt für Migration und Flüchtlinge)', async () => {
      expect(await keys('gE ')).toContain('jobcenter');
      expect(await keys('BAMF ')).toContain('bamf');
    });

    it('matches "phrases" in order and excludes -words', async () => {
      const phrase = await keys('"Leichte Sprache"');
      expect(phrase).toContain('leichteSprache');
      expect(phrase).not.toContain('sprachlich');
      const excluded = await keys('Sprachkurs -Esslingen');
      expect(excluded).toContain('berufssprachkurse');
      expect(excluded).not.toContain('traeger');
    });

    it('returns only what the viewer may see, with counts to match', async () => {
      const anonymous = await search('Integrationskurs ', { access: ANONYMOUS });
      expect(anonymous.hits.map((hit) => key(hit.id))).not.toContain('entwurf');
      expect(anonymous.totalCount).toBe(anonymous.hits.length);
      expect(await keys('Esslingen ', { access: ANONYMOUS })).toEqual(['jobcenter']);
      expect(await keys('Esslingen ', { access: READER })).toEqual(expect.arrayContaining(['jobcenter', 'traeger']));
      expect(await keys('Entwurf ', { access: READER })).toEqual([]);
      expect(await keys('Entwurf ', { access: EDITOR })).toEqual(['entwurf']);
    });

    it('filters by category and language, with facet counts', async () => {
      expect(await keys('', { filters: { categoryIds: [CATEGORY_AUTHORITIES] } })).toEqual(
        expect.arrayContaining(['behoerde', 'jobcenter']),
      );
      // With words: only the matches in the category; the category facet still counts the others.
      const inCategory = await search('Esslingen ', {
        access: READER,
        filters: { categoryIds: [CATEGORY_AUTHORITIES] },
      });
      expect(inCategory.hits.map((hit) => key(hit.id))).toEqual(['jobcenter']);
      expect(inCategory.totalCount).toBe(1);
      expect(inCategory.facets.category).toEqual(
        expect.arrayContaining([
          { value: CATEGORY_AUTHORITIES, count: 1 },
          { value: CATEGORY_LANGUAGE, count: 1 },
        ]),
      );
      const either = await keys('Esslingen ', {
        access: READER,
        filters: { categoryIds: [CATEGORY_AUTHORITIES, CATEGORY_LANGUAGE] },
      });
      expect([...either].sort()).toEqual(['jobcenter', 'traeger']);
      const english = await search('', { filters: { languages: ['en'] } });
      expect(english.hits.map((hit) => key(hit.id))).toEqual(['english']);
      const facets = (await search('')).facets;
      expect(facets.language).toEqual(expect.arrayContaining([{ value: 'en', count: 1 }]));
      expect(facets.category).toEqual(expect.arrayContaining([{ value: CATEGORY_AUTHORITIES, count: 2 }]));
    });

    it('skips facets when the caller needs none, with the same hits and total', async () => {
      const request: Partial<SearchRequest> = { filters: { categoryIds: [CATEGORY_AUTHORITIES] } };
      const withFacets = await search('Esslingen ', request);
      const without = await search('Esslingen ', { ...request, facets: false });
      expect(withFacets.facets.category.length).toBeGreaterThan(0);
      expect(without.facets).toEqual({ kind: [], category: [], language: [], tag: [], agency: [] });
      expect(without.hits.map((hit) => hit.id)).toEqual(withFacets.hits.map((hit) => hit.id));
      expect(without.totalCount).toBe(withFacets.totalCount);
    });

    it('sorts matches by last update', async () => {
      const byDate = await search('Esslingen ', { sort: 'UPDATED_DESC' });
      const dates = byDate.hits.map((hit) => hit.updatedAt);
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('sorts by last update and pages with offset and total', async () => {
      const page1 = await search('', { sort: 'UPDATED_DESC', limit: 3 });
      const page2 = await search('', { sort: 'UPDATED_DESC', limit: 3, offset: 3 });
      expect(page1.totalCount).toBe(ALL.length);
      const dates = [...page1.hits, ...page2.hits].map((hit) => hit.updatedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(new Set([...page1.hits, ...page2.hits].map((hit) => hit.id)).size).toBe(6);
    });

    it('highlights matches as safe HTML', async () => {
      const [hit] = (await search('Antrag ')).hits.filter((h) => key(h.id) === 'xss');
      expect(hit?.titleHighlighted).toContain('<mark>Antrag</mark>');
      expect(hit?.titleHighlighted).toContain('&lt;script&gt;');
      expect(hit?.titleHighlighted).not.toContain('<script>');
    });

    it('updates and removes documents', async () => {
      await engine.upsert([{ ...SEARCH_FIXTURES.sprachlich, title: 'Alltagsdeutsch üben' }]);
      expect(await keys('Alltagsdeutsch ')).toEqual(['sprachlich']);
      await engine.remove([SEARCH_FIXTURES.sprachlich.id]);
      expect(await keys('Alltagsdeutsch ')).toEqual([]);
    });
  });
}
