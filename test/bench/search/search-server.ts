/**
 * Our server (server/dist) for the search benchmarks: a fresh database (PostgreSQL or the
 * embedded PGlite in a temporary DATA_DIR), direct SQL access to it while the server is not
 * running, the reindex CLI and the server process itself. Everything is removed by cleanup().
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { captureOutput, stopChild, track, withTimeout } from '../collab/child-processes';
import {
  createDatabase,
  freePort,
  runToCompletion,
  serverEnvironment,
  serverNodeArgs,
  waitUntil,
} from '../collab/start-servers';
import { WissensnetzApi } from '../collab/wissensnetz-api';

export type DatabaseKind = 'postgres' | 'pglite';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, 'server', 'dist');
export const SERVER_MAIN = join(DIST, 'main.js');
const CREATE_ADMIN = join(DIST, 'users', 'create-admin.cli.js');
const REINDEX = join(DIST, 'search', 'reindex.cli.js');
const EMBEDDED_POSTGRES = join(DIST, 'database', 'embedded-postgres.js');

/** Fails early with a clear message when the server was not built. */
export function assertServerBuilt(): void {
  for (const file of [SERVER_MAIN, CREATE_ADMIN, REINDEX, EMBEDDED_POSTGRES]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run pnpm build first (or pnpm --filter @wissensnetz/server build)`);
  }
}

export interface SearchHitSummary {
  title: string;
  url: string;
}

export interface SearchAnswer {
  totalCount: number;
  hits: SearchHitSummary[];
}

const SEARCH_PAGE = `query SearchResults($query: String!, $filter: SearchFilter, $first: Int! = 20) {
  search(query: $query, filter: $filter, first: $first) {
    totalCount suggestion
    hits { id kind entityId url title titleHighlighted snippet categoryPath language updatedAt }
    facets {
      kind { value label count } category { value label count } language { value label count }
      tag { value label count } agency { value label count }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SEARCH_SUGGESTIONS = `query SearchSuggestions($query: String!, $first: Int! = 8) {
  search(query: $query, first: $first) {
    totalCount
    hits { id kind url title titleHighlighted snippet categoryPath language }
  }
}`;

export interface SearchFilterInput {
  languages?: string[];
  categoryIds?: string[];
}

/** The GraphQL search exactly as the web app asks it (search page with facets, or the header's instant results). */
export class SearchApi extends WissensnetzApi {
  async search(
    query: string,
    options: { filter?: SearchFilterInput; first?: number; instant?: boolean } = {},
  ): Promise<SearchAnswer> {
    const data = await this.request<{ search: SearchAnswer }>(options.instant ? SEARCH_SUGGESTIONS : SEARCH_PAGE, {
      query,
      ...(options.instant ? {} : { filter: options.filter ?? null }),
      first: options.first ?? (options.instant ? 8 : 20),
    });
    return data.search;
  }
}

export interface ServerSetup {
  database: DatabaseKind;
  dataDir: string;
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  /** Administrator created with create-admin (not in demo mode). */
  admin?: { email: string; password: string };
}

interface EmbeddedModule {
  startEmbeddedPostgres: (dataDir?: string) => Promise<{ url: string; stop: () => Promise<void> }>;
}

/**
 * A fresh database and temporary DATA_DIR with an environment for server/dist, plus
 * cleanup. Nothing reaches external services (Redis, Meilisearch) unless `extraEnv` says so.
 */
export class BenchServer {
  private child: ChildProcess | undefined;
  private output: () => string = () => '';
  private dropDatabase: (() => Promise<void>) | undefined;
  private constructor(readonly setup: ServerSetup) {}

  static async create(options: {
    database: DatabaseKind;
    postgresUrl: string;
    demoMode: boolean;
    extraEnv?: Record<string, string>;
    /** An existing database (kept by an earlier run) instead of a fresh one; it is not dropped. */
    existingDatabaseUrl?: string;
  }): Promise<BenchServer> {
    assertServerBuilt();
    const dataDir = await mkdtemp(join(tmpdir(), 'wn-search-bench-'));
    let database: { url: string; drop(): Promise<void> } | undefined;
    try {
      if (options.existingDatabaseUrl) database = { url: options.existingDatabaseUrl, drop: () => Promise.resolve() };
      else if (options.database === 'postgres') database = await createDatabase(options.postgresUrl);
      const port = await freePort();
      const env = serverEnvironment({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_MODE: options.demoMode ? 'true' : 'false',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SESSION_SECRET: randomBytes(32).toString('base64url'),
        ...(database ? { DATABASE_URL: database.url } : {}),
        ...options.extraEnv,
      });
      const server = new BenchServer({ database: options.database, dataDir, baseUrl: `http://127.0.0.1:${port}`, env });
      const created = database;
      server.dropDatabase = created ? () => created.drop() : undefined;
      return server;
    } catch (error) {
      await database?.drop().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }

  /** Runs the migrations and creates an administrator (create-admin.cli.js). */
  async createAdmin(email = 'bench-admin@example.org'): Promise<{ email: string; password: string }> {
    const admin = { email, password: randomBytes(18).toString('base64url') };
    await runToCompletion(
      [CREATE_ADMIN, admin.email, 'Bench Admin'],
      { ...this.setup.env, ADMIN_PASSWORD: admin.password },
      'create-admin (server/dist/users/create-admin.cli.js)',
    );
    this.setup.admin = admin;
    return admin;
  }

  /** A pg client on the database while the server is stopped (PGlite: opened in this process). */
  async withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    if (this.child) throw new Error('withDatabase needs the server to be stopped (PGlite has one user)');
    let stopEmbedded: (() => Promise<void>) | undefined;
    let url = this.setup.env.DATABASE_URL;
    if (!url) {
      const module = (await import(pathToFileURL(EMBEDDED_POSTGRES).href)) as EmbeddedModule & {
        default?: EmbeddedModule;
      };
      const start = module.startEmbeddedPostgres ?? module.default?.startEmbeddedPostgres;
      const embedded = await start(this.setup.dataDir);
      url = embedded.url;
      stopEmbedded = () => embedded.stop();
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      return await fn(client);
    } finally {
      await client.end().catch(() => undefined);
      await stopEmbedded?.();
    }
  }

  /** Rebuilds the search index with reindex.cli.js; returns the wall time and the CLI's own summary. */
  async reindex(timeoutMs: number): Promise<{ seconds: number; summary: string }> {
    const started = performance.now();
    const output = await runToCompletion(
      ['--enable-source-maps', REINDEX],
      this.setup.env,
      'reindex (server/dist/search/reindex.cli.js)',
      timeoutMs,
    );
    const seconds = (performance.now() - started) / 1000;
    const summary = /Reindexed .*$/m.exec(output)?.[0] ?? '';
    return { seconds, summary };
  }

  /** Starts server/dist/main.js and waits until /health answers. */
  async start(): Promise<void> {
    const started = track(
      spawn(process.execPath, [...serverNodeArgs(), SERVER_MAIN], {
        env: this.setup.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    this.child = started;
    this.output = captureOutput(started);
    await waitUntil(
      async () => (await fetch(`${this.setup.baseUrl}/health`, { signal: AbortSignal.timeout(2000) })).ok,
      started,
      this.output,
      'Our server (server/dist/main.js)',
    );
  }

  /** Waits until the search outbox is empty (GET /health/search). */
  async waitForIndexQueue(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await withTimeout(
        fetch(`${this.setup.baseUrl}/health/search`, { signal: AbortSignal.timeout(5000) }),
        6000,
        'GET /health/search',
      );
      const health = (await response.json()) as { queueLength?: number; oldestAgeSeconds?: number | null };
      if (health.queueLength === 0) return;
      if (Date.now() > deadline)
        throw new Error(`The search outbox still holds ${health.queueLength} change(s) after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The running server's process id. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  serverOutput(): string {
    return this.output();
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child) await stopChild(child);
  }

  /** Stops the server, drops the database, removes DATA_DIR. Never throws. */
  async cleanup(): Promise<void> {
    await this.stop().catch(() => undefined);
    await this.dropDatabase?.().catch(() => undefined);
    this.dropDatabase = undefined;
    await rm(this.setup.dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Runs `body`, cleaning up on the way out and on Ctrl-C / SIGTERM (exit code 130). */
export async function withCleanup<T>(cleanup: () => Promise<void>, body: () => Promise<T>): Promise<T> {
  let cleaned = false;
  const once = async () => {
    if (cleaned) return;
    cleaned = true;
    await cleanup();
  };
  const onSignal = () => {
    process.stderr.write('\nInterrupted: stopping the server and removing the benchmark data …\n');
    void once().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await body();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await once();
  }
}
