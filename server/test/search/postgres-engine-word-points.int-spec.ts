import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinWordsAtWordPoints1796220000000 } from '../../src/database/migrations/1796220000000-join-words-at-word-points';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { normalizeSearchText } from '../../src/search/postgres/normalize-search-text';
import { PostgresSearchEngine } from '../../src/search/postgres/postgres-search.engine';
import { startTestApp, type TestApp } from '../test-app';
import { postgresEngineWith } from './postgres-engine-fixture';

// Leichte Sprache splits compound words with a middle dot (Mediopunkt).
const easyLanguage = testArticle(1, {
  title: 'Ihr Termin im Job·center',
  body: 'Im Job·center sprechen Sie über den Integrations·kurs.',
});

const titles = async (engine: PostgresSearchEngine, text: string): Promise<string[]> =>
  (await engine.search(publicSearch(text))).hits.map((hit) => hit.title);

describe('postgres engine: word points of Leichte Sprache', () => {
  const engine = postgresEngineWith(() => [easyLanguage, testArticle(2, { title: 'Sprachkurse', body: 'Kurse.' })]);

  it('finds "Job·center" by "Jobcenter" and "Integrations·kurs" by "Integrationskurs", and marks them', async () => {
    const response = await engine().search(publicSearch('Jobcenter '));
    expect(response.hits.map((hit) => hit.title)).toEqual(['Ihr Termin im Job·center']);
    expect(response.hits[0]?.titleHighlighted).toBe('Ihr Termin im <mark>Job·center</mark>');
    expect(response.hits[0]?.snippet).toContain('<mark>Job·center</mark>');
    expect(response.suggestion).toBeNull();
    expect(await titles(engine(), 'Integrationskurs ')).toEqual(['Ihr Termin im Job·center']);
  });
});

describe('migration JoinWordsAtWordPoints', () => {
  let ctx: TestApp | undefined;
  const app = (): TestApp => {
    if (!ctx) throw new Error('no test app');
    return ctx;
  };
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('folds texts in SQL (wn_search_normalize) as normalizeSearchText does', async () => {
    const texts = ['Job·center', 'Integrations\u2027kurs', 'Ärger · Mühe', 'Po·esie', 'Behoerde Straße'];
    const [row] = await app().dataSource.query<{ folded: string[] }[]>(
      'SELECT array_agg(wn_search_normalize(t) ORDER BY n) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n)',
      [texts],
    );
    expect(row?.folded).toEqual(texts.map(normalizeSearchText));
  });

  it('indexes the documents again that were indexed with the old folding, and learns their words', async () => {
    const { dataSource } = app();
    const migration = new JoinWordsAtWordPoints1796220000000();
    // A runner of its own per step: the embedded database serves one connection at a time.
    const migrate = async (direction: 'up' | 'down') => {
      const runner = dataSource.createQueryRunner();
      try {
        await migration[direction](runner);
      } finally {
        await runner.release();
      }
    };
    await dataSource.query('DELETE FROM search_document');
    await migrate('down');
    await new PostgresSearchEngine(dataSource).upsert([easyLanguage]);
    // The words as an older server learned them: without the joined ones.
    await dataSource.query(`DELETE FROM search_term WHERE word IN ('jobcenter', 'integrationskurs')`);
    expect(await titles(new PostgresSearchEngine(dataSource), 'Jobcenter ')).toEqual([]);

    await migrate('up');
    expect(await titles(new PostgresSearchEngine(dataSource), 'Jobcenter ')).toEqual(['Ihr Termin im Job·center']);
    const learned = await dataSource.query<{ word: string }[]>(
      `SELECT word FROM search_term WHERE word IN ('jobcenter', 'integrationskurs') ORDER BY word`,
    );
    expect(learned.map((row) => row.word)).toEqual(['integrationskurs', 'jobcenter']);
  });
});
