import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../engine/search-document';
import type { SearchRequest } from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { MeilisearchTaskError } from './meilisearch.errors';
import { InMemoryVocabulary } from '../vocabulary/in-memory-vocabulary';
import { MeilisearchEngine } from './meilisearch-engine';

interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

interface MeiliError {
  message: string;
  code: string;
  type: string;
  link: string;
}

const meiliError = (code: string, message: string): MeiliError => ({
  message,
  code,
  type: 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
});

/**
 * A small stand-in for the Meilisearch HTTP API as documented: asynchronous routes answer
 * 202 with a summarized task, GET /tasks/:uid reports it as processing once and then as
 * succeeded or failed; search and multi-search answer with `hitsResponse`. It records
 * every request and keeps only the set of index uids as state.
 */
class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Set<string>();
  readonly synonyms = new Map<string, Record<string, string[]>>();
  /** Hits (with `_formatted`) and facets the search routes answer with. */
  searchResult: {
    hits: Record<string, unknown>[];
    total: number;
    facetDistribution: Record<string, Record<string, number>>;
  } = { hits: [], total: 0, facetDistribution: {} };
  /** Facet distribution per multi-search query. */
  multiSearchFacets: Record<string, Record<string, number>>[] = [];
  /** Decides that the task enqueued by a request fails. */
  failTask: (request: RecordedRequest) => MeiliError | undefined = () => undefined;
  /** Decides that a request is answered with an HTTP error. */
  failHttp: (request: RecordedRequest) => { status: number; body: MeiliError } | undefined = () => undefined;

  private readonly tasks = new Map<number, { task: Record<string, unknown>; polled: number }>();
  private server: Server | undefined;

  /** Requests without task polling. */
  get calls(): RecordedRequest[] {
    return this.requests.filter((request) => !request.path.startsWith('/tasks/'));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw === '' ? undefined : (JSON.parse(raw) as unknown),
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const failure = this.failHttp(request);
    if (failure) return send(failure.status, failure.body);

    const { method, path } = request;
    let match: RegExpExecArray | null;
    if (method === 'GET' && (match = /^\/tasks\/(\d+)$/.exec(path))) {
      const entry = this.tasks.get(Number(match[1]));
      if (!entry) return send(404, meiliError('task_not_found', `Task \`${match[1]}\` not found.`));
      entry.polled += 1;
      return send(200, entry.polled === 1 ? { ...entry.task, status: 'processing', error: null } : entry.task);
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid } = request.body as { uid: string };
      if (this.indexes.has(uid)) {
        return this.enqueue(
          send,
          request,
          uid,
          'indexCreation',
          meiliError('index_already_exists', `Index \`${uid}\` already exists.`),
        );
      }
      this.indexes.add(uid);
      return this.enqueue(send, request, uid, 'indexCreation');
    }
    if (method === 'POST' && path === '/swap-indexes') {
      const [{ indexes }] = request.body as { indexes: [string, string] }[];
      const missing = indexes.find((uid) => !this.indexes.has(uid));
      return this.enqueue(
        send,
        request,
        null,
        'indexSwap',
        missing ? meiliError('index_not_found', `Index \`${missing}\` not found.`) : undefined,
      );
    }
    if (method === 'POST' && path === '/multi-search') {
      const { queries } = request.body as { queries: { limit?: number }[] };
      return send(200, {
        results: queries.map((query, i) => ({
          indexUid: 'wissensnetz',
          hits: [],
          query: '',
          processingTimeMs: 1,
          limit: query.limit ?? 20,
          offset: 0,
          estimatedTotalHits: this.searchResult.total,
          facetDistribution: this.multiSearchFacets[i] ?? {},
        })),
      });
    }
    if (!(match = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path))) return send(404, meiliError('not_found', 'Not found'));
    const uid = decodeURIComponent(match[1]);
    const route = `${method} ${match[2] ?? ''}`;
    switch (route) {
      case 'DELETE ':
        this.indexes.delete(uid);
        return this.enqueue(send, request, uid, 'indexDeletion');
      case 'PATCH /settings':
      case 'PUT /settings/synonyms':
        return this.enqueue(send, request, uid, 'settingsUpdate');
      case 'GET /settings/synonyms':
        return send(200, this.synonyms.get(uid) ?? {});
      case 'POST /documents':
        this.indexes.add(uid);
        return this.enqueue(send, request, uid, 'documentAdditionOrUpdate');
      case 'POST /documents/delete-batch':
        return this.enqueue(send, request, uid, 'documentDeletion');
      case 'POST /search': {
        if (!this.indexes.has(uid)) return send(404, meiliError('index_not_found', `Index \`${uid}\` not found.`));
        const body = request.body as {
          q: string;
          page?: number;
          hitsPerPage?: number;
          offset?: number;
          limit?: number;
        };
        const { hits, total, facetDistribution } = this.searchResult;
        const pagination =
          body.page !== undefined
            ? {
                page: body.page,
                hitsPerPage: body.hitsPerPage,
                totalHits: total,
                totalPages: Math.ceil(total / (body.hitsPerPage ?? 20)),
              }
            : { offset: body.offset ?? 0, limit: body.limit ?? 20, estimatedTotalHits: total };
        return send(200, { hits, query: body.q, processingTimeMs: 1, ...pagination, facetDistribution });
      }
      default:
        return send(404, meiliError('not_found', 'Not found'));
    }
  }

  private enqueue(
    send: (status: number, body: unknown) => void,
    request: RecordedRequest,
    indexUid: string | null,
    type: string,
    error = this.failTask(request),
  ): void {
    const taskUid = this.tasks.size;
    const enqueuedAt = new Date().toISOString();
    this.tasks.set(taskUid, {
      polled: 0,
      task: {
        uid: taskUid,
        batchUid: taskUid,
        indexUid,
        status: error ? 'failed' : 'succeeded',
        type,
        canceledBy: null,
        details: {},
        error: error ?? null,
        duration: 'PT0.001S',
        enqueuedAt,
        startedAt: enqueuedAt,
        finishedAt: enqueuedAt,
      },
    });
    send(202, { taskUid, indexUid, status: 'enqueued', type, enqueuedAt });
  }
}

const document = (n: number, overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `ARTICLE:${n}`,
  kind: 'ARTICLE',
  entityId: `${n}`,
  url: `/artikel/artikel-${n}`,
  title: `Artikel ${n}`,
  summary: 'Kurz gesagt',
  headings: ['Einleitung'],
  body: 'Text des Artikels',
  tags: ['Sprachkurs'],
  categoryPath: ['Prozesse und Abläufe'],
  categoryIds: ['c1'],
  language: 'de',
  status: 'PUBLISHED',
  visibility: 'INTERNAL',
  agencyId: null,
  agencyName: null,
  updatedAt: '2025-03-01T10:00:00.000Z',
  ...overrides,
});

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: 'Integrationskurs',
  filters: {},
  access: { statuses: ['PUBLISHED'], visibilities: ['INTERNAL', 'PUBLIC'] },
  sort: 'RELEVANCE',
  limit: 20,
  offset: 0,
  ...overrides,
});

async function* batches(...groups: SearchDocument[][]): AsyncIterable<SearchDocument[]> {
  for (const group of groups) yield await Promise.resolve(group);
}

const DEFAULT_SYNONYM_MAP = {
  gE: ['Jobcenter', 'gemeinsame Einrichtung'],
  Jobcenter: ['gE', 'gemeinsame Einrichtung'],
  'gemeinsame Einrichtung': ['gE', 'Jobcenter'],
  BAMF: ['Bundesamt für Migration und Flüchtlinge'],
  'Bundesamt für Migration und Flüchtlinge': ['BAMF'],
  DeuFöV: ['Berufssprachkurs', 'berufsbezogene Deutschsprachförderung'],
  Berufssprachkurs: ['DeuFöV', 'berufsbezogene Deutschsprachförderung'],
  'berufsbezogene Deutschsprachförderung': ['DeuFöV', 'Berufssprachkurs'],
  BA: ['Bundesagentur für Arbeit'],
  'Bundesagentur für Arbeit': ['BA'],
  AA: ['Agentur für Arbeit'],
  'Agentur für Arbeit': ['AA'],
  IKB: ['interkulturelle Botschafterin', 'interkultureller Botschafter'],
  'interkulturelle Botschafterin': ['IKB', 'interkultureller Botschafter'],
  'interkultureller Botschafter': ['IKB', 'interkulturelle Botschafterin'],
};

const settingsBody = (synonyms?: Record<string, string[]>) => ({
  searchableAttributes: ['title', 'tags', 'summary', 'headings', 'body'],
  filterableAttributes: ['kind', 'categoryIds', 'language', 'tags', 'agencyId', 'status', 'visibility'],
  sortableAttributes: ['updatedAt'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attributeRank', 'wordPosition', 'exactness'],
  stopWords: [...SEARCH_SETTINGS.stopWords],
  ...(synonyms ? { synonyms } : {}),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['deu'] }],
  faceting: { maxValuesPerFacet: 20, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 10_000 },
});

describe('MeilisearchEngine (HTTP API)', () => {
  let fake: FakeMeilisearch;
  let host: string;
  let engine: MeilisearchEngine;

  beforeEach(async () => {
    fake = new FakeMeilisearch();
    host = await fake.start();
    const client = new Meilisearch({ host, apiKey: 'test-key', defaultWaitOptions: { interval: 1, timeout: 2000 } });
    engine = new MeilisearchEngine({ host, client, batchSize: 2 });
  });

  afterEach(async () => {
    await fake.stop();
  });

  describe('prepare', () => {
    it('creates the index with primary key id and applies all settings with the default synonyms', async () => {
      await new MeilisearchEngine({ host, apiKey: 'master-key' }).prepare();

      expect(fake.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
        'POST /indexes',
        'PATCH /indexes/wissensnetz/settings',
      ]);
      expect(fake.calls[0].body).toEqual({ uid: 'wissensnetz', primaryKey: 'id' });
      expect(fake.calls[1].body).toEqual(settingsBody(DEFAULT_SYNONYM_MAP));
      expect(fake.requests.every((call) => call.authorization === 'Bearer master-key')).toBe(true);
      // Both tasks were polled until they finished.
      expect(fake.requests.filter((call) => call.path === '/tasks/0')).toHaveLength(2);
      expect(fake.requests.filter((call) => call.path === '/tasks/1')).toHaveLength(2);
    });

    it('keeps the stored synonyms when the index already exists', async () => {
      fake.indexes.add('wissensnetz');

      await engine.prepare();

      expect(fake.calls[1].body).toEqual(settingsBody());
    });

    it('uses the configured index uid', async () => {
      await new MeilisearchEngine({ host, apiKey: 'k', indexUid: 'wn_test' }).prepare();

      expect(fake.calls[0].body).toEqual({ uid: 'wn_test', primaryKey: 'id' });
      expect(fake.calls[1].path).toBe('/indexes/wn_test/settings');
    });

    it("fails with the task's error message when the settings task fails", async () => {
      fake.failTask = (call) =>
        call.method === 'PATCH'
          ? meiliError('invalid_settings_ranking_rules', '`attributeRank` ranking rule is invalid.')
          : undefined;

      const error = await engine.prepare().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MeilisearchTaskError);
      expect((error as MeilisearchTaskError).code).toBe('invalid_settings_ranking_rules');
      expect((error as Error).message).toContain('`attributeRank` ranking rule is invalid.');
      expect((error as Error).message).toContain('settingsUpdate');
    });
  });

  describe('upsert and remove', () => {
    it('adds or replaces documents in batches with primary key id and waits for every task', async () => {
      const docs = [1, 2, 3, 4, 5].map((n) => document(n));

      await engine.upsert(docs);

      const posts = fake.calls.filter((call) => call.path === '/indexes/wissensnetz/documents');
      expect(posts.map((call) => call.method)).toEqual(['POST', 'POST', 'POST']);
      expect(posts.map((call) => call.query)).toEqual([
        { primaryKey: 'id' },
        { primaryKey: 'id' },
        { primaryKey: 'id' },
      ]);
      expect(posts.map((call) => call.body)).toEqual([docs.slice(0, 2), docs.slice(2, 4), docs.slice(4)]);
      expect(posts.every((call) => call.authorization === 'Bearer test-key')).toBe(true);
      for (const uid of [0, 1, 2]) expect(fake.requests.some((call) => call.path === `/tasks/${uid}`)).toBe(true);
    });

    it('sends nothing for no documents or ids', async () => {
      await engine.upsert([]);
      await engine.remove([]);

      expect(fake.requests).toEqual([]);
    });

    it('fails when a document task fails', async () => {
      fake.failTask = () => meiliError('invalid_document_id', 'Document identifier `a b` is invalid.');

      await expect(engine.upsert([document(1)])).rejects.toThrow('Document identifier `a b` is invalid.');
    });

    it('deletes documents by id', async () => {
      await engine.remove(['ARTICLE:1', 'PROJECT:2']);

      expect(fake.calls).toMatchObject([
        { method: 'POST', path: '/indexes/wissensnetz/documents/delete-batch', body: ['ARTICLE:1', 'PROJECT:2'] },
      ]);
      expect(fake.requests.some((call) => call.path === '/tasks/0')).toBe(true);
    });
  });

  describe('search', () => {
    beforeEach(() => {
      fake.indexes.add('wissensnetz');
    });

    it('sends query, access filter, facets, highlighting and exhaustive paging', async () => {
      await engine.search(request({ text: ' „gemeinsame Einrichtung“  -Jobcenter Integ', limit: 10, offset: 20 }));

      expect(fake.calls).toHaveLength(1);
      expect(fake.calls[0]).toMatchObject({ method: 'POST', path: '/indexes/wissensnetz/search' });
      expect(fake.calls[0].body).toEqual({
        q: '"gemeinsame Einrichtung" -Jobcenter Integ',
        filter: ['status IN ["PUBLISHED"]', 'visibility IN ["INTERNAL", "PUBLIC"]'],
        facets: ['kind', 'categoryIds', 'language', 'tags', 'agencyId'],
        page: 3,
        hitsPerPage: 10,
        attributesToRetrieve: ['id', 'kind', 'entityId', 'url', 'title', 'categoryPath', 'language', 'updatedAt'],
        attributesToHighlight: ['title', 'body', 'summary'],
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
        attributesToCrop: ['body'],
        cropLength: 27,
        matchingStrategy: 'all',
        locales: ['deu'],
      });
    });

    it('falls back to offset/limit off the page grid and sorts by date for UPDATED_DESC', async () => {
      await engine.search(request({ sort: 'UPDATED_DESC', limit: 10, offset: 5 }));

      expect(fake.calls[0].body).toMatchObject({ sort: ['updatedAt:desc'], offset: 5, limit: 10 });
      expect(fake.calls[0].body).not.toHaveProperty('page');
    });

    it('sorts by date without any words and not for relevance with words', async () => {
      await engine.search(request({ text: '  ' }));
      await engine.search(request({ text: 'Kurs' }));

      expect(fake.calls[0].body).toMatchObject({ q: '', sort: ['updatedAt:desc'] });
      expect(fake.calls[1].body).not.toHaveProperty('sort');
    });

    it('adds the filters with safely quoted values and counts filtered facets without their own filter', async () => {
      fake.multiSearchFacets = [{ kind: { ARTICLE: 4, PROJECT: 2 } }, { tags: { 'Job "Center"': 3, 'C:\\': 1 } }];

      const response = await engine.search(
        request({ filters: { kinds: ['ARTICLE'], tags: ['Job "Center"', 'C:\\'], languages: [] } }),
      );

      const access = ['status IN ["PUBLISHED"]', 'visibility IN ["INTERNAL", "PUBLIC"]'];
      const search = fake.calls.find((call) => call.path === '/indexes/wissensnetz/search');
      expect(search?.body).toMatchObject({
        filter: [...access, 'kind IN ["ARTICLE"]', 'tags IN ["Job \\"Center\\"", "C:\\\\"]'],
      });
      const multi = fake.calls.find((call) => call.path === '/multi-search');
      expect(multi?.body).toEqual({
        queries: [
          {
            indexUid: 'wissensnetz',
            q: 'Integrationskurs',
            filter: [...access, 'tags IN ["Job \\"Center\\"", "C:\\\\"]'],
            facets: ['kind'],
            limit: 0,
            matchingStrategy: 'all',
            locales: ['deu'],
          },
          {
            indexUid: 'wissensnetz',
            q: 'Integrationskurs',
            filter: [...access, 'kind IN ["ARTICLE"]'],
            facets: ['tags'],
            limit: 0,
            matchingStrategy: 'all',
            locales: ['deu'],
          },
        ],
      });
      expect(response.facets.kind).toEqual([
        { value: 'ARTICLE', count: 4 },
        { value: 'PROJECT', count: 2 },
      ]);
      expect(response.facets.tag).toEqual([
        { value: 'Job "Center"', count: 3 },
        { value: 'C:\\', count: 1 },
      ]);
    });

    it('asks for no facets and sends no facet multi-search when the caller needs none', async () => {
      fake.searchResult = { hits: [], total: 3, facetDistribution: { kind: { ARTICLE: 3 } } };

      const response = await engine.search(request({ filters: { kinds: ['ARTICLE'] }, facets: false }));

      expect(fake.calls).toHaveLength(1);
      expect(fake.calls[0]).toMatchObject({ method: 'POST', path: '/indexes/wissensnetz/search' });
      expect(fake.calls[0].body).not.toHaveProperty('facets');
      expect(response.totalCount).toBe(3);
      expect(response.facets).toEqual({ kind: [], category: [], language: [], tag: [], agency: [] });
    });

    it('maps hits to safe HTML, the exhaustive total and sorted, capped facets', async () => {
      const tags = Object.fromEntries(
        Array.from({ length: 25 }, (_, i) => [`tag${String(i).padStart(2, '0')}`, i + 1]),
      );
      fake.searchResult = {
        total: 42,
        hits: [
          {
            id: 'ARTICLE:1',
            kind: 'ARTICLE',
            entityId: '1',
            url: '/artikel/kurs',
            title: '<script>alert(1)</script> Integrationskurs & mehr',
            categoryPath: ['Prozesse und Abläufe', 'Integrationskurse'],
            language: 'de',
            updatedAt: '2025-03-01T10:00:00.000Z',
            _formatted: {
              id: 'ARTICLE:1',
              title: '<script>alert(1)</script> <mark>Integrationskurs</mark> & mehr',
              summary: 'Ohne Treffer',
              body: '…der <mark>Integrationskurs</mark> <img src=x onerror=alert(1)> beginnt…',
            },
          },
          {
            id: 'PROJECT:2',
            kind: 'PROJECT',
            entityId: '2',
            url: '/projekte/2',
            title: 'Projekt',
            categoryPath: [],
            language: 'de',
            updatedAt: '2025-02-01T10:00:00.000Z',
            _formatted: { title: 'Projekt', summary: 'Eine <b>Zusammenfassung</b>', body: 'Anfang des Textes…' },
          },
        ],
        facetDistribution: {
          kind: { PROJECT: 1, ARTICLE: 41 },
          categoryIds: { c2: 5, c1: 5, c3: 9 },
          language: { de: 42 },
          tags,
          agencyId: {},
        },
      };

      const response = await engine.search(request());

      expect(response.hits).toEqual([
        {
          id: 'ARTICLE:1',
          kind: 'ARTICLE',
          entityId: '1',
          url: '/artikel/kurs',
          title: '<script>alert(1)</script> Integrationskurs & mehr',
          titleHighlighted: '&lt;script&gt;alert(1)&lt;/script&gt; <mark>Integrationskurs</mark> &amp; mehr',
          snippet: '…der <mark>Integrationskurs</mark> &lt;img src=x onerror=alert(1)&gt; beginnt…',
          categoryPath: ['Prozesse und Abläufe', 'Integrationskurse'],
          language: 'de',
          updatedAt: '2025-03-01T10:00:00.000Z',
        },
        expect.objectContaining({
          id: 'PROJECT:2',
          titleHighlighted: 'Projekt',
          // Nothing matched: the summary serves as teaser.
          snippet: 'Eine &lt;b&gt;Zusammenfassung&lt;/b&gt;',
        }),
      ]);
      expect(response.totalCount).toBe(42);
      expect(response.suggestion).toBeNull();
      expect(response.facets.kind).toEqual([
        { value: 'ARTICLE', count: 41 },
        { value: 'PROJECT', count: 1 },
      ]);
      expect(response.facets.category).toEqual([
        { value: 'c3', count: 9 },
        { value: 'c1', count: 5 },
        { value: 'c2', count: 5 },
      ]);
      expect(response.facets.tag).toHaveLength(SEARCH_SETTINGS.maxFacetValues);
      expect(response.facets.tag[0]).toEqual({ value: 'tag24', count: 25 });
      expect(response.facets.agency).toEqual([]);
    });

    it('takes estimatedTotalHits with offset/limit paging', async () => {
      fake.searchResult = { hits: [], total: 7, facetDistribution: {} };

      const response = await engine.search(request({ offset: 3, limit: 10 }));

      expect(response.totalCount).toBe(7);
      expect(response.facets).toEqual({ kind: [], category: [], language: [], tag: [], agency: [] });
    });

    it('answers an empty result without asking Meilisearch when the viewer may see nothing', async () => {
      const response = await engine.search(request({ access: { statuses: [], visibilities: ['PUBLIC'] } }));

      expect(response).toEqual({
        hits: [],
        totalCount: 0,
        facets: { kind: [], category: [], language: [], tag: [], agency: [] },
        suggestion: null,
      });
      expect(fake.requests).toEqual([]);
    });

    it('fails on an HTTP 5xx with the message Meilisearch sent', async () => {
      fake.failHttp = () => ({ status: 503, body: meiliError('internal', 'Meilisearch is overloaded') });

      const error = await engine.search(request()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(MeilisearchApiError);
      expect((error as Error).message).toContain('Meilisearch is overloaded');
    });
  });

  describe('did you mean (vocabulary)', () => {
    let vocabulary: InMemoryVocabulary;
    let client: Meilisearch;

    beforeEach(() => {
      vocabulary = new InMemoryVocabulary();
      client = new Meilisearch({ host, defaultWaitOptions: { interval: 1, timeout: 2000 } });
      engine = new MeilisearchEngine({ host, client, vocabulary });
      fake.indexes.add('wissensnetz');
    });

    it('learns the words of upserted documents and suggests them for unknown words, with hits or without', async () => {
      await engine.upsert([document(1, { title: 'Integrationskurs beantragen', body: 'Beim Sprachkursträger' })]);
      expect(vocabulary.words).toContain('integrationskurs');

      expect((await engine.search(request({ text: 'Integrationskrus ' }))).suggestion).toBe('integrationskurs');
      const { id, kind, entityId, url, title, categoryPath, language, updatedAt } = document(1);
      fake.searchResult = {
        hits: [{ id, kind, entityId, url, title, categoryPath, language, updatedAt, _formatted: { title } }],
        total: 1,
        facetDistribution: {},
      };
      const withHits = await engine.search(request({ text: 'Integrationskrus beantragen' }));
      expect(withHits.hits).toHaveLength(1);
      expect(withHits.suggestion).toBe('integrationskurs beantragen');
      // Meilisearch still gets the text as typed.
      expect(fake.calls.at(-1)?.body).toMatchObject({ q: 'Integrationskrus beantragen' });
    });

    it('suggests nothing for known words, parts of compounds or a query without words', async () => {
      await engine.upsert([document(1, { title: 'Integrationskurs', body: 'Beim Sprachkursträger' })]);

      expect((await engine.search(request({ text: 'Integrationskurs' }))).suggestion).toBeNull();
      expect((await engine.search(request({ text: 'Kursträger ' }))).suggestion).toBeNull();
      expect((await engine.search(request({ text: '' }))).suggestion).toBeNull();
    });

    it('learns every batch of a rebuild', async () => {
      await engine.rebuild(
        batches([document(1, { title: 'Jobcenter' })], [document(2, { title: 'Ausländerbehörde' })]),
      );

      expect(vocabulary.words).toContain('jobcenter');
      expect(vocabulary.words).toContain('auslanderbehorde');
      expect((await engine.search(request({ text: 'Ausländerbehrde' }))).suggestion).toBe('auslanderbehorde');
    });

    it('is null without a vocabulary', async () => {
      const plain = new MeilisearchEngine({ host, client });
      await plain.upsert([document(1, { title: 'Integrationskurs' })]);

      expect((await plain.search(request({ text: 'Integrationskrus' }))).suggestion).toBeNull();
    });
  });

  describe('synonyms', () => {
    it('replaces the synonyms with a symmetric map', async () => {
      await engine.setSynonyms([
        ['gE', 'Jobcenter', 'gemeinsame Einrichtung'],
        ['AA', 'Agentur für Arbeit'],
      ]);

      expect(fake.calls).toMatchObject([
        {
          method: 'PUT',
          path: '/indexes/wissensnetz/settings/synonyms',
          body: {
            gE: ['Jobcenter', 'gemeinsame Einrichtung'],
            Jobcenter: ['gE', 'gemeinsame Einrichtung'],
            'gemeinsame Einrichtung': ['gE', 'Jobcenter'],
            AA: ['Agentur für Arbeit'],
            'Agentur für Arbeit': ['AA'],
          },
        },
      ]);
      expect(fake.requests.some((call) => call.path === '/tasks/0')).toBe(true);
    });

    it('reads the groups back from the index', async () => {
      fake.synonyms.set('wissensnetz', { BA: ['Bundesagentur für Arbeit'], 'Bundesagentur für Arbeit': ['BA'] });

      await expect(engine.synonyms()).resolves.toEqual([['BA', 'Bundesagentur für Arbeit']]);
      expect(fake.calls).toMatchObject([{ method: 'GET', path: '/indexes/wissensnetz/settings/synonyms' }]);
    });
  });

  describe('rebuild', () => {
    it('fills a new index with the same settings and synonyms, swaps it in and deletes the old one', async () => {
      fake.indexes.add('wissensnetz');
      fake.synonyms.set('wissensnetz', { BA: ['AA'], AA: ['BA'] });
      const progress: number[] = [];

      await engine.rebuild(batches([document(1), document(2)], [document(3)]), (indexed) => progress.push(indexed));

      const tmp = (fake.calls[2].body as { uid: string }).uid;
      expect(tmp).toMatch(/^wissensnetz_\d+$/);
      expect(fake.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
        'POST /indexes',
        'GET /indexes/wissensnetz/settings/synonyms',
        'POST /indexes',
        `PATCH /indexes/${tmp}/settings`,
        `POST /indexes/${tmp}/documents`,
        `POST /indexes/${tmp}/documents`,
        'POST /swap-indexes',
        `DELETE /indexes/${tmp}`,
      ]);
      expect(fake.calls[2].body).toEqual({ uid: tmp, primaryKey: 'id' });
      expect(fake.calls[3].body).toEqual(settingsBody({ BA: ['AA'], AA: ['BA'] }));
      expect(fake.calls[4].body).toEqual([document(1), document(2)]);
      expect(fake.calls[5].body).toEqual([document(3)]);
      expect(fake.calls[6].body).toEqual([{ indexes: ['wissensnetz', tmp], rename: false }]);
      expect(progress).toEqual([2, 3]);
      expect([...fake.indexes]).toEqual(['wissensnetz']);
    });

    it('creates the live index first when it does not exist yet, with the default synonyms', async () => {
      await engine.rebuild(batches([document(1)]));

      expect(fake.calls[0].body).toEqual({ uid: 'wissensnetz', primaryKey: 'id' });
      expect(fake.calls.some((call) => call.method === 'GET')).toBe(false);
      expect(fake.calls[2].body).toEqual(settingsBody(DEFAULT_SYNONYM_MAP));
      expect(fake.calls.map((call) => call.path)).toContain('/swap-indexes');
    });

    it('drops the new index and leaves the live one alone when filling fails', async () => {
      fake.indexes.add('wissensnetz');
      fake.failTask = (call) =>
        call.path.endsWith('/documents')
          ? meiliError('invalid_document_id', 'Document identifier is invalid.')
          : undefined;

      await expect(engine.rebuild(batches([document(1)]))).rejects.toThrow('Document identifier is invalid.');

      expect(fake.calls.some((call) => call.path === '/swap-indexes')).toBe(false);
      expect(fake.calls.at(-1)).toMatchObject({
        method: 'DELETE',
        path: expect.stringMatching(/^\/indexes\/wissensnetz_\d+$/),
      });
      expect([...fake.indexes]).toEqual(['wissensnetz']);
    });
  });
});
