import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { RunningDatabase } from '../src/bootstrap/start-database';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/** Admin connection for creating throw-away databases on the real server. */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabaseKind = 'postgres' | 'pglite';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A fresh, empty database per test file: a new database on real PostgreSQL, or an in-memory PGlite. */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<RunningDatabase> {
  if (kind === 'pglite') {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
  }
  const name = `wn_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async stop() {
      const cleanup = new Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
