import type { MigrationInterface, QueryRunner } from 'typeorm';

const HEAD = `setweight(to_tsvector('german', wn_search_normalize(title)), 'A')
  || setweight(to_tsvector('german', wn_search_normalize(array_to_string(tags, ' '))), 'B')
  || setweight(to_tsvector('german', wn_search_normalize(summary || ' ' || headings)), 'C')`;

/**
 * Written by hand (the search tables have no entities). A small "head" vector (title, tags,
 * summary, headings) stays inline and is cheap to rank, so the large body vector is only
 * read for a bounded candidate set. The trigram index over the whole text is dropped:
 * compound words go through the word list (search_term) since 6765511.
 */
export class SpeedUpPostgresSearch1796100000000 implements MigrationInterface {
  name = 'SpeedUpPostgresSearch1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX search_document_normalized');
    await queryRunner.query('ALTER TABLE search_document DROP COLUMN normalized');
    await queryRunner.query(`ALTER TABLE search_document ADD COLUMN head tsvector NOT NULL DEFAULT ''::tsvector`);
    await queryRunner.query(`UPDATE search_document SET head = ${HEAD}`);
    await queryRunner.query('ALTER TABLE search_document ALTER COLUMN head DROP DEFAULT');
    // Inline storage: ranking the head never reads the TOAST table.
    await queryRunner.query('ALTER TABLE search_document ALTER COLUMN head SET STORAGE MAIN');
    await queryRunner.query('CREATE INDEX search_document_head ON search_document USING gin (head)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX search_document_head');
    await queryRunner.query('ALTER TABLE search_document DROP COLUMN head');
    await queryRunner.query(`ALTER TABLE search_document ADD COLUMN normalized text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `UPDATE search_document SET normalized = wn_search_normalize(concat_ws(' ', title, array_to_string(tags, ' '), summary, headings, body))`,
    );
    await queryRunner.query('ALTER TABLE search_document ALTER COLUMN normalized DROP DEFAULT');
    await queryRunner.query(
      'CREATE INDEX search_document_normalized ON search_document USING gin (normalized gin_trgm_ops)',
    );
  }
}
