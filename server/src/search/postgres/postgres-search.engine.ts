import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { SearchDocument } from '../engine/search-document';
import type { SearchEngine, SynonymGroups } from '../engine/search-engine';
import type { FacetCount, SearchFacets, SearchRequest, SearchResponse } from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { highlightMatches, snippetAround } from './highlight-matches';
import { buildSearchConditions, longerWordsKey, type SearchConditions, synonymsByTerm } from './search-conditions';
import { type ResultRow, searchStatements } from './search-statements';
import { type SearchLoad, splitWhenIdle } from './split-when-idle';
import { KnownWords, learnWords } from '../vocabulary/search-vocabulary';
import { WordLookupCache } from '../vocabulary/word-lookup-cache';
import { wordsToLearn } from '../vocabulary/vocabulary-rules';

const COLUMNS = `id text, kind text, entity_id uuid, url text, title text, summary text, headings text, body text,
  tags text[], category_path text[], category_ids uuid[], language text, status text, visibility text,
  agency_id uuid, agency_name text, updated_at timestamptz, generation bigint`;

const INSERT = `
  INSERT INTO search_document (id, kind, entity_id, url, title, summary, headings, body, tags, category_path, category_ids,
    language, status, visibility, agency_id, agency_name, updated_at, generation, head, vector, normalized_title)
  SELECT d.id, d.kind, d.entity_id, d.url, d.title, d.summary, d.headings, d.body, d.tags, d.category_path, d.category_ids,
    d.language, d.status, d.visibility, d.agency_id, d.agency_name, d.updated_at, d.generation,
    h.head, h.head || setweight(to_tsvector('german', wn_search_normalize(d.body)), 'D'), wn_search_normalize(d.title)
  FROM jsonb_to_recordset($1::jsonb) AS d(${COLUMNS}),
    LATERAL (SELECT setweight(to_tsvector('german', wn_search_normalize(d.title)), 'A')
      || setweight(to_tsvector('german', wn_search_normalize(array_to_string(d.tags, ' '))), 'B')
      || setweight(to_tsvector('german', wn_search_normalize(d.summary || ' ' || d.headings)), 'C')
      || wn_search_category_lexemes(d.category_ids) AS head) AS h
  ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, url = EXCLUDED.url,
    title = EXCLUDED.title, summary = EXCLUDED.summary, headings = EXCLUDED.headings, body = EXCLUDED.body,
    tags = EXCLUDED.tags, category_path = EXCLUDED.category_path, category_ids = EXCLUDED.category_ids,
    language = EXCLUDED.language, status = EXCLUDED.status, visibility = EXCLUDED.visibility,
    agency_id = EXCLUDED.agency_id, agency_name = EXCLUDED.agency_name, updated_at = EXCLUDED.updated_at,
    generation = EXCLUDED.generation, head = EXCLUDED.head, vector = EXCLUDED.vector,
    normalized_title = EXCLUDED.normalized_title`;

const BATCH = 500;
/** Synonyms are cached per process; another instance's change reaches this one within this time. */
const SYNONYM_CACHE_MS = 10_000;

interface PgClient {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * Full-text search in PostgreSQL (real server or embedded PGlite): German stemming, umlaut
 * folding, compound words through the word list, typo tolerance from the same list, synonyms,
 * phrases and exclusions. One statement answers hits, total and facets (with little load, two at
 * once: see splitWhenIdle); its work is bounded (see searchStatements). Tables come from the
 * migrations AddPostgresSearchIndex and SpeedUpPostgresSearch.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  /** Searches running in this process: splitting a statement pays only while it is the only one. */
  private searches = 0;
  private synonymCache: { byTerm: ReadonlyMap<string, string[]>; loadedAt: number } | undefined;
  /** Known words need no look-up for typo corrections. */
  private readonly knownWords = new KnownWords();

  constructor(
    private readonly dataSource: DataSource,
    /** Compound words and corrections of repeated search words need no scan of the word list. */
    private readonly wordLookups = new WordLookupCache(),
    /** When a search counts on a second connection, beside its hits (see splitWhenIdle). */
    private readonly splitStatements: (load: SearchLoad) => boolean = splitWhenIdle,
  ) {}

  async prepare(): Promise<void> {
    const [row] = await this.dataSource.query<{ n: string }[]>('SELECT count(*)::text AS n FROM search_synonym');
    if (row?.n === '0') await this.setSynonyms(SEARCH_SETTINGS.defaultSynonyms.map((group) => [...group]));
  }

  async upsert(documents: SearchDocument[], generation = 0): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const rows = batch.map((doc) => ({
        id: doc.id,
        kind: doc.kind,
        entity_id: doc.entityId,
        url: doc.url,
        title: doc.title,
        summary: doc.summary,
        headings: doc.headings.join(' '),
        body: doc.body,
        tags: doc.tags,
        category_path: doc.categoryPath,
        category_ids: doc.categoryIds,
        language: doc.language,
        status: doc.status,
        visibility: doc.visibility,
        agency_id: doc.agencyId,
        agency_name: doc.agencyName,
        updated_at: doc.updatedAt,
        generation,
      }));
      // The word list is built while the database inserts the documents.
      const inserted = this.dataSource.query(INSERT, [JSON.stringify(rows)]);
      await Promise.all([inserted, learnWords(this.dataSource, wordsToLearn(batch))]);
      // New words may be compounds or corrections of remembered search words.
      this.wordLookups.clear();
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.dataSource.query('DELETE FROM search_document WHERE id = ANY($1::text[])', [ids]);
  }

  async setSynonyms(groups: SynonymGroups): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM search_synonym');
      for (const [index, group] of groups.entries()) {
        const terms = [...new Set(group.map((term) => term.trim()).filter(Boolean))];
        if (terms.length < 2) continue;
        await manager.query('INSERT INTO search_synonym (group_id, term) SELECT $1, unnest($2::text[])', [
          index + 1,
          terms,
        ]);
      }
    });
    this.synonymCache = undefined;
  }

  async synonyms(): Promise<SynonymGroups> {
    const rows = await this.dataSource.query<{ terms: string[] }[]>(
      'SELECT array_agg(term ORDER BY term) AS terms FROM search_synonym GROUP BY group_id ORDER BY group_id',
    );
    return rows.map((row) => row.terms);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<void> {
    // Rows of the new generation replace the old ones in place; searches keep working meanwhile.
    const generation = Date.now();
    let indexed = 0;
    // The next batch is read and built while the database indexes this one (both cores busy).
    const iterator = batches[Symbol.asyncIterator]();
    let next = iterator.next();
    for (;;) {
      const result = await next;
      if (result.done) break;
      const batch = result.value;
      next = iterator.next();
      // Rejections surface when it is awaited; until then it must not count as unhandled.
      next.catch(() => undefined);
      await this.upsert(batch, generation);
      indexed += batch.length;
      onProgress?.(indexed);
    }
    await this.dataSource.query('DELETE FROM search_document WHERE generation <> $1', [generation]);
    // Fast-update GIN indexes keep recent entries in a pending list that every search scans; merge it now.
    await this.dataSource.query(
      `SELECT gin_clean_pending_list(inhrelid) FROM pg_inherits
       WHERE inhparent IN ('search_document_vector'::regclass, 'search_document_head'::regclass)`,
    );
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    this.searches++;
    try {
      return await this.searchNow(request);
    } finally {
      this.searches--;
    }
  }

  private async searchNow(request: SearchRequest): Promise<SearchResponse> {
    const conditions = await buildSearchConditions(
      this.dataSource,
      request,
      await this.synonymsByTerm(),
      this.knownWords,
      this.wordLookups,
    );
    let result = await this.query(request, conditions, conditions.hasText);
    // Only stop words ("und der"): nothing to match, so every document counts, as without text.
    if (conditions.hasText && result?.no_text) result = await this.query(request, conditions, false);
    const stems = result?.stems ?? [];
    const totalCount = Number(result?.total ?? 0);
    const facetCounts = (key: keyof SearchFacets): FacetCount[] =>
      (result?.facets[key] ?? []).map(([value, count]) => ({ value: String(value), count: Number(count) }));
    return {
      hits: (result?.hits ?? []).map((row) => ({
        id: row.id,
        kind: row.kind,
        entityId: row.entity_id,
        url: row.url,
        title: row.title,
        titleHighlighted: highlightMatches(row.title, stems),
        snippet: snippetAround(`${row.summary} ${row.body}`, stems, SEARCH_SETTINGS.snippetLength),
        categoryPath: row.category_path,
        language: row.language,
        updatedAt: new Date(row.updated_at).toISOString(),
      })),
      totalCount,
      facets: {
        kind: facetCounts('kind'),
        category: facetCounts('category'),
        language: facetCounts('language'),
        tag: facetCounts('tag'),
        agency: facetCounts('agency'),
      },
      suggestion: totalCount === 0 || conditions.corrected ? conditions.suggestion : null,
      ...(typeof result?.suggestion_visible === 'boolean' ? { suggestionVisible: result.suggestion_visible } : {}),
    };
  }

  /** Hits, total and facets in one statement, or in two at once (see splitWhenIdle). */
  private async query(
    request: SearchRequest,
    conditions: SearchConditions,
    withText: boolean,
  ): Promise<ResultRow | undefined> {
    const split = this.splitStatements({ driver: this.dataSource.driver as PostgresDriver, searches: this.searches });
    const { values, texts } = searchStatements(request, conditions, { withText, split });
    let row: ResultRow | undefined;
    if (texts.length === 2) {
      // The ranking and the counting (total, facets) run on two cores instead of one after the other.
      const [[hits], [counts]] = await Promise.all(texts.map((text) => this.prepared<ResultRow>(text, values)));
      row = hits &&
        counts && { ...hits, ...counts, found_words: [...(hits.found_words ?? []), ...(counts.found_words ?? [])] };
    } else {
      [row] = await this.prepared<ResultRow>(texts[0], values);
    }
    for (const [kind, text, words] of row?.found_words ?? []) this.wordLookups.set(longerWordsKey(kind, text), words);
    return row;
  }

  /**
   * Runs a statement as a named prepared statement of the connection (named by its text), so
   * PostgreSQL plans it a few times and then reuses a generic plan. The text queries are
   * computed inside the statement (see SearchConditions), so a generic plan is as good as a
   * custom one: its estimates do not depend on the words.
   */
  private async prepared<T>(text: string, values: unknown[]): Promise<T[]> {
    const driver = this.dataSource.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [PgClient, () => void];
    try {
      const name = `wn_search_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      const result = await client.query<T>({ name, text, values });
      return result.rows;
    } finally {
      release();
    }
  }

  private async synonymsByTerm(): Promise<ReadonlyMap<string, string[]>> {
    const cached = this.synonymCache;
    if (cached && Date.now() - cached.loadedAt < SYNONYM_CACHE_MS) return cached.byTerm;
    const byTerm = synonymsByTerm(await this.synonyms());
    this.synonymCache = { byTerm, loadedAt: Date.now() };
    return byTerm;
  }
}
