import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';
import { pendingSchemaChanges } from './pending-schema-changes';

/**
 * Writes a migration for the difference between the migrations and the entities.
 * Runs against a throw-away in-memory PGlite, so it needs no database server.
 * Usage: pnpm --filter @wissensnetz/server migration:generate <verb-noun>
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z]+(-[a-z0-9]+)*$/.test(name)) {
    throw new Error('Give the migration a kebab-case name, e.g. add-article-tags');
  }
  const embedded = await startEmbeddedPostgres();
  const dataSource = new DataSource(dataSourceOptions({ url: embedded.url, embedded: true }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const changes = await pendingSchemaChanges(dataSource);
    if (changes.up.length === 0) {
      process.stdout.write('No schema changes.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
    const lines = (queries: string[]) =>
      queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(changes.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(changes.down)}
  }
}
`;
    // Written into src/ (this file runs from dist/database).
    const file = join(__dirname, '..', '..', 'src', 'database', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, source);
    process.stdout.write(`Wrote ${file}\nAdd the class to src/database/migrations/index.ts.\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
