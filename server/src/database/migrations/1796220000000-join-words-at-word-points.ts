import type { MigrationInterface, QueryRunner } from 'typeorm';

/** wn_search_normalize's body: lower case, unaccented, ae/oe/ue → a/o/u, of `text`. */
const fold = (text: string): string =>
  `replace(replace(replace(public.unaccent('public.unaccent'::regdictionary, lower(${text})), 'ae', 'a'), 'oe', 'o'), 'ue', 'u')`;

/** The search columns computed from the texts, as the engine's INSERT computes them. */
const RECOMPUTE = `UPDATE search_document d SET head = h.head,
    vector = h.head || setweight(to_tsvector('german', wn_search_normalize(d.body)), 'D'),
    normalized_title = wn_search_normalize(d.title)
  FROM search_document s, LATERAL (SELECT setweight(to_tsvector('german', wn_search_normalize(s.title)), 'A')
    || setweight(to_tsvector('german', wn_search_normalize(array_to_string(s.tags, ' '))), 'B')
    || setweight(to_tsvector('german', wn_search_normalize(s.summary || ' ' || s.headings)), 'C')
    || wn_search_category_lexemes(s.category_ids) AS head) h
  WHERE s.id = d.id AND concat_ws(' ', s.title, array_to_string(s.tags, ' '), s.summary, s.headings, s.body) ~ '[·‧]'`;

/** The joined words of those documents join the word list (see wordsToLearn): they are no typos. */
const LEARN = `INSERT INTO search_term (word)
  SELECT DISTINCT m[1] FROM search_document s, regexp_matches(wn_search_normalize(concat_ws(' ', s.title, s.summary,
    s.headings, s.body, array_to_string(s.tags, ' '))), '[[:alnum:]]{4,}', 'g') AS m
  WHERE concat_ws(' ', s.title, array_to_string(s.tags, ' '), s.summary, s.headings, s.body) ~ '[·‧]'
  ON CONFLICT (word) DO NOTHING`;

/**
 * Written by hand (the search tables have no entities). Leichte Sprache splits compound words
 * with a middle dot ("Job·center", "Integrations·kurs"); the text parser split them into two
 * words, so "Jobcenter" did not find them. The folding now drops the middle dot and the
 * hyphenation point (like normalizeSearchText), and documents that hold one are indexed again.
 */
export class JoinWordsAtWordPoints1796220000000 implements MigrationInterface {
  name = 'JoinWordsAtWordPoints1796220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION wn_search_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${fold("translate(coalesce(input, ''), '·‧', '')")} $$`);
    await queryRunner.query(RECOMPUTE);
    await queryRunner.query(LEARN);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION wn_search_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${fold("coalesce(input, '')")} $$`);
    await queryRunner.query(RECOMPUTE);
  }
}
