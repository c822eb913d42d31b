import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (the search tables have no entities). A document's categories become lexemes
 * of its head (and so of its whole vector): "kat" and the category id without dashes. A category
 * filter then is part of the same GIN index scan as the words (`vector @@ words AND vector @@
 * categories`) instead of a test on every matching row: for a common word in one of twenty
 * categories the search read every partition's matches to keep one in twenty. Existing rows get
 * the lexemes here; the array index is no longer used.
 */
export class AddSearchCategoryLexemes1796210000000 implements MigrationInterface {
  name = 'AddSearchCategoryLexemes1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION wn_search_category_lexemes(ids uuid[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN array_to_tsvector(ARRAY(SELECT DISTINCT 'kat' || replace(id::text, '-', '') FROM unnest(ids) AS id))`);
    await queryRunner.query(`
      CREATE FUNCTION wn_search_category_query(ids uuid[]) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN (SELECT string_agg('kat' || replace(id::text, '-', ''), ' | ') FROM unnest(ids) AS id)::tsquery`);
    await queryRunner.query(
      `UPDATE search_document SET head = head || wn_search_category_lexemes(category_ids),
         vector = vector || wn_search_category_lexemes(category_ids) WHERE cardinality(category_ids) > 0`,
    );
    await queryRunner.query('DROP INDEX search_document_categories');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX search_document_categories ON search_document USING gin (category_ids)');
    await queryRunner.query(
      `UPDATE search_document SET head = ts_delete(head, tsvector_to_array(wn_search_category_lexemes(category_ids))),
         vector = ts_delete(vector, tsvector_to_array(wn_search_category_lexemes(category_ids)))
       WHERE cardinality(category_ids) > 0`,
    );
    await queryRunner.query('DROP FUNCTION wn_search_category_query(uuid[])');
    await queryRunner.query('DROP FUNCTION wn_search_category_lexemes(uuid[])');
  }
}
