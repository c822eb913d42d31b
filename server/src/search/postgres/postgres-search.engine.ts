import type { DataSource } from 'typeorm';
import type { SearchDocument } from '../engine/search-document';
import type { SearchEngine, SynonymGroups } from '../engine/search-engine';
import type { FacetCount, SearchFacets, SearchRequest, SearchResponse } from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { highlightMatches, snippetAround } from './highlight-matches';
import { normalizeSearchText } from './normalize-search-text';
import { buildSearchConditions, type SearchConditions } from './search-conditions';
import { SqlParams } from './sql-params';

const COLUMNS = `id text, kind text, entity_id uuid, url text, title text, summary text, headings text, body text,
  tags text[], category_path text[], category_ids uuid[], language text, status text, visibility text,
  agency_id uuid, agency_name text, updated_at timestamptz, generation bigint`;

const INSERT = `
  INSERT INTO search_document (id, kind, entity_id, url, title, summary, headings, body, tags, category_path, category_ids,
    language, status, visibility, agency_id, agency_name, updated_at, generation, vector, normalized, normalized_title)
  SELECT d.id, d.kind, d.entity_id, d.url, d.title, d.summary, d.headings, d.body, d.tags, d.category_path, d.category_ids,
    d.language, d.status, d.visibility, d.agency_id, d.agency_name, d.updated_at, d.generation,
    setweight(to_tsvector('german', wn_search_normalize(d.title)), 'A')
      || setweight(to_tsvector('german', wn_search_normalize(array_to_string(d.tags, ' '))), 'B')
      || setweight(to_tsvector('german', wn_search_normalize(d.summary || ' ' || d.headings)), 'C')
      || setweight(to_tsvector('german', wn_search_normalize(d.body)), 'D'),
    wn_search_normalize(concat_ws(' ', d.title, array_to_string(d.tags, ' '), d.summary, d.headings, d.body)),
    wn_search_normalize(d.title)
  FROM jsonb_to_recordset($1::jsonb) AS d(${COLUMNS})
  ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, url = EXCLUDED.url,
    title = EXCLUDED.title, summary = EXCLUDED.summary, headings = EXCLUDED.headings, body = EXCLUDED.body,
    tags = EXCLUDED.tags, category_path = EXCLUDED.category_path, category_ids = EXCLUDED.category_ids,
    language = EXCLUDED.language, status = EXCLUDED.status, visibility = EXCLUDED.visibility,
    agency_id = EXCLUDED.agency_id, agency_name = EXCLUDED.agency_name, updated_at = EXCLUDED.updated_at,
    generation = EXCLUDED.generation, vector = EXCLUDED.vector, normalized = EXCLUDED.normalized,
    normalized_title = EXCLUDED.normalized_title`;

const WORDS_FOR_TYPOS = /[\p{L}\p{N}]{4,}/gu;
const BATCH = 200;

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
 * folding, compound words through trigram substring matches, typo tolerance from a word list,
 * synonyms, phrases and exclusions. Tables come from the migration AddPostgresSearchIndex.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

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
      await this.dataSource.query(INSERT, [JSON.stringify(rows)]);
      const words = new Set<string>();
      for (const doc of batch) {
        const text = normalizeSearchText(
          [doc.title, doc.summary, doc.headings.join(' '), doc.body, doc.tags.join(' ')].join(' '),
        );
        for (const match of text.matchAll(WORDS_FOR_TYPOS)) words.add(match[0]);
      }
      await this.dataSource.query(
        'INSERT INTO search_term (word) SELECT unnest($1::text[]) ON CONFLICT (word) DO NOTHING',
        [[...words]],
      );
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
    for await (const batch of batches) {
      await this.upsert(batch, generation);
      indexed += batch.length;
      onProgress?.(indexed);
    }
    await this.dataSource.query('DELETE FROM search_document WHERE generation <> $1', [generation]);
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const conditions = await buildSearchConditions(this.dataSource, request);
    const params = new SqlParams();
    const where = conditions.where(params);
    // Only build the rank expression when it is used: its parameters must all appear in the SQL.
    const rank = request.sort === 'RELEVANCE' ? conditions.rank(params) : null;
    const order = rank ? `${rank} DESC, d.updated_at DESC, d.id` : 'd.updated_at DESC, d.id';
    const rows = await this.dataSource.query<HitRow[]>(
      `SELECT d.id, d.kind, d.entity_id, d.url, d.title, d.summary, d.body, d.category_path, d.language, d.updated_at
       FROM search_document d WHERE ${where} ORDER BY ${order} LIMIT ${params.add(request.limit)} OFFSET ${params.add(request.offset)}`,
      params.values,
    );
    const countParams = new SqlParams();
    const [count] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*)::text AS n FROM search_document d WHERE ${conditions.where(countParams)}`,
      countParams.values,
    );
    const totalCount = Number(count?.n ?? 0);
    return {
      hits: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        entityId: row.entity_id,
        url: row.url,
        title: row.title,
        titleHighlighted: highlightMatches(row.title, conditions.stems),
        snippet: snippetAround(`${row.summary} ${row.body}`, conditions.stems, SEARCH_SETTINGS.snippetLength),
        categoryPath: row.category_path,
        language: row.language,
        updatedAt: new Date(row.updated_at).toISOString(),
      })),
      totalCount,
      facets: await this.facets(conditions),
      suggestion: totalCount === 0 || conditions.corrected ? conditions.suggestion : null,
    };
  }

  /** Each facet counts with every filter except its own, so other values stay visible (OR within a facet). */
  private async facets(conditions: SearchConditions): Promise<SearchFacets> {
    const facet = async (
      expression: string,
      exclude: keyof SearchConditions['filterClauses'],
    ): Promise<FacetCount[]> => {
      const params = new SqlParams();
      const rows = await this.dataSource.query<{ value: string | null; count: string }[]>(
        `SELECT value, count(*)::text AS count FROM (SELECT ${expression} AS value FROM search_document d
         WHERE ${conditions.where(params, exclude)}) f WHERE value IS NOT NULL
         GROUP BY value ORDER BY count(*) DESC, value LIMIT ${SEARCH_SETTINGS.maxFacetValues}`,
        params.values,
      );
      return rows.map((row) => ({ value: String(row.value), count: Number(row.count) }));
    };
    const [kind, category, language, tag, agency] = await Promise.all([
      facet('d.kind', 'kinds'),
      facet('unnest(d.category_ids)::text', 'categoryIds'),
      facet('d.language', 'languages'),
      facet('unnest(d.tags)', 'tags'),
      facet('d.agency_id::text', 'agencyIds'),
    ]);
    return { kind, category, language, tag, agency };
  }
}
