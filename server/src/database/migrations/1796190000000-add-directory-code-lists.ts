import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Target groups and organisation topics become lists admins manage (they were constants in the
 * code). Entries keep storing codes; the values that existed so far are the start of each list.
 */
export class AddDirectoryCodeLists1796190000000 implements MigrationInterface {
  name = 'AddDirectoryCodeLists1796190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "directory_code" ("list" character varying(30) NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "archived" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_directory_code" PRIMARY KEY ("list", "code"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_directory_code_name" ON "directory_code" ("list", "name") `);
    await queryRunner.query(
      `INSERT INTO "directory_code" ("list", "code", "name", "position") VALUES
        ('TARGET_GROUP', 'WOMEN', 'Frauen', 1),
        ('TARGET_GROUP', 'YOUTH', 'Jugendliche und junge Erwachsene', 2),
        ('TARGET_GROUP', 'FAMILIES', 'Familien', 3),
        ('TARGET_GROUP', 'ACADEMICS', 'Akademikerinnen und Akademiker', 4),
        ('TARGET_GROUP', 'DISABILITIES', 'Menschen mit Behinderungen', 5),
        ('TARGET_GROUP', 'REFUGEES', 'Geflüchtete', 6),
        ('TARGET_GROUP', 'EU_CITIZENS', 'EU-Bürgerinnen und -Bürger', 7),
        ('TARGET_GROUP', 'SENIORS', 'Ältere Menschen', 8),
        ('TARGET_GROUP', 'LGBTIQ', 'LSBTIQ*', 9),
        ('TARGET_GROUP', 'SKILLED_WORKERS', 'Fachkräfte aus dem Ausland', 10),
        ('ORGANISATION_TOPIC', 'LANGUAGE', 'Sprache und Sprachmittlung', 1),
        ('ORGANISATION_TOPIC', 'EDUCATION', 'Bildung und Schule', 2),
        ('ORGANISATION_TOPIC', 'WORK', 'Arbeit und Ausbildung', 3),
        ('ORGANISATION_TOPIC', 'RECOGNITION', 'Anerkennung ausländischer Abschlüsse', 4),
        ('ORGANISATION_TOPIC', 'HEALTH', 'Gesundheit', 5),
        ('ORGANISATION_TOPIC', 'WOMEN', 'Frauen und Gleichstellung', 6),
        ('ORGANISATION_TOPIC', 'YOUTH', 'Jugendarbeit', 7),
        ('ORGANISATION_TOPIC', 'CULTURE', 'Kultur und Begegnung', 8),
        ('ORGANISATION_TOPIC', 'RELIGION', 'Religion', 9),
        ('ORGANISATION_TOPIC', 'COUNSELLING', 'Beratung und Begleitung', 10),
        ('ORGANISATION_TOPIC', 'SPORT', 'Sport', 11),
        ('ORGANISATION_TOPIC', 'ANTI_DISCRIMINATION', 'Antidiskriminierung', 12)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_directory_code_name"`);
    await queryRunner.query(`DROP TABLE "directory_code"`);
  }
}
