import type { DataSource } from 'typeorm';
import type { SearchFilters, SearchRequest } from '../engine/search-request';
import { normalizeSearchText } from './normalize-search-text';
import { parseSearchText } from './parse-search-text';
import type { SqlParams } from './sql-params';
import { allowedTypos, closeWords } from './typo-distance';

type Clause = (params: SqlParams) => string;
type FilterName = keyof Required<SearchFilters>;

export interface SearchConditions {
  /** The WHERE clause: access, filters (optionally without one facet's own) and text. */
  where(params: SqlParams, withoutFilter?: FilterName): string;
  /** A relevance expression, or null when there is no text to rank by. */
  rank(params: SqlParams): string | null;
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
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

async function stemsOf(dataSource: DataSource, texts: string[]): Promise<Map<string, string[]>> {
  if (texts.length === 0) return new Map();
  const rows = await dataSource.query<{ term: string; lexemes: string[] | null }[]>(
    `SELECT t AS term, (SELECT array_agg(lexeme) FROM unnest(to_tsvector('german', t))) AS lexemes
     FROM unnest($1::text[]) AS t`,
    [texts],
  );
  return new Map(rows.map((row) => [row.term, row.lexemes ?? []]));
}

async function synonymsOf(dataSource: DataSource): Promise<Map<string, string[]>> {
  const rows = await dataSource.query<{ terms: string[] }[]>(
    'SELECT array_agg(term) AS terms FROM search_synonym GROUP BY group_id',
  );
  const byTerm = new Map<string, string[]>();
  for (const { terms } of rows) {
    const normalized = terms.map(normalizeSearchText);
    for (const term of normalized)
      byTerm.set(
        term,
        normalized.filter((other) => other !== term),
      );
  }
  return byTerm;
}

/** Corrections for words the index has never seen (typo tolerance and "did you mean"). */
async function corrections(dataSource: DataSource, words: string[]): Promise<Map<string, string[]>> {
  const candidates = words.filter((word) => allowedTypos(word) > 0);
  if (candidates.length === 0) return new Map();
  // Known: indexed as a word or inside a compound ("behorde" in "auslanderbehorde"); no correction then.
  const known = await dataSource.query<{ word: string }[]>(
    `SELECT w AS word FROM unnest($1::text[]) AS w
     WHERE EXISTS (SELECT 1 FROM search_term t WHERE t.word LIKE '%' || replace(replace(w, '%', ''), '_', '') || '%')`,
    [candidates],
  );
  const knownWords = new Set(known.map((row) => row.word));
  const result = new Map<string, string[]>();
  for (const word of candidates.filter((candidate) => !knownWords.has(candidate))) {
    const similar = await dataSource.query<{ word: string }[]>(
      'SELECT word FROM search_term WHERE word % $1 ORDER BY similarity(word, $1) DESC LIMIT 25',
      [word],
    );
    const close = closeWords(
      word,
      similar.map((row) => row.word),
    ).slice(0, 3);
    if (close.length > 0) result.set(word, close);
  }
  return result;
}

/** Longer indexed words containing each fragment ("sprachkurs" → "berufssprachkurse", …), for compound words. */
async function compoundsOf(dataSource: DataSource, fragments: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  for (const fragment of new Set(fragments.filter((f) => f.length >= 4))) {
    const rows = await dataSource.query<{ word: string }[]>(
      'SELECT word FROM search_term WHERE word LIKE $1 AND word <> $2 ORDER BY length(word), word LIMIT 40',
      [`%${likeEscape(fragment)}%`, fragment],
    );
    result.set(fragment, rows.map((row) => lexemeSafe(row.word)).filter(Boolean));
  }
  return result;
}

export async function buildSearchConditions(dataSource: DataSource, request: SearchRequest): Promise<SearchConditions> {
  const parsed = parseSearchText(request.text);
  const words = parsed.words
    .map((raw, index) => ({
      raw,
      normalized: normalizeSearchText(raw),
      prefix: parsed.lastWordIsPrefix && index === parsed.words.length - 1,
    }))
    .filter((word) => lexemeSafe(word.normalized).length > 0);
  const synonyms = await synonymsOf(dataSource);
  // The word being typed gets corrections too, so instant results forgive typos.
  const fixes = await corrections(
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
  const stems = await stemsOf(dataSource, [
    ...groups.flat().map((alternative) => alternative.text),
    ...phrases,
    ...excluded,
  ]);

  const fragmentOf = (alternative: Alternative): string =>
    alternative.prefix ? lexemeSafe(alternative.text) : ((stems.get(alternative.text) ?? [])[0] ?? '');
  const compounds = await compoundsOf(
    dataSource,
    groups
      .flat()
      .filter((alternative) => !/\s/.test(alternative.text))
      .map(fragmentOf),
  );

  // A group whose every alternative is a stop word ("und", "der") decides nothing.
  const meaningful = groups.filter((group) =>
    group.some((alternative) => alternative.prefix || (stems.get(alternative.text) ?? []).length > 0),
  );

  const alternativeClause =
    (alternative: Alternative): Clause =>
    (params) => {
      if (/\s/.test(alternative.text)) return `d.vector @@ phraseto_tsquery('german', ${params.add(alternative.text)})`;
      const own = alternative.prefix
        ? `to_tsquery('german', ${params.add(`${lexemeSafe(alternative.text)}:*`)})`
        : `plainto_tsquery('german', ${params.add(alternative.text)})`;
      // Compound words ("sprachkurs" inside "berufssprachkurs") through the word list, so the
      // full-text index answers everything (no substring scans over whole documents).
      const longer = compounds.get(fragmentOf(alternative)) ?? [];
      const compound = longer.length > 0 ? ` || to_tsquery('german', ${params.add(longer.join(' | '))})` : '';
      return `d.vector @@ (${own}${compound})`;
    };

  const textClauses: Clause[] = [
    ...meaningful.map(
      (group): Clause =>
        (params) =>
          `(${group.map((alternative) => alternativeClause(alternative)(params)).join(' OR ')})`,
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
    where(params, withoutFilter) {
      const parts = [access(params)];
      for (const [name, clause] of Object.entries(filterClauses) as [FilterName, Clause | null][]) {
        if (clause && name !== withoutFilter) parts.push(clause(params));
      }
      parts.push(...textClauses.map((clause) => clause(params)));
      return parts.join(' AND ');
    },
    rank(params) {
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
      return `(ts_rank_cd(d.vector, ${queries.join(' || ')}) + CASE WHEN d.normalized_title LIKE ANY(${params.add(titlePatterns)}::text[]) THEN 0.5 ELSE 0 END)`;
    },
    stems: [
      ...new Set([
        ...[...groups.flat().map((a) => a.text), ...phrases].flatMap((text) => stems.get(text) ?? []),
        ...groups
          .flat()
          .filter((a) => a.prefix)
          .map((a) => lexemeSafe(a.text)),
      ]),
    ],
    suggestion: corrected ? words.map((word) => fixes.get(word.normalized)?.[0] ?? word.raw).join(' ') : null,
    corrected,
  };
}
