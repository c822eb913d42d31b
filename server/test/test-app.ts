import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { JSONContent } from '@wissensnetz/editor';
import { DataSource } from 'typeorm';
import { AgenciesService } from '../src/agencies/agencies.service';
import { AgencyKind } from '../src/agencies/agency-kind';
import { createApp } from '../src/bootstrap/create-app';
import type { RunningDatabase } from '../src/bootstrap/start-database';
import { CategoriesService } from '../src/categories/categories.service';
import { Role } from '../src/common/auth/role';
import { loadConfig } from '../src/config/app-config';
import type { UserEntity } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { GraphqlClient } from './graphql-client';
import { createTestDatabase, testDatabaseKind, type TestDatabaseKind } from './test-database';

export interface SignedInUser {
  user: UserEntity;
  password: string;
  client: GraphqlClient;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseKind: TestDatabaseKind;
  dataSource: DataSource;
  anonymous(): GraphqlClient;
  newUser(role: Role, overrides?: { email?: string; active?: boolean }): Promise<SignedInUser>;
  newCategory(name?: string, parentId?: string | null): Promise<string>;
  newArticle(client: GraphqlClient, overrides?: Record<string, unknown>): Promise<TestArticle>;
  close(): Promise<void>;
}

export interface StartTestAppOptions {
  /** Extra environment variables for loadConfig (e.g. COLLAB_QUIET_MS, REDIS_URL, SESSION_SECRET). */
  env?: Record<string, string>;
  /** Share an existing database (e.g. two instances on one PostgreSQL); the caller stops it. */
  database?: RunningDatabase;
}

export interface TestArticle {
  id: string;
  slug: string;
  revisionNumber: number;
}

export const PASSWORD = 'correct horse battery staple';
let sequence = 0;

export function sampleBody(text = 'Hallo Welt'): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Überblick' }] },
      { type: 'paragraph', content: [{ type: 'text', text }] },
    ],
  };
}

const CREATE_ARTICLE = /* GraphQL */ `
  mutation ($input: CreateArticleInput!) {
    createArticle(input: $input) {
      id
      slug
      revisionNumber
    }
  }
`;

/** Boots the real application on a fresh database, listening on a random port. */
export async function startTestApp(options: StartTestAppOptions = {}): Promise<TestApp> {
  const databaseKind = options.database ? (options.database.embedded ? 'pglite' : 'postgres') : testDatabaseKind();
  const database: RunningDatabase = options.database ?? (await createTestDatabase(databaseKind));
  const ownsDatabase = options.database === undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wn-test-')),
    DEMO_MODE: 'false',
    ...options.env,
  });
  const app = await createApp(config, database);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const users = app.get(UsersService);
  const agencies = app.get(AgenciesService);
  const categories = app.get(CategoriesService);
  let agencyId: string | undefined;

  const testApp: TestApp = {
    app,
    url,
    databaseKind,
    dataSource: app.get(DataSource),
    anonymous: () => new GraphqlClient(url),
    async newUser(role, overrides = {}) {
      sequence += 1;
      agencyId ??= (await agencies.create({ name: `Agentur ${sequence}`, kind: AgencyKind.JOBCENTER, region: 'BW' }))
        .id;
      const user = await users.create({
        email: overrides.email ?? `user${sequence}-${role.toLowerCase()}@test.example`,
        displayName: `Test ${role} ${sequence}`,
        password: PASSWORD,
        role,
        functions: [],
        agencyId,
      });
      const client = new GraphqlClient(url);
      await client.expectData(
        `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }`,
        {
          e: user.email,
          p: PASSWORD,
        },
      );
      if (overrides.active === false) await users.update(user.id, { active: false });
      return { user, password: PASSWORD, client };
    },
    async newCategory(name, parentId = null) {
      sequence += 1;
      return (await categories.create({ name: name ?? `Kategorie ${sequence}`, description: '', parentId })).id;
    },
    async newArticle(client, overrides = {}) {
      sequence += 1;
      const data = await client.expectData<{ createArticle: TestArticle }>(CREATE_ARTICLE, {
        input: { title: `Artikel ${sequence}`, body: sampleBody(), ...overrides },
      });
      return data.createArticle;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.stop();
    },
  };
  return testApp;
}

export { Role };
