import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: tables and functions of the PostgreSQL search engine, which TypeORM
 * entities do not describe (the engine talks SQL directly; see server/src/search/postgres/).
 */
export class AddPostgresSearchIndex1795626925508 implements MigrationInterface {
  name = 'AddPostgresSearchIndex1795626925508';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One spelling for umlauts and ß: "Behörde", "Behoerde" and "Behorde" all become "behorde".
    await queryRunner.query(`
      CREATE FUNCTION wn_search_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT replace(replace(replace(public.unaccent('public.unaccent'::regdictionary, lower(coalesce(input, ''))), 'ae', 'a'), 'oe', 'o'), 'ue', 'u') $$`);
    await queryRunner.query(`
      CREATE TABLE search_document (
        id text PRIMARY KEY,
        kind text NOT NULL,
        entity_id uuid NOT NULL,
        url text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        headings text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL,
        category_path text[] NOT NULL,
        category_ids uuid[] NOT NULL,
        language text NOT NULL,
        status text NOT NULL,
        visibility text NOT NULL,
        agency_id uuid,
        agency_name text,
        updated_at timestamptz NOT NULL,
        generation bigint NOT NULL DEFAULT 0,
        vector tsvector NOT NULL,
        normalized text NOT NULL,
        normalized_title text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX search_document_vector ON search_document USING gin (vector)');
    await queryRunner.query(
      'CREATE INDEX search_document_normalized ON search_document USING gin (normalized gin_trgm_ops)',
    );
    await queryRunner.query('CREATE INDEX search_document_updated ON search_document (updated_at DESC, id)');
    await queryRunner.query('CREATE INDEX search_document_categories ON search_document USING gin (category_ids)');
    await queryRunner.query('CREATE INDEX search_document_tags ON search_document USING gin (tags)');
    // Every indexed word once, for typo tolerance and "did you mean".
    await queryRunner.query('CREATE TABLE search_term (word text PRIMARY KEY)');
    await queryRunner.query('CREATE INDEX search_term_trgm ON search_term USING gin (word gin_trgm_ops)');
    await queryRunner.query(`
      CREATE TABLE search_synonym (
        group_id int NOT NULL,
        term text NOT NULL,
        PRIMARY KEY (group_id, term)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE search_synonym');
    await queryRunner.query('DROP TABLE search_term');
    await queryRunner.query('DROP TABLE search_document');
    await queryRunner.query('DROP FUNCTION wn_search_normalize(text)');
  }
}
