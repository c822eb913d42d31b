import type { DataSource } from 'typeorm';
import type { SearchFilters, SearchRequest } from '../engine/search-request';
import { normalizeSearchText } from './normalize-search-text';
import { parseSearchText } from './parse-search-text';
import type { SqlParams } from './sql-params';
import { correctWords } from '../vocabulary/search-vocabulary';

type Clause = (params: SqlParams) => string;
export type FilterName = keyof Required<SearchFilters>;

export interface SearchConditions {
  /** The WHERE clause: access, filters (optionally without one facet's own) and text (unless withText is false). */
  where(params: SqlParams, withoutFilter?: FilterName, withText?: boolean): string;
  /** Every query word in the small head vector (title, tags, summary, headings); null without words. */
  headMatch(params: SqlParams): string | null;
  /** A relevance expression over `column` (d.head: cheap, d.vector: full), or null when there is no text to rank by. */
  rank(params: SqlParams, column: 'd.head' | 'd.vector'): string | null;
  hasText: boolean;
  filterClauses: Record<FilterName, Clause | null>;
  /** Stems and prefixes to highlight. */
  stems: string[];
  /** The text with typos corrected, when a correction was used. */
  suggestion: string | null;
  corrected: boolean;
}

interface Alternative {
  text: string;
  prefix: boolean;
}

/** Keeps letters and digits only: safe inside a to_tsquery prefix expression. */
const lexemeSafe = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
const MIN_COMPOUND_FRAGMENT = 4;
const MAX_COMPOUNDS = 40;
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

interface Lexicon {
  /** Lexemes of each text (empty for stop words). */
  stems: Map<string, string[]>;
  /** Longer indexed words containing a fragment ("sprachkurs" → "berufssprachkurse", …), for compound words. */
  compounds: Map<string, string[]>;
}

interface LexiconRow {
  term: string;
  lexemes: string[] | null;
  prefix: boolean;
  fragment: string | null;
  longer: string[] | null;
}

/**
 * Stems of every text and the compounds of every fragment in one round trip. A fragment is the
 * text itself (prefixes) or its first stem; the LIKE pattern uses the trigram index on search_term.
 */
async function lexiconOf(dataSource: DataSource, texts: string[], prefixFragments: string[]): Promise<Lexicon> {
  const rows = await dataSource.query<LexiconRow[]>(
    `WITH input AS (
       SELECT t AS term, (SELECT array_agg(lexeme) FROM unnest(to_tsvector('german', t))) AS lexemes, false AS prefix
       FROM unnest($1::text[]) AS t
       UNION ALL SELECT f, NULL, true FROM unnest($2::text[]) AS f
     ), fragments AS (
       SELECT term, lexemes, prefix, CASE WHEN prefix THEN term WHEN strpos(term, ' ') = 0 THEN lexemes[1] END AS fragment FROM input
     )
     SELECT term, lexemes, prefix, fragment,
       CASE WHEN length(fragment) >= ${MIN_COMPOUND_FRAGMENT} THEN ARRAY(
         SELECT word FROM search_term
         WHERE word LIKE '_%' || replace(replace(replace(fragment, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
         ORDER BY length(word), word LIMIT ${MAX_COMPOUNDS}) END AS longer
     FROM fragments`,
    [texts, prefixFragments],
  );
  const stems = new Map<string, string[]>();
  const compounds = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.prefix) stems.set(row.term, row.lexemes ?? []);
    if (row.fragment && row.longer) compounds.set(row.fragment, row.longer.map(lexemeSafe).filter(Boolean));
  }
  return { stems, compounds };
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

export async function buildSearchConditions(
  dataSource: DataSource,
  request: SearchRequest,
  synonyms: ReadonlyMap<string, string[]>,
): Promise<SearchConditions> {
  const parsed = parseSearchText(request.text);
  const words = parsed.words
    .map((raw, index) => ({
      raw,
      normalized: normalizeSearchText(raw),
      prefix: parsed.lastWordIsPrefix && index === parsed.words.length - 1,
    }))
    .filter((word) => lexemeSafe(word.normalized).length > 0);
  // The word being typed gets corrections too, so instant results forgive typos.
  const fixes = await correctWords(
    dataSource,
    words.map((word) => word.normalized),
  );

  const groups: Alternative[][] = words.map((word) => [
    { text: word.normalized, prefix: word.prefix },
    // While typing "Sprachkurse", the complete word also matches through its stem.
    ...(word.prefix ? [{ text: word.normalized, prefix: false }] : []),
    ...(synonyms.get(word.normalized) ?? []).map((text) => ({ text, prefix: false })),
    ...(fixes.get(word.normalized) ?? []).map((text) => ({ text, prefix: false })),
  ]);
  const phrases = parsed.phrases.map(normalizeSearchText);
  const excluded = parsed.excluded.map(normalizeSearchText);
  const alternatives = groups.flat();
  const { stems, compounds } = await lexiconOf(
    dataSource,
    [...new Set([...alternatives.filter((a) => !a.prefix).map((a) => a.text), ...phrases, ...excluded])],
    [...new Set(alternatives.filter((a) => a.prefix).map((a) => lexemeSafe(a.text)))],
  );

  const fragmentOf = (alternative: Alternative): string =>
    alternative.prefix ? lexemeSafe(alternative.text) : ((stems.get(alternative.text) ?? [])[0] ?? '');

  // A group whose every alternative is a stop word ("und", "der") decides nothing.
  const meaningful = groups.filter((group) =>
    group.some((alternative) => alternative.prefix || (stems.get(alternative.text) ?? []).length > 0),
  );

  const alternativeQuery = (alternative: Alternative, params: SqlParams): string => {
    if (/\s/.test(alternative.text)) return `phraseto_tsquery('german', ${params.add(alternative.text)})`;
    const own = alternative.prefix
      ? `to_tsquery('german', ${params.add(`${lexemeSafe(alternative.text)}:*`)})`
      : `plainto_tsquery('german', ${params.add(alternative.text)})`;
    // Compound words ("sprachkurs" inside "berufssprachkurs") through the word list, so the
    // full-text index answers everything (no substring scans over whole documents).
    // Words that start with the fragment ("sprachkursträger") through a prefix query; words that
    // contain it later ("berufssprachkurs") are listed from the word list.
    const fragment = fragmentOf(alternative);
    const starting = !alternative.prefix && fragment.length >= MIN_COMPOUND_FRAGMENT ? [`${fragment}:*`] : [];
    const longer = [...starting, ...(compounds.get(fragment) ?? [])];
    return longer.length > 0 ? `(${own} || to_tsquery('german', ${params.add(longer.join(' | '))}))` : own;
  };
  const groupQuery = (group: Alternative[], params: SqlParams): string =>
    `(${group.map((alternative) => alternativeQuery(alternative, params)).join(' || ')})`;

  const textClauses: Clause[] = [
    ...meaningful.map(
      (group): Clause =>
        (params) =>
          `d.vector @@ ${groupQuery(group, params)}`,
    ),
    ...phrases
      .filter((phrase) => (stems.get(phrase) ?? []).length > 0)
      .map(
        (phrase): Clause =>
          (params) =>
            `d.vector @@ phraseto_tsquery('german', ${params.add(phrase)})`,
      ),
    ...excluded
      .filter((word) => (stems.get(word) ?? []).length > 0)
      .map(
        (word): Clause =>
          (params) =>
            `NOT (d.vector @@ plainto_tsquery('german', ${params.add(word)}))`,
      ),
  ];

  const filters = request.filters;
  const filterClauses: Record<FilterName, Clause | null> = {
    kinds: filters.kinds?.length ? (p) => `d.kind = ANY(${p.add(filters.kinds)}::text[])` : null,
    categoryIds: filters.categoryIds?.length ? (p) => `d.category_ids && ${p.add(filters.categoryIds)}::uuid[]` : null,
    languages: filters.languages?.length ? (p) => `d.language = ANY(${p.add(filters.languages)}::text[])` : null,
    tags: filters.tags?.length ? (p) => `d.tags && ${p.add(filters.tags)}::text[]` : null,
    agencyIds: filters.agencyIds?.length ? (p) => `d.agency_id = ANY(${p.add(filters.agencyIds)}::uuid[])` : null,
  };
  const access: Clause = (p) =>
    `d.status = ANY(${p.add(request.access.statuses)}::text[]) AND d.visibility = ANY(${p.add(request.access.visibilities)}::text[])`;

  const rankTerms = meaningful.flat();
  const corrected = fixes.size > 0;
  return {
    filterClauses,
    hasText: textClauses.length > 0,
    where(params, withoutFilter, withText = true) {
      const parts = [access(params)];
      for (const [name, clause] of Object.entries(filterClauses) as [FilterName, Clause | null][]) {
        if (clause && name !== withoutFilter) parts.push(clause(params));
      }
      if (withText) parts.push(...textClauses.map((clause) => clause(params)));
      return parts.join(' AND ');
    },
    headMatch(params) {
      if (meaningful.length === 0) return null;
      // Every word in the head implies every word in the whole text; phrases and exclusions still need the text.
      return [
        ...meaningful.map((group) => `d.head @@ ${groupQuery(group, params)}`),
        ...textClauses.slice(meaningful.length).map((clause) => clause(params)),
      ].join(' AND ');
    },
    rank(params, column) {
      if (rankTerms.length === 0 && phrases.length === 0) return null;
      const queries = [
        ...rankTerms.map((alternative) =>
          alternative.prefix
            ? `to_tsquery('german', ${params.add(`${lexemeSafe(alternative.text)}:*`)})`
            : `plainto_tsquery('german', ${params.add(alternative.text)})`,
        ),
        ...phrases.map((phrase) => `phraseto_tsquery('german', ${params.add(phrase)})`),
      ];
      const titlePatterns = rankTerms.map((alternative) => `%${likeEscape(lexemeSafe(alternative.text))}%`);
      return `(ts_rank_cd(${column}, ${queries.join(' || ')}) + CASE WHEN d.normalized_title LIKE ANY(${params.add(titlePatterns)}::text[]) THEN 0.5 ELSE 0 END)`;
    },
    stems: [
      ...new Set([
        ...[...alternatives.map((a) => a.text), ...phrases].flatMap((text) => stems.get(text) ?? []),
        ...alternatives.filter((a) => a.prefix).map((a) => lexemeSafe(a.text)),
      ]),
    ],
    suggestion: corrected ? words.map((word) => fixes.get(word.normalized)?.[0] ?? word.raw).join(' ') : null,
    corrected,
  };
}
