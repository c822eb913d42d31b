import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { SearchDocument } from '../engine/search-document';
import type { SearchEngine, SynonymGroups } from '../engine/search-engine';
import type { FacetCount, SearchFacets, SearchRequest, SearchResponse } from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { highlightMatches, snippetAround } from './highlight-matches';
import {
  buildSearchConditions,
  type FilterName,
  foundLongerWords,
  longerWordsKey,
  type SearchConditions,
  synonymsByTerm,
} from './search-conditions';
import { type SearchLoad, splitWhenIdle } from './split-when-idle';
import { SqlParams } from './sql-params';
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
/** Matches counted exactly; beyond, counts are extrapolated from these (like Meilisearch's estimatedTotalHits). */
const EXACT_MATCHES = 500;
/** Documents matching in the head vector that compete for the first places, besides the exactly counted matches. */
const HEAD_CANDIDATES = 300;
/** Candidates (best by head rank) whose whole text is ranked. */
const RANK_WINDOW = 100;
/** Synonyms are cached per process; another instance's change reaches this one within this time. */
const SYNONYM_CACHE_MS = 10_000;

const FACETS: { key: keyof SearchFacets; filter: FilterName; expression: string }[] = [
  { key: 'kind', filter: 'kinds', expression: 'f.kind' },
  // Ids are grouped as uuids (cheaper than as text) and become strings in the JSON.
  { key: 'category', filter: 'categoryIds', expression: 'unnest(f.category_ids)' },
  { key: 'language', filter: 'languages', expression: 'f.language' },
  { key: 'tag', filter: 'tags', expression: 'unnest(f.tags)' },
  { key: 'agency', filter: 'agencyIds', expression: 'f.agency_id' },
];

interface ResultRow {
  hits: HitRow[];
  total: number | string;
  facets: Record<keyof SearchFacets, [string, number | string][]>;
  /** Every word was a stop word: there was nothing to match. */
  no_text: boolean;
  /** Stems and prefixes to highlight. */
  stems: string[];
  suggestion_visible: boolean | null;
  /** Longer words the statement looked up: [kind, text, words]. */
  found_words: [string, string, string[]][] | null;
}

interface PgClient {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

interface HitRow {
  id: string;
  kind: SearchDocument['kind'];
  entity_id: string;
  url: string;
  title: string;
  summary: string;
  body: string;
  category_path: string[];
  language: string;
  updated_at: Date;
}

/**
 * Full-text search in PostgreSQL (real server or embedded PGlite): German stemming, umlaut
 * folding, compound words through the word list, typo tolerance from the same list, synonyms,
 * phrases and exclusions. One statement answers hits, total and facets (with little load, two at
 * once: see splitWhenIdle); its work is bounded
 * (see EXACT_MATCHES, HEAD_CANDIDATES). Tables come from the migrations AddPostgresSearchIndex
 * and SpeedUpPostgresSearch.
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
    /** When a search with facets counts them on a second connection, beside its hits (see splitWhenIdle). */
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

  /** Hits, total and facets in one statement (or two at once), whose text depends only on the request's shape. */
  private async query(
    request: SearchRequest,
    conditions: SearchConditions,
    withText: boolean,
  ): Promise<ResultRow | undefined> {
    const params = new SqlParams();
    const cap = params.add(Math.max(EXACT_MATCHES, request.offset + request.limit));
    // Partitions in the order the planner appends them (by remainder; names are zero-padded).
    const ctes: string[] = [
      ...(withText ? conditions.ctes(params) : []),
      `parts AS (SELECT inhrelid AS oid, row_number() OVER (ORDER BY inhrelid::regclass::text) - 1 AS ordinal,
         count(*) OVER () AS n, greatest(pg_relation_size(inhrelid) / current_setting('block_size')::bigint, 1) AS blocks
         FROM pg_inherits WHERE inhparent = 'search_document'::regclass)`,
    ];
    // Matches come lazily, partition after partition (each from its own small bitmap scan); only
    // the first cap + 1 are read. MATERIALIZED keeps the planner from a sequential scan that would
    // unpack every large vector.
    const matches = (name: string, withoutFilter?: FilterName): string => {
      ctes.push(
        `${name}_all AS MATERIALIZED (SELECT d.id, d.kind, d.language, d.agency_id, d.category_ids, d.tags, d.updated_at,
           d.head, d.normalized_title, d.tableoid AS part, (d.ctid::text::point)[0] AS block FROM search_document d
           WHERE ${conditions.where(params, withoutFilter, withText)})`,
        `${name} AS MATERIALIZED (SELECT * FROM ${name}_all LIMIT ${cap}::int + 1)`,
        // Beyond the cap: extrapolate by the share of the partitions the matches came from. The
        // partitions are hash buckets, so each holds about the same share of every word; in the
        // last one reached, count from its first match on (live rows can sit behind dead ones).
        // Only read when there are more matches than counted (a subquery in the CASE's ELSE).
        `${name}_last AS (SELECT p.ordinal, p.n, p.blocks, b.first_block, b.last_block FROM (SELECT part,
           min(block) AS first_block, max(block) AS last_block FROM ${name} GROUP BY part) b
           JOIN parts p ON p.oid = b.part ORDER BY p.ordinal DESC LIMIT 1)`,
        // The count alone, for uses that need no extrapolation (which reads the partitions' sizes).
        `${name}_seen AS (SELECT count(*) AS seen FROM ${name})`,
        `${name}_total AS (SELECT s.seen, CASE WHEN s.seen <= ${cap}::int THEN s.seen
           ELSE (SELECT greatest(s.seen, round(s.seen * l.n / (l.ordinal
             + (l.last_block - l.first_block + 1.0) / greatest(l.blocks - l.first_block, l.last_block - l.first_block + 1))))
             FROM ${name}_last l)
           END AS total FROM ${name}_seen s)`,
      );
      return name;
    };
    matches('m');
    const facetSelects = (request.facets === false ? [] : FACETS).map(({ key, filter, expression }) => {
      const source = conditions.filterClauses[filter] ? matches(`m_${key}`, filter) : 'm';
      // Counted by value alone; only the values shown are scaled to the (extrapolated) total.
      return `'${key}', (SELECT coalesce(json_agg(json_build_array(c.value, round(c.n * t.total / greatest(t.seen, 1)))
          ORDER BY c.n DESC, c.value), '[]') FROM (
          SELECT value, count(*) AS n FROM (SELECT ${expression} AS value FROM ${source} f) v
          WHERE value IS NOT NULL GROUP BY value
          ORDER BY n DESC, value LIMIT ${SEARCH_SETTINGS.maxFacetValues}) c, ${source}_total t)`;
    });

    const columns =
      'd.id, d.kind, d.entity_id, d.url, d.title, d.summary, d.body, d.category_path, d.language, d.updated_at';
    const headMatch = withText && request.sort === 'RELEVANCE' ? conditions.headMatch() : null;
    let headFromMatches: string | undefined;
    let headFromIndex: string | undefined;
    if (headMatch) {
      // Relevance over a bounded candidate set: documents matching in the head (title, tags,
      // summary, headings) plus the exactly counted matches, ranked by the inline head vector;
      // only the best of them have their whole (TOASTed) text ranked.
      const window = params.add(Math.max(RANK_WINDOW, request.offset + request.limit));
      const firstHeads = `greatest(${HEAD_CANDIDATES}, ${window}::int)`;
      // The head candidates: every head match when all matches were counted, else the first ones.
      // With every match counted, the head matches are among them (a word in the head is a word
      // of the whole text): found there without a second scan of each partition's index.
      headFromMatches = `h AS MATERIALIZED (SELECT id, updated_at, head, normalized_title FROM m
           WHERE (SELECT seen FROM m_seen) <= ${cap}::int AND m.head @@ (SELECT head FROM tq)
           UNION ALL (SELECT * FROM h_all WHERE (SELECT seen FROM m_seen) > ${cap}::int LIMIT ${firstHeads}))`;
      // The same set from the head index first, for a hits statement that counts nothing else: at
      // most firstHeads head matches are all of them either way, more than the cap mean more
      // matches than counted; only in between do the matches have to be read (and counted).
      headFromIndex = [
        `hh AS MATERIALIZED (SELECT * FROM h_all LIMIT ${cap}::int + 1)`,
        `hh_whole AS MATERIALIZED (SELECT CASE WHEN c.n <= ${firstHeads} THEN true WHEN c.n > ${cap}::int THEN false
           ELSE (SELECT seen FROM m_seen) <= ${cap}::int END AS whole FROM (SELECT count(*) AS n FROM hh) c)`,
        `h AS MATERIALIZED (SELECT * FROM hh WHERE (SELECT whole FROM hh_whole)
           UNION ALL (SELECT * FROM hh WHERE NOT (SELECT whole FROM hh_whole) LIMIT ${firstHeads}))`,
      ].join(',\n');
      ctes.push(
        `h_all AS MATERIALIZED (SELECT d.id, d.updated_at, d.head, d.normalized_title FROM search_document d
           WHERE ${conditions.where(params, undefined, false)} AND ${headMatch})`,
        headFromMatches,
        // Each candidate once (by id: comparing whole rows would compare their head vectors). Matches
        // only in the body have no head rank, so they are needed only when the head matches do not
        // fill the window (a compound in the title beyond the word list's alternatives is the rare
        // exception that the title bonus would have lifted).
        `candidates AS (SELECT * FROM h UNION ALL
           SELECT id, updated_at, head, normalized_title FROM m
           WHERE (SELECT count(*) FROM h) < ${window}::int AND NOT EXISTS (SELECT 1 FROM h WHERE h.id = m.id))`,
        `best AS (SELECT d.id FROM candidates d ORDER BY ${conditions.rank('d.head') ?? '0'} DESC, d.updated_at DESC, d.id
           LIMIT ${window}::int)`,
        `hits AS (SELECT ${columns} FROM best JOIN search_document d USING (id)
           ORDER BY ${conditions.rank('d.vector') ?? '0'} DESC, d.updated_at DESC, d.id
           LIMIT ${params.add(request.limit)}::int OFFSET ${params.add(request.offset)}::int)`,
      );
    } else {
      ctes.push(
        `hits AS (SELECT ${columns} FROM search_document d WHERE ${conditions.where(params, undefined, withText)}
           ORDER BY d.updated_at DESC, d.id LIMIT ${params.add(request.limit)}::int OFFSET ${params.add(request.offset)}::int)`,
      );
    }
    const check = conditions.suggestionVisible(params);
    // In a CTE like every other parameter: a statement's parameters are those its text uses.
    if (check) ctes.push(...check.ctes, `suggestion AS (SELECT ${check.visible} AS visible)`);
    const text = withText
      ? '(SELECT match IS NULL FROM tq) AS no_text, (SELECT stems FROM tq) AS stems'
      : 'false AS no_text, ARRAY[]::text[] AS stems';
    // Two select lists over the same CTEs (PostgreSQL skips the CTEs a statement does not use).
    const hitsPart = `(SELECT coalesce(json_agg(hits), '[]') FROM hits) AS hits, ${text}`;
    const countsPart = `(SELECT total FROM m_total)::int AS total, json_build_object(${facetSelects.join(', ')}) AS facets,
         ${check ? '(SELECT visible FROM suggestion)' : 'NULL::boolean'} AS suggestion_visible`;
    const statement = (select: string, textCtes: string[], withCtes = ctes) =>
      `WITH ${withCtes.join(',\n')}\n       SELECT ${select}, ${foundLongerWords(textCtes)} AS found_words`;
    const hitsCtes = withText ? ['tq'] : [];
    const countsCtes = check ? ['sq'] : [];
    let row: ResultRow | undefined;
    if (this.splitStatements({ driver: this.dataSource.driver as PostgresDriver, searches: this.searches })) {
      // Hits and counts on two connections at once: the ranking and the counting (total, facets)
      // run on two cores instead of one after the other. The hits alone need the matches only
      // when the head matches do not settle the candidates.
      const hitsWith = ctes.map((cte) => (cte === headFromMatches && headFromIndex ? headFromIndex : cte));
      const [[hits], [counts]] = await Promise.all([
        this.prepared<ResultRow>(statement(hitsPart, hitsCtes, hitsWith), params.values),
        this.prepared<ResultRow>(statement(countsPart, countsCtes), params.values),
      ]);
      row = hits &&
        counts && { ...hits, ...counts, found_words: [...(hits.found_words ?? []), ...(counts.found_words ?? [])] };
    } else {
      [row] = await this.prepared<ResultRow>(
        statement(`${hitsPart}, ${countsPart}`, [...hitsCtes, ...countsCtes]),
        params.values,
      );
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
