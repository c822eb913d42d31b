import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import ts from 'typescript';
import { captureOutput, type ChildExit, stopChild, track, withTimeout } from './child-processes';
import type { CollabBenchOptions } from './options';
import { WissensnetzApi } from './wissensnetz-api';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SERVER_MAIN = join(ROOT, 'server', 'dist', 'main.js');
const CREATE_ADMIN = join(ROOT, 'server', 'dist', 'users', 'create-admin.cli.js');
const START_TIMEOUT_MS = 120_000;

/** A collaboration server under test, ready for clients. */
export interface ServerUnderTest {
  label: string;
  /** The Node.js process whose CPU and memory are measured. */
  pid: number;
  /** Further processes doing work for it (PostgreSQL backends); measured separately. */
  helperPids(): Promise<number[]>;
  websocketUrl: string;
  documentNames: string[];
  /** A collaboration token (null: the server needs none); called again when a token gets old. */
  token: (() => Promise<string>) | null;
  output(): string;
  /** SIGTERM, wait for a clean exit, remove temporary data. Never throws. */
  stop(): Promise<ChildExit | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function waitUntil(
  check: () => Promise<boolean>,
  child: ChildProcess,
  output: () => string,
  what: string,
) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited early (code ${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`${what} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * BENCH_SERVER_NODE_ARGS reaches only the measured servers (ours and the bare one, so that
 * both are measured alike), e.g. "--cpu-prof --cpu-prof-dir=/tmp/collab-prof".
 */
export function serverNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** Environment for our server without anything that would reach external services. */
export function serverEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'MEILI_HOST', 'MEILI_API_KEY', 'PUBLIC_URL', 'WEB_DIST_DIR'])
    delete env[key];
  return { ...env, ...extra };
}

/** Runs a Node.js script to its end (at most `timeoutMs`); returns its output. */
export async function runToCompletion(
  args: string[],
  env: NodeJS.ProcessEnv,
  what: string,
  timeoutMs = START_TIMEOUT_MS,
): Promise<string> {
  const child = track(spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  const output = captureOutput(child);
  const code = await withTimeout(
    new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('exit', (exitCode) => done(exitCode));
    }),
    timeoutMs,
    what,
  ).catch(async (error: unknown) => {
    await stopChild(child, 2000);
    throw error;
  });
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}):\n${output()}`);
  return output();
}

/** A fresh PostgreSQL database, dropped again by drop(). */
export async function createDatabase(
  serverUrl: string,
): Promise<{ url: string; admin: pg.Client; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000, query_timeout: 30_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${serverUrl} (${error instanceof Error ? error.message : String(error)}); ` +
        'start it, pass --postgres-url, or use --db pglite',
    );
  }
  const name = `wn_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    admin,
    async drop() {
      try {
        // For looking into a loaded database afterwards (EXPLAIN, profiling).
        if (process.env.BENCH_KEEP_DATABASE === '1') {
          process.stderr.write(`BENCH_KEEP_DATABASE=1: kept database ${url.toString()}\n`);
          return;
        }
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end().catch(() => undefined);
      }
    },
  };
}

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function inParallel<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Our server exactly as production runs it (server/dist/main.js, NODE_ENV=production) on a
 * fresh database, with one administrator and `options.documents` articles of one paragraph
 * per client.
 */
export async function startWissensnetz(options: CollabBenchOptions): Promise<ServerUnderTest> {
  if (!existsSync(SERVER_MAIN) || !existsSync(CREATE_ADMIN))
    throw new Error(`${SERVER_MAIN} is missing: run pnpm build first (or pnpm --filter @wissensnetz/server build)`);
  const dataDir = await mkdtemp(join(tmpdir(), 'wn-collab-bench-'));
  const database = options.database === 'postgres' ? await createDatabase(options.postgresUrl) : undefined;
  let child: ChildProcess | undefined;
  const cleanup = async () => {
    const exit = child ? await stopChild(child) : null;
    await database?.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    return exit;
  };
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const email = 'bench-admin@example.org';
    const password = randomBytes(18).toString('base64url');
    const env = serverEnvironment({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_MODE: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    await runToCompletion(
      [CREATE_ADMIN, email, 'Bench Admin'],
      { ...env, ADMIN_PASSWORD: password },
      'create-admin (server/dist/users/create-admin.cli.js)',
    );

    const started = track(
      spawn(process.execPath, [...serverNodeArgs(), SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    child = started;
    const output = captureOutput(started);
    await waitUntil(
      async () => (await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) })).ok,
      started,
      output,
      'Our server (server/dist/main.js)',
    );

    const api = new WissensnetzApi(baseUrl);
    await api.login(email, password);
    const paragraphs = Array.from({ length: options.clientsPerDocument }, (_, i) => `Absatz ${i + 1}: `);
    const ids = await inParallel(
      Array.from({ length: options.documents }, (_, i) => i),
      8,
      (i) => api.createArticle(`Lasttest ${i + 1}`, paragraphs),
    );
    // Tokens live five minutes; hand out one that is at most four minutes old.
    let cached: { token: string; at: number } | undefined;
    const token = async () => {
      if (!cached || Date.now() - cached.at > 4 * 60_000)
        cached = { token: await api.collaborationToken(), at: Date.now() };
      return cached.token;
    };
    await token();

    return {
      label: `Wissensnetz (server/dist/main.js, ${options.database === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'})`,
      pid: started.pid ?? 0,
      async helperPids() {
        if (!database) return [];
        const result = await database.admin.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1',
          [new URL(database.url).pathname.slice(1)],
        );
        return result.rows.map((row) => row.pid);
      },
      websocketUrl: `ws://127.0.0.1:${port}/collab`,
      documentNames: ids.map((id) => `article:${id}`),
      token,
      output,
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** A bare @hocuspocus/server (no extensions, no persistence) as plain JavaScript in its own process. */
export async function startBareHocuspocus(options: CollabBenchOptions): Promise<ServerUnderTest> {
  const dir = await mkdtemp(join(tmpdir(), 'wn-collab-bench-bare-'));
  let child: ChildProcess | undefined;
  const cleanup = async () => {
    const exit = child ? await stopChild(child) : null;
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return exit;
  };
  try {
    const source = await readFile(join(import.meta.dirname, 'bare-hocuspocus-server.ts'), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const script = join(dir, 'bare-hocuspocus-server.mjs');
    await writeFile(script, outputText);
    const port = await freePort();
    const started = track(
      spawn(process.execPath, [...serverNodeArgs(), script], {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOCUSPOCUS_SERVER_MODULE: import.meta.resolve('@hocuspocus/server'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    child = started;
    const output = captureOutput(started);
    await waitUntil(() => Promise.resolve(output().includes('ready ')), started, output, 'The bare Hocuspocus server');
    return {
      label: 'bare @hocuspocus/server (no extensions)',
      pid: started.pid ?? 0,
      helperPids: () => Promise.resolve([]),
      websocketUrl: `ws://127.0.0.1:${port}/collab`,
      // Names of the same shape as ours: every message carries its document's name, so shorter
      // names alone would make the reference send and parse fewer bytes.
      documentNames: Array.from({ length: options.documents }, () => `article:${randomUUID()}`),
      token: null,
      output,
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
