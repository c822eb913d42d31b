import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/** The few pg.Client members used here; pg is resolved from the server package, which depends on it. */
interface PgClient {
  connect(): Promise<void>;
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}
type PgClientConstructor = new (config: { connectionString: string }) => PgClient;

const requireFromServer = createRequire(resolve(import.meta.dirname, '..', '..', 'server', 'package.json'));
const { Client } = requireFromServer('pg') as { Client: PgClientConstructor };

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowAwayDatabase {
  url: string;
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the local PostgreSQL server. */
export async function createPostgresDatabase(): Promise<ThrowAwayDatabase> {
  const name = `wn_e2e_${randomBytes(6).toString('hex')}`;
  await withClient(ADMIN_URL, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    query: async (text, values) =>
      (await withClient(url.toString(), (client) => client.query(text, values))).rows as never,
    drop: async () => {
      await withClient(ADMIN_URL, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
