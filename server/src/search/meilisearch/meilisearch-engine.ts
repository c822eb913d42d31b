import { Logger } from '@nestjs/common';
import {
  Meilisearch,
  type EnqueuedTask,
  type FacetDistribution,
  type Hit,
  type SearchParams,
  type Task,
} from 'meilisearch';
import type { SearchDocument } from '../engine/search-document';
import type { SearchEngine, SynonymGroups } from '../engine/search-engine';
import type {
  FacetCount,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import type { Vocabulary } from '../vocabulary/search-vocabulary';
import { MeilisearchTaskError } from './meilisearch.errors';
import { toMeilisearchSettings, toSynonymGroups, toSynonymMap } from './meilisearch-index-settings';
import { toMeilisearchFilter } from './to-meilisearch-filter';
import { toMeilisearchQuery } from './to-meilisearch-query';
import { toSafeHighlight } from './to-safe-highlight';

export interface MeilisearchEngineOptions {
  /** Base URL of the Meilisearch server, e.g. `http://127.0.0.1:7700`. */
  host: string;
  /** Key with index, settings, document, search and task rights (the master key works). */
  apiKey?: string;
  /**
   * Uid of the live index; `rebuild` creates `<indexUid>_<timestamp>` next to it.
   * @default 'wissensnetz'
   */
  indexUid?: string;
  /**
   * A ready client (tests, custom wait options); `host` and `apiKey` are then not used.
   * Its `defaultWaitOptions` decide how long tasks are awaited.
   */
  client?: Meilisearch;
  /**
   * Documents per add request.
   * @default 1000
   */
  batchSize?: number;
  /**
   * Word list for "did you mean" (Meilisearch has none): fed with every indexed document and
   * asked for a suggestion whenever the query has words. Without it `suggestion` is always null.
   */
  vocabulary?: Vocabulary;
}

/** Facet name in the response → filterable attribute in the index. */
const FACET_ATTRIBUTES = {
  kind: 'kind',
  category: 'categoryIds',
  language: 'language',
  tag: 'tags',
  agency: 'agencyId',
} as const satisfies Record<keyof SearchFacets, string>;

/** Filter of the request → the facet it narrows (that facet is counted without it). */
const FILTER_FACETS = {
  kinds: 'kind',
  categoryIds: 'category',
  languages: 'language',
  tags: 'tag',
  agencyIds: 'agency',
} as const satisfies Record<keyof SearchFilters, keyof SearchFacets>;

const RETRIEVED_ATTRIBUTES: (keyof SearchDocument)[] = [
  'id',
  'kind',
  'entityId',
  'url',
  'title',
  'categoryPath',
  'language',
  'updatedAt',
];

const HIGHLIGHT_PRE_TAG = '<mark>';
const HIGHLIGHT_POST_TAG = '</mark>';
/** Meilisearch crops by words; about six characters per German word. */
const SNIPPET_WORDS = Math.round(SEARCH_SETTINGS.snippetLength / 6);
/** Long document batches can take a while to index; the client's default is 5 s. */
const TASK_TIMEOUT_MS = 120_000;

const emptyFacets = (): SearchFacets => ({ kind: [], category: [], language: [], tag: [], agency: [] });

/**
 * The search port on Meilisearch (official `meilisearch` client). Settings follow
 * SEARCH_SETTINGS; every write waits for its task and throws MeilisearchTaskError when it
 * failed. Meilisearch has no "did you mean": suggestions come from the optional vocabulary
 * (the PostgreSQL word list), else `suggestion` is null.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly batchSize: number;
  private readonly vocabulary: Vocabulary | undefined;
  private readonly logger = new Logger(MeilisearchEngine.name);

  constructor(options: MeilisearchEngineOptions) {
    this.indexUid = options.indexUid ?? 'wissensnetz';
    this.batchSize = options.batchSize ?? 1000;
    this.vocabulary = options.vocabulary;
    this.client =
      options.client ??
      new Meilisearch({
        host: options.host,
        apiKey: options.apiKey,
        defaultWaitOptions: { timeout: TASK_TIMEOUT_MS },
      });
  }

  /** A new index gets the default synonyms; an existing one keeps the synonyms admins set. */
  async prepare(): Promise<void> {
    const created = await this.createIndex(this.indexUid);
    const synonyms = created ? toSynonymMap(SEARCH_SETTINGS.defaultSynonyms) : undefined;
    await this.run(this.client.index(this.indexUid).updateSettings(toMeilisearchSettings(synonyms)));
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await Promise.all([this.addDocuments(this.indexUid, documents), this.learn(documents)]);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.run(this.client.index(this.indexUid).deleteDocuments(ids));
  }

  /** Replaces all synonyms of the live index. */
  async setSynonyms(groups: SynonymGroups): Promise<void> {
    await this.run(this.client.index(this.indexUid).updateSynonyms(toSynonymMap(groups)));
  }

  /** Read back from the index (so every server instance sees the same); terms sorted. */
  async synonyms(): Promise<SynonymGroups> {
    return toSynonymGroups(await this.client.index(this.indexUid).getSynonyms());
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    // An empty IN list would match nothing anyway; skip the round trip.
    if (request.access.statuses.length === 0 || request.access.visibilities.length === 0) {
      return { hits: [], totalCount: 0, facets: emptyFacets(), suggestion: null };
    }
    const q = toMeilisearchQuery(request.text);
    const [main, disjunctive, suggestion] = await Promise.all([
      this.client.index<SearchDocument>(this.indexUid).search(q, this.mainSearchParams(request, q)),
      request.facets === false ? {} : this.disjunctiveFacets(request, q),
      // With hits or not, like the PostgreSQL engine: a word the index has never seen gets a correction.
      this.vocabulary?.suggest(request.text) ?? null,
    ]);
    const totalHits = 'totalHits' in main && typeof main.totalHits === 'number' ? main.totalHits : undefined;
    return {
      hits: main.hits.map(toSearchHit),
      totalCount: totalHits ?? main.estimatedTotalHits ?? main.hits.length,
      facets: request.facets === false ? emptyFacets() : { ...toSearchFacets(main.facetDistribution), ...disjunctive },
      suggestion,
    };
  }

  /**
   * Zero downtime: fills `<uid>_<timestamp>` with the same settings, swaps it with the live
   * index and deletes the old data. Writes to the live index during the rebuild are lost
   * with the swap unless they are replayed afterwards.
   */
  async rebuild(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<void> {
    // The swap needs both indexes to exist.
    const created = await this.createIndex(this.indexUid);
    const synonyms = created
      ? toSynonymMap(SEARCH_SETTINGS.defaultSynonyms)
      : await this.client.index(this.indexUid).getSynonyms();
    const tmpUid = `${this.indexUid}_${Date.now()}`;
    if (!(await this.createIndex(tmpUid))) throw new Error(`Meilisearch index ${tmpUid} already exists`);
    try {
      await this.run(this.client.index(tmpUid).updateSettings(toMeilisearchSettings(synonyms)));
      let indexed = 0;
      for await (const batch of documents) {
        await Promise.all([this.addDocuments(tmpUid, batch), this.learn(batch)]);
        indexed += batch.length;
        onProgress?.(indexed);
      }
      await this.run(this.client.swapIndexes([{ indexes: [this.indexUid, tmpUid], rename: false }]));
    } catch (error) {
      await this.deleteIndexQuietly(tmpUid);
      throw error;
    }
    // After the swap tmpUid holds the old documents.
    await this.deleteIndexQuietly(tmpUid);
  }

  private mainSearchParams(request: SearchRequest, q: string): SearchParams {
    // page/hitsPerPage makes Meilisearch count exhaustively (totalHits); offsets off the
    // page grid fall back to offset/limit with estimatedTotalHits.
    const pagination =
      request.offset % request.limit === 0
        ? { page: request.offset / request.limit + 1, hitsPerPage: request.limit }
        : { offset: request.offset, limit: request.limit };
    return {
      filter: toMeilisearchFilter(request.filters, request.access),
      ...(request.facets === false ? {} : { facets: Object.values(FACET_ATTRIBUTES) }),
      // Without words there is no relevance; newest first as in the PostgreSQL engine.
      ...(request.sort === 'UPDATED_DESC' || q === '' ? { sort: ['updatedAt:desc'] } : {}),
      ...pagination,
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      attributesToHighlight: ['title', 'body', 'summary'],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
      attributesToCrop: ['body'],
      cropLength: SNIPPET_WORDS,
      // Every word must match, like the PostgreSQL engine (Meilisearch's default drops words from the end).
      matchingStrategy: 'all',
      locales: ['deu'],
    };
  }

  /**
   * A facet with an active filter is counted without its own filter (OR within a facet,
   * as in the PostgreSQL engine): one extra query per such facet in a single multi-search.
   */
  private async disjunctiveFacets(request: SearchRequest, q: string): Promise<Partial<SearchFacets>> {
    const active = (Object.keys(FILTER_FACETS) as (keyof SearchFilters)[]).filter(
      (filter) => (request.filters[filter]?.length ?? 0) > 0,
    );
    if (active.length === 0) return {};
    const { results } = await this.client.multiSearch({
      queries: active.map((filter) => ({
        indexUid: this.indexUid,
        q,
        filter: toMeilisearchFilter({ ...request.filters, [filter]: undefined }, request.access),
        facets: [FACET_ATTRIBUTES[FILTER_FACETS[filter]]],
        limit: 0,
        matchingStrategy: 'all' as const,
        locales: ['deu'],
      })),
    });
    return Object.fromEntries(
      active.map((filter, i) => {
        const facet = FILTER_FACETS[filter];
        return [facet, toFacetCounts(results[i]?.facetDistribution?.[FACET_ATTRIBUTES[facet]])];
      }),
    );
  }

  private async learn(documents: SearchDocument[]): Promise<void> {
    if (documents.length > 0) await this.vocabulary?.learn(documents);
  }

  private async addDocuments(indexUid: string, documents: SearchDocument[]): Promise<void> {
    const index = this.client.index<SearchDocument>(indexUid);
    const tasks: EnqueuedTask[] = [];
    for (let start = 0; start < documents.length; start += this.batchSize) {
      // POST /documents adds or replaces whole documents.
      tasks.push(await index.addDocuments(documents.slice(start, start + this.batchSize), { primaryKey: 'id' }));
    }
    for (const task of tasks) await this.run(Promise.resolve(task));
  }

  /** Creates the index; false when it already existed. */
  private async createIndex(indexUid: string): Promise<boolean> {
    const task = await this.client.tasks.waitForTask(await this.client.createIndex(indexUid, { primaryKey: 'id' }));
    if (task.status === 'failed' && task.error?.code === 'index_already_exists') return false;
    assertSucceeded(task);
    return true;
  }

  private async deleteIndexQuietly(indexUid: string): Promise<void> {
    try {
      await this.run(this.client.deleteIndex(indexUid));
    } catch (error) {
      this.logger.warn(`Could not delete Meilisearch index ${indexUid}: ${String(error)}`);
    }
  }

  /** Waits for an enqueued task (polling GET /tasks/:uid) and throws unless it succeeded. */
  private async run(enqueued: Promise<EnqueuedTask>): Promise<Task> {
    const task = await this.client.tasks.waitForTask(await enqueued);
    assertSucceeded(task);
    return task;
  }
}

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') throw new MeilisearchTaskError(task);
}

function toSearchHit(hit: Hit<SearchDocument>): SearchHit {
  const formatted = hit._formatted ?? {};
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const body = text(formatted.body);
  const summary = text(formatted.summary);
  // The cropped body around a match, else a matching summary, else the summary as a teaser.
  const snippet = [body, summary].find((part) => part.includes(HIGHLIGHT_PRE_TAG)) ?? (summary || body);
  return {
    id: hit.id,
    kind: hit.kind,
    entityId: hit.entityId,
    url: hit.url,
    title: hit.title,
    titleHighlighted: toSafeHighlight(text(formatted.title) || hit.title, HIGHLIGHT_PRE_TAG, HIGHLIGHT_POST_TAG),
    snippet: toSafeHighlight(snippet, HIGHLIGHT_PRE_TAG, HIGHLIGHT_POST_TAG),
    categoryPath: hit.categoryPath,
    language: hit.language,
    updatedAt: hit.updatedAt,
  };
}

function toSearchFacets(distribution: FacetDistribution | undefined): SearchFacets {
  const facets = emptyFacets();
  for (const facet of Object.keys(FACET_ATTRIBUTES) as (keyof SearchFacets)[]) {
    facets[facet] = toFacetCounts(distribution?.[FACET_ATTRIBUTES[facet]]);
  }
  return facets;
}

/** Most frequent first, ties by value, top SEARCH_SETTINGS.maxFacetValues. */
function toFacetCounts(counts: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, SEARCH_SETTINGS.maxFacetValues);
}
