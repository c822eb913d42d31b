import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partitions of search_document; the engine reads them in this order (see postgres-search.engine.ts). */
export const SEARCH_DOCUMENT_PARTITIONS = 16;

const partitionName = (remainder: number): string => `search_document_p${String(remainder).padStart(2, '0')}`;

async function createIndexes(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('ALTER TABLE search_document ADD PRIMARY KEY (id)');
  await queryRunner.query('CREATE INDEX search_document_vector ON search_document USING gin (vector)');
  await queryRunner.query('CREATE INDEX search_document_head ON search_document USING gin (head)');
  await queryRunner.query('CREATE INDEX search_document_updated ON search_document (updated_at DESC, id)');
  await queryRunner.query('CREATE INDEX search_document_categories ON search_document USING gin (category_ids)');
  await queryRunner.query('CREATE INDEX search_document_tags ON search_document USING gin (tags)');
}

/**
 * Written by hand (the search tables have no entities). search_document becomes 16 hash
 * partitions by id, each with its own small indexes: a query that needs only the first 1,000
 * matches of a common word reads the partitions one after the other and stops early, instead
 * of building the bitmap of every match in the table first. Existing rows are moved.
 */
export class PartitionSearchDocuments1796130000000 implements MigrationInterface {
  name = 'PartitionSearchDocuments1796130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE search_document_partitioned (LIKE search_document INCLUDING DEFAULTS INCLUDING STORAGE) PARTITION BY HASH (id)',
    );
    for (let remainder = 0; remainder < SEARCH_DOCUMENT_PARTITIONS; remainder += 1) {
      await queryRunner.query(
        `CREATE TABLE ${partitionName(remainder)} PARTITION OF search_document_partitioned
           FOR VALUES WITH (MODULUS ${SEARCH_DOCUMENT_PARTITIONS}, REMAINDER ${remainder})`,
      );
    }
    await queryRunner.query('INSERT INTO search_document_partitioned SELECT * FROM search_document');
    await queryRunner.query('DROP TABLE search_document');
    await queryRunner.query('ALTER TABLE search_document_partitioned RENAME TO search_document');
    await createIndexes(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE search_document_single (LIKE search_document INCLUDING DEFAULTS INCLUDING STORAGE)',
    );
    await queryRunner.query('INSERT INTO search_document_single SELECT * FROM search_document');
    await queryRunner.query('DROP TABLE search_document');
    await queryRunner.query('ALTER TABLE search_document_single RENAME TO search_document');
    await createIndexes(queryRunner);
  }
}
