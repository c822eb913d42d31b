import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['directory_address', 'directory_course_offer', 'directory_opening_hours'];

/**
 * A counter that every change to what the directory list filters on moves forward, in the same
 * transaction (statement triggers, so no code path can forget it). Servers keep the directory's
 * facet data in memory and compare this counter on each list request; readers never see a new
 * value before the data it stands for is committed (the row lock orders writers).
 */
export class AddDirectoryRevision1796200000000 implements MigrationInterface {
  name = 'AddDirectoryRevision1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory_revision" ("id" smallint NOT NULL DEFAULT 1, "value" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "PK_directory_revision" PRIMARY KEY ("id"), CONSTRAINT "CHK_directory_revision_single" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`INSERT INTO "directory_revision" ("id", "value") VALUES (1, 0)`);
    await queryRunner.query(
      `CREATE FUNCTION directory_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         -- Once per transaction: a bulk import of thousands of statements must not update (and
         -- lengthen the version chain of) the one row thousands of times. The flag is local to the
         -- transaction and undone with it, or with a rolled-back savepoint, like the update.
         IF current_setting('wissensnetz.directory_revision_bumped', true) IS DISTINCT FROM 'on' THEN
           UPDATE directory_revision SET value = value + 1 WHERE id = 1;
           PERFORM set_config('wissensnetz.directory_revision_bumped', 'on', true);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER directory_entry_revision
       AFTER INSERT OR DELETE OR UPDATE OF kind, name, visibility, languages, "targetGroups" OR TRUNCATE
       ON directory_entry FOR EACH STATEMENT EXECUTE FUNCTION directory_revision_bump()`,
    );
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_revision AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE
         ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION directory_revision_bump()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['directory_entry', ...TABLES]) {
      await queryRunner.query(`DROP TRIGGER ${table}_revision ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION directory_revision_bump()`);
    await queryRunner.query(`DROP TABLE "directory_revision"`);
  }
}
