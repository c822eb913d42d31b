import type { DataSource } from 'typeorm';
import type { SearchFilters, SearchRequest } from '../engine/search-request';
import { normalizeSearchText } from './normalize-search-text';
import { parseSearchText } from './parse-search-text';
import type { SqlParams } from './sql-params';
import { correctWords, type KnownWords } from '../vocabulary/search-vocabulary';
import type { WordLookupCache } from '../vocabulary/word-lookup-cache';

type Clause = (params: SqlParams) => string;
/** A filter; `textColumn` is the tsvector column whose index the statement reads (for category lexemes). */
type FilterClause = (params: SqlParams, textColumn: 'd.vector' | 'd.head') => string;
export type FilterName = keyof Required<SearchFilters>;

/**
 * The search conditions as SQL whose text depends only on the shape of the request (words or
 * not, phrases or exclusions, which filters, sort): the words, their alternatives and the
 * compound words from the word list are parameters, turned into tsqueries once per statement
 * in the CTEs `tq_alt`, `tq_grp`, `tq_extra` and `tq`. So one prepared statement (and its
 * generic plan) serves every search of a shape; planning the 16 partitions of search_document
 * costs more than running the bounded query.
 */
export interface SearchConditions {
  /** CTEs that compute the text query (`tq`: match, head, extra, rank, patterns, stems); empty without text. */
  ctes(params: SqlParams): string[];
  /** The WHERE clause: access, filters (optionally without one facet's own) and text (unless withText is false). */
  where(params: SqlParams, withoutFilter?: FilterName, withText?: boolean): string;
  /** Every query word in the small head vector (title, tags, summary, headings); null without words. */
  headMatch(): string | null;
  /** A relevance expression over `column` (d.head: cheap, d.vector: full), or null when there is no text to rank by. */
  rank(column: 'd.head' | 'd.vector'): string | null;
  /** Words, phrases or exclusions were typed (they may still turn out to be stop words only: see tq.match). */
  hasText: boolean;
  filterClauses: Record<FilterName, FilterClause | null>;
  /** The text with typos corrected, when a correction was used. */
  suggestion: string | null;
  /**
   * CTEs (`sq`) and a boolean expression: does the suggestion find anything the viewer may see?
   * Null without a suggestion.
   */
  suggestionVisible(params: SqlParams): { ctes: string[]; visible: string } | null;
  corrected: boolean;
}

/** How an alternative of a word becomes a tsquery. */
type AlternativeKind = 'word' | 'prefix' | 'phrase';

interface Alternative {
  group: number;
  kind: AlternativeKind;
  /** Normalized; for prefixes letters and digits only. */
  text: string;
  /** Two typed words joined into one ("Kurs Abbruch" → "kursabbruch"); it does not keep a stop word's group. */
  joined?: boolean;
}

/** Keeps letters and digits only: safe inside a to_tsquery prefix expression. */
const lexemeSafe = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
const MIN_COMPOUND_FRAGMENT = 4;
/** Words (groups) whose presence in the title counts towards the final order. */
const TITLE_WORDS_COUNTED = 6;
/** Shorter words are not joined with their neighbour (see joinedWords). */
const MIN_JOINED_PART = 2;
const MAX_COMPOUNDS = 40;
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);
/** A literal text inside a PostgreSQL regular expression. */
const regexEscape = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}]/g, (char) => `\\${char}`);

/** The key of an alternative's longer words in a WordLookupCache. */
export const longerWordsKey = (kind: string, text: string): string => `longer:${kind}:${text}`;

/**
 * SQL for the longer words a statement looked up (JSON [[kind, text, words], …] or null), from
 * the text CTEs named in `names` ('tq', 'sq'), to remember under longerWordsKey(kind, text).
 */
export function foundLongerWords(names: readonly string[]): string {
  if (names.length === 0) return 'NULL::json';
  const rows = names.map(
    (name) => `SELECT kind, text, longer_words FROM ${name}_alt WHERE remembered IS NULL AND longer_words IS NOT NULL`,
  );
  return `(SELECT json_agg(json_build_array(kind, text, longer_words)) FROM (${rows.join(' UNION ALL ')}) found)`;
}

/** Synonyms by normalized term, from the groups an admin keeps. */
export function synonymsByTerm(groups: readonly string[][]): Map<string, string[]> {
  const byTerm = new Map<string, string[]>();
  for (const terms of groups) {
    const normalized = terms.map(normalizeSearchText);
    for (const term of normalized)
      byTerm.set(
        term,
        normalized.filter((other) => other !== term),
      );
  }
  return byTerm;
}

/**
 * The text query, computed once per statement from the alternatives (parameters):
 * - tq_alt: each alternative's own tsquery (word, prefix or phrase), its lexemes and the indexed
 *   words that contain its fragment (the text itself for prefixes, its first stem for words:
 *   "sprachkurs" → "sprachkurse", "berufssprachkurse", …; the LIKE pattern uses the trigram index
 *   on search_term). When there are at most MAX_COMPOUNDS of them, these exact words replace the
 *   prefix query (`fragment:*`): a prefix query collects every matching entry of each partition's
 *   GIN index, which cost about 0.2 ms per partition and word. Beyond, the prefix query stays and
 *   the shortest words containing the fragment are added;
 * - tq_grp: a word's alternatives ORed; a word whose every own alternative is a stop word is left
 *   out (a joined alternative does not keep it: "mit" of "Arbeit mit Trägern" must not be required);
 * - tq_extra: phrases that must occur and excluded words;
 * - tq: `match` (all of them, for the whole text), `head` (the words only, for the head vector),
 *   `extra`, `rank` (every alternative and phrase, ORed), the title patterns of the words that
 *   count (as LIKE patterns, and per word as one regular expression of its alternatives:
 *   `title_words`; phrases count as words there) and the stems to highlight. Queries are joined as text and parsed once
 *   (tsquery has no OR aggregate).
 * `OFFSET 0` keeps the look-up of longer words a subquery of its own: pulled up into the select
 * list, it ran once for each of its two uses in `q`. Longer words remembered in `longerWords`
 * are parameters; `tq_alt.longer_words` of rows without `remembered` are the ones looked up
 * (see foundLongerWords).
 */
function textCtes(
  params: SqlParams,
  name: string,
  alternatives: Alternative[],
  phrases: string[],
  excluded: string[],
  longerWords: WordLookupCache | undefined,
): string[] {
  const groups = params.add(alternatives.map((a) => a.group));
  const kinds = params.add(alternatives.map((a) => a.kind));
  const texts = params.add(alternatives.map((a) => a.text));
  const patterns = params.add(alternatives.map((a) => `%${likeEscape(lexemeSafe(a.text))}%`));
  // Remembered longer words (space-separated; '' for none), null where they must be looked up.
  const remembered = params.add(
    alternatives.map((a) => longerWords?.get(longerWordsKey(a.kind, a.text))?.join(' ') ?? null),
  );
  const joined = params.add(alternatives.map((a) => a.joined === true));
  const phraseList = params.add(phrases);
  // A phrase in the title counts like a word there.
  const phraseTitlePatterns = params.add(phrases.map((phrase) => `%${likeEscape(phrase)}%`));
  const phraseTitleWords = params.add(phrases.map(regexEscape));
  const excludedList = params.add(excluded);
  const part = (query: string) => `CASE WHEN numnode(${query}) > 0 THEN '(' || (${query})::text || ')' END`;
  return [
    `${name}_alt AS MATERIALIZED (SELECT a.grp, a.kind, a.text, a.pattern, a.remembered, a.joined, l.lexemes, f.longer_words,
       nullif(concat_ws(' | ', ${part('c.own_match')}, ${part('c.longer')}), '') AS q,
       CASE WHEN a.kind = 'phrase' THEN plainto_tsquery('german', a.text) ELSE o.own END AS rank
       FROM unnest(${groups}::int[], ${kinds}::text[], ${texts}::text[], ${patterns}::text[], ${remembered}::text[],
         ${joined}::boolean[]) AS a(grp, kind, text, pattern, remembered, joined),
       LATERAL (SELECT CASE WHEN a.kind <> 'prefix'
         THEN (SELECT array_agg(lexeme) FROM unnest(to_tsvector('german', a.text))) END AS lexemes) l,
       LATERAL (SELECT CASE a.kind WHEN 'prefix' THEN to_tsquery('german', a.text || ':*')
         WHEN 'phrase' THEN phraseto_tsquery('german', a.text) ELSE plainto_tsquery('german', a.text) END AS own,
         CASE a.kind WHEN 'prefix' THEN a.text WHEN 'word' THEN l.lexemes[1] END AS fragment) o,
       LATERAL (SELECT CASE WHEN length(o.fragment) >= ${MIN_COMPOUND_FRAGMENT} THEN coalesce(
         string_to_array(a.remembered, ' '),
         ARRAY(SELECT t.word FROM search_term t
           WHERE t.word LIKE '%' || replace(replace(replace(o.fragment, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
           ORDER BY length(t.word), t.word LIMIT ${MAX_COMPOUNDS + 1})) END AS longer_words OFFSET 0) f,
       LATERAL (SELECT CASE WHEN a.kind = 'prefix' AND cardinality(f.longer_words) <= ${MAX_COMPOUNDS} THEN NULL
           ELSE o.own END AS own_match,
         to_tsquery('german', nullif(array_to_string(CASE WHEN f.longer_words IS NULL THEN NULL
           WHEN cardinality(f.longer_words) <= ${MAX_COMPOUNDS} THEN f.longer_words
           ELSE array_prepend(o.fragment || ':*', f.longer_words[1:${MAX_COMPOUNDS}]) END, ' | '), '')) AS longer
         OFFSET 0) c)`,
    `${name}_grp AS MATERIALIZED (SELECT grp, string_agg(q, ' | ') AS q FROM ${name}_alt WHERE q IS NOT NULL GROUP BY grp
       HAVING bool_or(NOT joined))`,
    `${name}_extra AS MATERIALIZED (SELECT ${part("phraseto_tsquery('german', p)")} AS q FROM unnest(${phraseList}::text[]) p
       UNION ALL SELECT '!' || ${part("plainto_tsquery('german', e)")} FROM unnest(${excludedList}::text[]) e)`,
    `${name} AS MATERIALIZED (SELECT
       (SELECT string_agg('(' || q || ')', ' & ') FROM ${name}_grp)::tsquery AS head,
       (SELECT string_agg(q, ' & ') FROM (SELECT '(' || q || ')' FROM ${name}_grp UNION ALL SELECT q FROM ${name}_extra) x(q))::tsquery AS match,
       (SELECT string_agg(q, ' & ') FROM ${name}_extra)::tsquery AS extra,
       (SELECT string_agg(q, ' | ') FROM (SELECT ${part('a.rank')} FROM ${name}_alt a JOIN ${name}_grp g USING (grp)
          UNION ALL SELECT ${part("phraseto_tsquery('german', p)")} FROM unnest(${phraseList}::text[]) p) r(q))::tsquery AS rank,
       ARRAY(SELECT a.pattern FROM ${name}_alt a JOIN ${name}_grp g USING (grp)
         UNION ALL SELECT unnest(${phraseTitlePatterns}::text[])) AS patterns,
       ARRAY(SELECT string_agg(DISTINCT trim(BOTH '%' FROM a.pattern), '|') FROM ${name}_alt a JOIN ${name}_grp g USING (grp)
         GROUP BY a.grp UNION ALL SELECT unnest(${phraseTitleWords}::text[])) AS title_words,
       ARRAY(SELECT unnest(lexemes) FROM ${name}_alt UNION SELECT text FROM ${name}_alt WHERE kind = 'prefix'
         UNION SELECT lexeme FROM unnest(${phraseList}::text[]) p, unnest(to_tsvector('german', p))) AS stems)`,
  ];
}

interface QueryWord {
  raw: string;
  normalized: string;
  prefix: boolean;
}

function queryWordsOf(text: string): { words: QueryWord[]; phrases: string[]; excluded: string[] } {
  const parsed = parseSearchText(text);
  const words = parsed.words
    .map((raw, index) => ({
      raw,
      normalized: normalizeSearchText(raw),
      prefix: parsed.lastWordIsPrefix && index === parsed.words.length - 1,
    }))
    .filter((word) => lexemeSafe(word.normalized).length > 0);
  return {
    words,
    phrases: parsed.phrases.map(normalizeSearchText),
    excluded: parsed.excluded.map(normalizeSearchText),
  };
}

const wordOrPhrase = (text: string): AlternativeKind => (/\s/.test(text) ? 'phrase' : 'word');

/**
 * Two neighbouring words typed apart may be one word in the text ("Kurs Abbruch" for
 * "Kursabbruch"), as Meilisearch joins them too: the joined word is an alternative of both, so
 * the pair matches as both words or as the joined one. While the second is being typed, the
 * joined word is a prefix too.
 */
function joinedWords(words: readonly QueryWord[]): Alternative[] {
  const joined: Alternative[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    const left = lexemeSafe(words[index].normalized);
    const right = lexemeSafe(words[index + 1].normalized);
    if (left.length < MIN_JOINED_PART || right.length < MIN_JOINED_PART) continue;
    const kind = words[index + 1].prefix ? 'prefix' : 'word';
    for (const group of [index, index + 1]) joined.push({ group, kind, text: left + right, joined: true });
  }
  return joined;
}

/** Each word with its alternatives: as typed (and as a prefix while typing), synonyms, corrections, joined with a neighbour. */
function alternativesOf(
  words: readonly QueryWord[],
  synonyms: ReadonlyMap<string, string[]>,
  fixes: ReadonlyMap<string, string[]>,
): Alternative[] {
  return [...ownAlternativesOf(words, synonyms, fixes), ...joinedWords(words)];
}

function ownAlternativesOf(
  words: readonly QueryWord[],
  synonyms: ReadonlyMap<string, string[]>,
  fixes: ReadonlyMap<string, string[]>,
): Alternative[] {
  return words.flatMap((word, group) => {
    const corrections = fixes.get(word.normalized) ?? [];
    // A corrected word is one that no indexed word contains, so as a prefix it would match
    // nothing: its look-up is left out.
    const asPrefix = word.prefix && corrections.length === 0;
    return [
      ...(asPrefix ? [{ group, kind: 'prefix' as const, text: lexemeSafe(word.normalized) }] : []),
      // As typed; while typing "Sprachkurse", the complete word also matches through its stem.
      { group, kind: wordOrPhrase(word.normalized), text: word.normalized },
      ...[...(synonyms.get(word.normalized) ?? []), ...corrections].map((text) => ({
        group,
        kind: wordOrPhrase(text),
        text,
      })),
    ];
  });
}

export async function buildSearchConditions(
  dataSource: DataSource,
  request: SearchRequest,
  synonyms: ReadonlyMap<string, string[]>,
  knownWords?: KnownWords,
  wordLookups?: WordLookupCache,
): Promise<SearchConditions> {
  const { words, phrases, excluded } = queryWordsOf(request.text);
  // The word being typed gets corrections too, so instant results forgive typos.
  const fixes = await correctWords(
    dataSource,
    words.map((word) => word.normalized),
    knownWords,
    wordLookups,
  );
  const alternatives = alternativesOf(words, synonyms, fixes);
  const hasText = alternatives.length + phrases.length + excluded.length > 0;
  const hasWords = alternatives.length > 0;
  const corrected = fixes.size > 0;
  const suggestion = corrected ? words.map((word) => fixes.get(word.normalized)?.[0] ?? word.raw).join(' ') : null;
  // The suggestion searched as the viewer would search it (see visibleSuggestion): its words only,
  // the last one as a prefix, no filters.
  const suggested = suggestion === null ? null : alternativesOf(queryWordsOf(suggestion).words, synonyms, fixes);

  const filters = request.filters;
  const filterClauses: Record<FilterName, FilterClause | null> = {
    kinds: filters.kinds?.length ? (p) => `d.kind = ANY(${p.add(filters.kinds)}::text[])` : null,
    // A tsquery on the text column, so it joins the words' index scan (see AddSearchCategoryLexemes).
    categoryIds: filters.categoryIds?.length
      ? (p, column) => `${column} @@ wn_search_category_query(${p.add(filters.categoryIds)}::uuid[])`
      : null,
    languages: filters.languages?.length ? (p) => `d.language = ANY(${p.add(filters.languages)}::text[])` : null,
    tags: filters.tags?.length ? (p) => `d.tags && ${p.add(filters.tags)}::text[]` : null,
    agencyIds: filters.agencyIds?.length ? (p) => `d.agency_id = ANY(${p.add(filters.agencyIds)}::uuid[])` : null,
  };
  const access: Clause = (p) =>
    `d.status = ANY(${p.add(request.access.statuses)}::text[]) AND d.visibility = ANY(${p.add(request.access.visibilities)}::text[])`;

  return {
    filterClauses,
    hasText,
    ctes: (params) => (hasText ? textCtes(params, 'tq', alternatives, phrases, excluded, wordLookups) : []),
    suggestionVisible(params) {
      if (!suggested) return null;
      // A suggestion of stop words only ("werden" for "werdem") would match everything: not worth
      // offering. Besides, one scan of the partitions less to prepare for every typo search.
      return {
        ctes: textCtes(params, 'sq', suggested, [], [], wordLookups),
        visible: `(SELECT match FROM sq) IS NOT NULL
          AND EXISTS (SELECT FROM search_document d WHERE ${access(params)} AND d.vector @@ (SELECT match FROM sq))`,
      };
    },
    where(params, withoutFilter, withText = true) {
      const parts = [access(params)];
      for (const [name, clause] of Object.entries(filterClauses) as [FilterName, FilterClause | null][]) {
        if (!clause || name === withoutFilter) continue;
        // Categories are lexemes of the head and the vector: tested on the column whose index the
        // statement reads anyway (the vector with words, else the small head).
        parts.push(clause(params, withText && hasText ? 'd.vector' : 'd.head'));
      }
      if (withText && hasText) parts.push('d.vector @@ (SELECT match FROM tq)');
      return parts.join(' AND ');
    },
    headMatch() {
      if (!hasWords) return null;
      // Every word in the head implies every word in the whole text; phrases and exclusions still need the text.
      const extra =
        phrases.length + excluded.length > 0 ? ' AND (d.vector @@ (SELECT extra FROM tq)) IS NOT FALSE' : '';
      return `d.head @@ (SELECT head FROM tq)${extra}`;
    },
    rank(column) {
      if (!hasWords && phrases.length === 0) return null;
      // The head only preselects the candidates whose whole text is ranked: ts_rank is about eight
      // times cheaper there than cover density, and a title with any of the words gets a bonus.
      if (column === 'd.head')
        return `(coalesce(ts_rank(d.head, (SELECT rank FROM tq)), 0)
        + CASE WHEN d.normalized_title LIKE ANY((SELECT patterns FROM tq)::text[]) THEN 0.5 ELSE 0 END)`;
      // The order: cover density scaled into 0..1 (flag 32), so that a word repeated all over a
      // text cannot outweigh the title, plus a bonus by the share of the words in the title (like
      // Meilisearch's attribute rule: "Verständigung ohne Dolmetscher" before a text full of
      // "Dolmetscher"). A fixed sum over the first words keeps the text independent of their number.
      const inTitle = Array.from(
        { length: TITLE_WORDS_COUNTED },
        (_, index) => `coalesce(d.normalized_title ~ (SELECT title_words FROM tq)[${index + 1}], false)::int`,
      ).join(' + ');
      return `(coalesce(ts_rank_cd(d.vector, (SELECT rank FROM tq), 32), 0)
        + 0.5 * (${inTitle}) / greatest(least(cardinality((SELECT title_words FROM tq)), ${TITLE_WORDS_COUNTED}), 1))`;
    },
    suggestion,
    corrected,
  };
}
