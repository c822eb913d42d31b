import { describe, expect, it } from 'vitest';
import { publicSearch, testArticle } from '../../src/search/engine/search-test-documents';
import { postgresEngineWith } from './postgres-engine-fixture';

const article = (index: number, title: string, body: string) => testArticle(index, { title, body });

const request = (text: string) => publicSearch(text);

describe('postgres engine: "did you mean"', () => {
  const engine = postgresEngineWith(() => [
    article(1, 'Integrationskurs', 'Die Kurse werden vom Bundesamt zugelassen.'),
    article(2, 'Wartezeiten', 'Anmeldungen werden in der Reihenfolge bearbeitet.'),
  ]);

  it('corrects a word that lacks two letters (its length differs by two)', async () => {
    const response = await engine().search(request('Integratonskrs'));
    expect(response.suggestion).toBe('integrationskurs');
    expect(response.suggestionVisible).toBe(true);
    expect(response.hits.map((hit) => hit.title)).toEqual(['Integrationskurs']);
  });

  it('does not offer a correction that is a stop word only (it would match everything)', async () => {
    // "werdem" is one typo from "werden", a word of both texts and a German stop word.
    const response = await engine().search(request('werdem'));
    expect(response.suggestion).toBe('werden');
    expect(response.suggestionVisible).toBe(false);
  });
});
