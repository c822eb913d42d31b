import type { SearchDocument } from '../engine/search-document';
import type { SearchFacets, SearchRequest } from '../engine/search-request';
import { SEARCH_SETTINGS } from '../engine/search-settings';
import { type FilterName, foundLongerWords, type SearchConditions } from './search-conditions';
import { SqlParams } from './sql-params';

/** Matches counted exactly; beyond, counts are extrapolated from these (like Meilisearch's estimatedTotalHits). */
const EXACT_MATCHES = 500;
/** Documents matching in the head vector that compete for the first places, besides the exactly counted matches. */
const HEAD_CANDIDATES = 300;
/** Candidates (best by head rank) whose whole text is ranked. */
const RANK_WINDOW = 100;
/** Testing a document for a match costs about this many times reading a match (see newestMatches). */
const WALK_COST = 10;

const FACETS: { key: keyof SearchFacets; filter: FilterName; expression: string }[] = [
  { key: 'kind', filter: 'kinds', expression: 'f.kind' },
  // Ids are grouped as uuids (cheaper than as text) and become strings in the JSON.
  { key: 'category', filter: 'categoryIds', expression: 'unnest(f.category_ids)' },
  { key: 'language', filter: 'languages', expression: 'f.language' },
  { key: 'tag', filter: 'tags', expression: 'unnest(f.tags)' },
  { key: 'agency', filter: 'agencyIds', expression: 'f.agency_id' },
];

export interface ResultRow {
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
 * The SQL of one search, whose text depends only on the request's shape (see SearchConditions):
 * one statement that answers hits, total, facets and the suggestion check, or (split) a `hits`
 * and a `counts` statement that answer the same at once on two connections. Every statement
 * takes all of `values`.
 */
export interface SearchStatements {
  values: unknown[];
  texts: [whole: string] | [hits: string, counts: string];
}

/**
 * The newest matches first (sorted by last update), in one of three ways chosen inside the
 * statement: all matches counted (at most the cap) are sorted as they are; with many matches,
 * the documents are walked newest first and tested one by one, which reaches a page after about
 * (offset + limit) ÷ share of matching documents; in between, every match is read from the
 * index and sorted (reading all 50,000 matches of a common word took 90 ms). The walk wins when
 * total² ≥ WALK_COST × (offset + limit) × documents (testing a document reads its whole vector,
 * about ten times the cost of reading a match). All three give the same rows.
 */
function newestMatches(
  params: SqlParams,
  conditions: SearchConditions,
  request: SearchRequest,
  cap: string,
  columns: string,
): string[] {
  const page = `ORDER BY d.updated_at DESC, d.id
         LIMIT ${params.add(request.limit)}::int OFFSET ${params.add(request.offset)}::int`;
  const reach = params.add(request.offset + request.limit);
  return [
    // Documents from the partitions' statistics (never analyzed: 0, so the walk is taken).
    `newest_way AS MATERIALIZED (SELECT CASE WHEN t.seen <= ${cap}::int THEN 'counted'
       WHEN t.total::float8 * t.total >= ${WALK_COST} * ${reach}::int * (SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)
         FROM pg_class c JOIN parts p ON p.oid = c.oid) THEN 'walk' ELSE 'sort' END AS way FROM m_total t)`,
    // The walk tests the match with IS TRUE: no index condition then, so the planner follows the
    // update-time index instead of reading every match.
    `hits AS ((SELECT ${columns} FROM m JOIN search_document d USING (id)
         WHERE (SELECT way FROM newest_way) = 'counted' ${page})
       UNION ALL (SELECT ${columns} FROM search_document d WHERE (SELECT way FROM newest_way) = 'walk'
         AND ${conditions.where(params, undefined, false)} AND (d.vector @@ (SELECT match FROM tq)) IS TRUE ${page})
       UNION ALL (SELECT ${columns} FROM search_document d WHERE (SELECT way FROM newest_way) = 'sort'
         AND ${conditions.where(params, undefined, true)} ${page}))`,
  ];
}

export function searchStatements(
  request: SearchRequest,
  conditions: SearchConditions,
  { withText, split }: { withText: boolean; split: boolean },
): SearchStatements {
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
  const byRelevance = withText && request.sort === 'RELEVANCE';
  const headMatch = byRelevance ? conditions.headMatch() : null;
  const phraseRank = byRelevance && !headMatch ? conditions.rank('d.vector') : null;
  if (headMatch) {
    // Relevance over a bounded candidate set: documents matching in the head (title, tags,
    // summary, headings) plus the exactly counted matches, ranked by the inline head vector;
    // only the best of them have their whole (TOASTed) text ranked.
    const window = params.add(Math.max(RANK_WINDOW, request.offset + request.limit));
    const firstHeads = `greatest(${HEAD_CANDIDATES}, ${window}::int)`;
    // The head candidates: every head match when all matches were counted, else the first ones.
    // With every match counted, the head matches are among them (a word in the head is a word
    // of the whole text): found there without a second scan of each partition's index.
    const headFromMatches = `h AS MATERIALIZED (SELECT id, updated_at, head, normalized_title FROM m
         WHERE (SELECT seen FROM m_seen) <= ${cap}::int AND m.head @@ (SELECT head FROM tq)
         UNION ALL (SELECT * FROM h_all WHERE (SELECT seen FROM m_seen) > ${cap}::int LIMIT ${firstHeads}))`;
    // The same set from the head index first, for a hits statement that counts nothing else: at
    // most firstHeads head matches are all of them either way, more than the cap mean more
    // matches than counted; only in between do the matches have to be read (and counted).
    const headFromIndex = [
      `hh AS MATERIALIZED (SELECT * FROM h_all LIMIT ${cap}::int + 1)`,
      `hh_whole AS MATERIALIZED (SELECT CASE WHEN c.n <= ${firstHeads} THEN true WHEN c.n > ${cap}::int THEN false
         ELSE (SELECT seen FROM m_seen) <= ${cap}::int END AS whole FROM (SELECT count(*) AS n FROM hh) c)`,
      `h AS MATERIALIZED (SELECT * FROM hh WHERE (SELECT whole FROM hh_whole)
         UNION ALL (SELECT * FROM hh WHERE NOT (SELECT whole FROM hh_whole) LIMIT ${firstHeads}))`,
    ].join(',\n');
    ctes.push(
      `h_all AS MATERIALIZED (SELECT d.id, d.updated_at, d.head, d.normalized_title FROM search_document d
         WHERE ${conditions.where(params, undefined, false)} AND ${headMatch})`,
      split ? headFromIndex : headFromMatches,
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
  } else if (phraseRank) {
    // Phrases without words: no head to preselect by; the counted matches (phrases are rarely
    // common) are ranked on their whole text.
    ctes.push(
      `hits AS (SELECT ${columns} FROM m JOIN search_document d USING (id)
         ORDER BY ${phraseRank} DESC, d.updated_at DESC, d.id
         LIMIT ${params.add(request.limit)}::int OFFSET ${params.add(request.offset)}::int)`,
    );
  } else if (withText) {
    ctes.push(...newestMatches(params, conditions, request, cap, columns));
  } else {
    ctes.push(
      `hits AS (SELECT ${columns} FROM search_document d WHERE ${conditions.where(params, undefined, false)}
         ORDER BY d.updated_at DESC, d.id LIMIT ${params.add(request.limit)}::int OFFSET ${params.add(request.offset)}::int)`,
    );
  }
  const check = conditions.suggestionVisible(params);
  // In a CTE like every other parameter: a statement's parameters are those its text uses.
  if (check) ctes.push(...check.ctes, `suggestion AS (SELECT ${check.visible} AS visible)`);
  const text = withText
    ? '(SELECT match IS NULL FROM tq) AS no_text, (SELECT stems FROM tq) AS stems'
    : 'false AS no_text, ARRAY[]::text[] AS stems';
  const hitsPart = `(SELECT coalesce(json_agg(hits), '[]') FROM hits) AS hits, ${text}`;
  const countsPart = `(SELECT total FROM m_total)::int AS total, json_build_object(${facetSelects.join(', ')}) AS facets,
       ${check ? '(SELECT visible FROM suggestion)' : 'NULL::boolean'} AS suggestion_visible`;
  const statement = (select: string, textCtes: string[]) =>
    `WITH ${ctes.join(',\n')}\n       SELECT ${select}, ${foundLongerWords(textCtes)} AS found_words`;
  const hitsCtes = withText ? ['tq'] : [];
  const countsCtes = check ? ['sq'] : [];
  return {
    values: params.values,
    // Both statements share the CTEs: PostgreSQL skips those a statement does not use.
    texts: split
      ? [statement(hitsPart, hitsCtes), statement(countsPart, countsCtes)]
      : [statement(`${hitsPart}, ${countsPart}`, [...hitsCtes, ...countsCtes])],
  };
}
