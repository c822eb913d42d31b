import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../engine/search-document';
import type { SearchRequest } from '../engine/search-request';
import { describeSearchEngineContract } from '../engine/search-engine.contract';
import { InMemoryVocabulary } from '../vocabulary/in-memory-vocabulary';
import { MeilisearchEngine } from './meilisearch-engine';

const host = process.env.MEILI_HOST;
const apiKey = process.env.MEILI_API_KEY ?? process.env.MEILI_MASTER_KEY;

const document = (n: number, overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `ARTICLE:${n}`,
  kind: 'ARTICLE',
  entityId: `${n}`,
  url: `/artikel/${n}`,
  title: `Artikel ${n}`,
  summary: '',
  headings: [],
  body: '',
  tags: [],
  categoryPath: [],
  categoryIds: [],
  language: 'de',
  status: 'PUBLISHED',
  visibility: 'INTERNAL',
  agencyId: null,
  agencyName: null,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: '',
  filters: {},
  access: { statuses: ['PUBLISHED'], visibilities: ['INTERNAL', 'PUBLIC'] },
  sort: 'RELEVANCE',
  limit: 20,
  offset: 0,
  ...overrides,
});

// Needs a running Meilisearch (docker/README.md, "Only Meilisearch"); without MEILI_HOST the
// suite is skipped so unit runs stay offline. Uses a throw-away index uid and deletes it.
describe.runIf(host)('MeilisearchEngine against a live Meilisearch', () => {
  const indexUid = `wn_live_${randomUUID().replaceAll('-', '')}`;
  let client: Meilisearch;
  let engine: MeilisearchEngine;

  beforeAll(async () => {
    // Built here: the describe body also runs (for collection) when the suite is skipped.
    client = new Meilisearch({ host: host ?? '', apiKey, defaultWaitOptions: { timeout: 30_000 } });
    engine = new MeilisearchEngine({ host: host ?? '', client, indexUid });
    await engine.prepare();
    await engine.upsert([
      document(1, {
        title: 'Integrationskurs <b>beantragen</b>',
        body: 'Der Antrag auf einen Integrationskurs geht an das BAMF.',
        tags: ['Sprachkurs'],
        updatedAt: '2025-01-01T00:00:00.000Z',
      }),
      document(2, {
        title: 'Berufssprachkurs',
        body: 'Die DeuFöV regelt die berufsbezogene Förderung.',
        updatedAt: '2025-03-01T00:00:00.000Z',
      }),
      document(3, { title: 'Entwurf Integrationskurs', status: 'DRAFT' }),
      document(4, {
        title: 'Jobcenter Hinweise',
        kind: 'PROJECT',
        id: 'PROJECT:4',
        visibility: 'PUBLIC',
        updatedAt: '2024-06-01T00:00:00.000Z',
      }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await client.deleteIndexIfExists(indexUid);
  });

  it('finds, highlights safely and respects access', async () => {
    const response = await engine.search(request({ text: 'Integrationskurs' }));

    expect(response.hits.map((hit) => hit.id)).toEqual(['ARTICLE:1']);
    expect(response.hits[0].titleHighlighted).toBe('<mark>Integrationskurs</mark> &lt;b&gt;beantragen&lt;/b&gt;');
    expect(response.hits[0].snippet).toContain('<mark>Integrationskurs</mark>');
    expect(response.totalCount).toBe(1);
  });

  it('applies synonyms, typo tolerance, phrases and exclusions', async () => {
    const ids = async (text: string) => (await engine.search(request({ text }))).hits.map((hit) => hit.id).sort();

    // A trailing space ends the prefix match of the last word ("gE" would also find "geht").
    expect(await ids('gE ')).toEqual(['PROJECT:4']);
    expect(await ids('Integrationskurz ')).toEqual(['ARTICLE:1']);
    expect(await ids('"berufsbezogene Förderung"')).toEqual(['ARTICLE:2']);
    expect(await ids('Integrationskurs ')).toEqual(['ARTICLE:1']);
    expect(await ids('Integrationskurs -BAMF')).toEqual([]);
  });

  it('filters, counts facets and sorts by date', async () => {
    const byDate = await engine.search(request({ sort: 'UPDATED_DESC' }));
    expect(byDate.hits.map((hit) => hit.id).slice(0, 2)).toEqual(['ARTICLE:2', 'ARTICLE:1']);
    expect(byDate.facets.kind).toEqual([
      { value: 'ARTICLE', count: 2 },
      { value: 'PROJECT', count: 1 },
    ]);

    const projects = await engine.search(request({ filters: { kinds: ['PROJECT'] } }));
    expect(projects.hits.map((hit) => hit.id)).toEqual(['PROJECT:4']);
    // The kind facet ignores its own filter.
    expect(projects.facets.kind).toHaveLength(2);
  });

  it('removes documents and rebuilds without losing settings', async () => {
    await engine.remove(['PROJECT:4']);
    expect((await engine.search(request({ text: 'Jobcenter' }))).hits).toEqual([]);

    await engine.setSynonyms([['Kita', 'Kindertagesstätte']]);
    await engine.rebuild(
      (async function* () {
        yield await Promise.resolve([document(5, { title: 'Kindertagesstätte finden' })]);
      })(),
    );

    expect((await engine.search(request({ text: 'Kita' }))).hits.map((hit) => hit.id)).toEqual(['ARTICLE:5']);
    expect(await engine.synonyms()).toEqual([['Kindertagesstätte', 'Kita']]);
  });
});

// The shared contract, against a live server (skipped like the rest of this file without MEILI_HOST).
// "Did you mean" comes from an in-memory vocabulary with the same rules: this file runs in the
// unit project without a PostgreSQL DataSource; SearchVocabulary's SQL (correctWords,
// learnWords) is the one the PostgreSQL engine uses and is covered by its contract run.
if (host) {
  describeSearchEngineContract('meilisearch (live)', () =>
    Promise.resolve(
      new MeilisearchEngine({
        host,
        apiKey,
        indexUid: `contract_${randomUUID().slice(0, 8)}`,
        vocabulary: new InMemoryVocabulary(),
      }),
    ),
  );
}
