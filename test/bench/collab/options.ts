import { availableParallelism } from 'node:os';

export type DatabaseKind = 'postgres' | 'pglite';

export interface CollabBenchOptions {
  /** Documents (articles) edited at the same time. */
  documents: number;
  /** Clients per document; every client of a document types into it. */
  clientsPerDocument: number;
  /** Seconds of typing before the measurement starts (not measured). */
  warmupSeconds: number;
  /** Seconds of measured typing. */
  durationSeconds: number;
  /** Pause between two keystrokes of one client, uniformly drawn from [min, max] ms. */
  keystrokeMinMs: number;
  keystrokeMaxMs: number;
  /** Load-generator processes; all clients of one document always live in the same process. */
  workers: number;
  /** Database behind our server. */
  database: DatabaseKind;
  /** PostgreSQL server used with --db postgres (a fresh database is created and dropped). */
  postgresUrl: string;
  /** Which servers to measure. */
  targets: { wissensnetz: boolean; bare: boolean };
  /** Connections opened at the same time while ramping up. */
  connectConcurrency: number;
}

export const USAGE = `Usage: pnpm bench collab [options]

  --docs, -d <n>          documents edited at the same time        (env BENCH_DOCS, default 100)
  --clients, -c <n>       clients per document                     (env BENCH_CLIENTS, default 5)
  --duration, -t <s>      measured seconds                         (env BENCH_DURATION, default 30)
  --warmup <s>            unmeasured typing before the measurement (env BENCH_WARMUP, default 5)
  --interval <min-max>    ms between keystrokes of one client       (env BENCH_INTERVAL, default 150-300)
  --workers <n>           load-generator processes                 (env BENCH_WORKERS, default 1)
  --db postgres|pglite    database of our server                   (env BENCH_DB, default postgres)
  --postgres-url <url>    PostgreSQL server for --db postgres      (env BENCH_POSTGRES_URL,
                          default postgres://postgres@127.0.0.1:5432/postgres)
  --only wissensnetz|bare measure one server only (no ratios)
  --connect-concurrency <n> connections opened in parallel          (default 50)
  --help                  this text
`;

export class UsageError extends Error {}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

function nonNegativeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`${name} must be a number ≥ 0, got "${value}"`);
  return parsed;
}

/** Reads `--name value`, `--name=value` and short flags; the environment supplies defaults. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): CollabBenchOptions | 'help' {
  const flags = new Map<string, string>();
  const aliases: Record<string, string> = { d: 'docs', c: 'clients', t: 'duration', D: 'docs', C: 'clients' };
  const known = new Set([
    'docs',
    'clients',
    'duration',
    'warmup',
    'interval',
    'workers',
    'db',
    'postgres-url',
    'only',
    'connect-concurrency',
  ]);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--') continue;
    if (argument === '--help' || argument === '-h') return 'help';
    const match = /^(?:--([a-z-]+)|-([a-zA-Z]))(?:=(.*))?$/.exec(argument);
    if (!match) throw new UsageError(`Unexpected argument "${argument}"`);
    const name = match[1] ?? aliases[match[2]];
    if (!name || !known.has(name)) throw new UsageError(`Unknown option "${argument}"`);
    let value = match[3];
    if (value === undefined) {
      value = argv[index + 1];
      index += 1;
      if (value === undefined) throw new UsageError(`Option "${argument}" needs a value`);
    }
    flags.set(name, value);
  }
  const pick = (flag: string, variable: string) => flags.get(flag) ?? env[variable];

  const interval = pick('interval', 'BENCH_INTERVAL') ?? '150-300';
  const intervalMatch = /^(\d+)(?:-(\d+))?$/.exec(interval.trim());
  if (!intervalMatch) throw new UsageError(`--interval must look like 150-300, got "${interval}"`);
  const keystrokeMinMs = Number(intervalMatch[1]);
  const keystrokeMaxMs = Number(intervalMatch[2] ?? intervalMatch[1]);
  if (keystrokeMinMs < 10 || keystrokeMaxMs < keystrokeMinMs)
    throw new UsageError(`--interval needs 10 ≤ min ≤ max, got "${interval}"`);

  const database = pick('db', 'BENCH_DB') ?? 'postgres';
  if (database !== 'postgres' && database !== 'pglite')
    throw new UsageError(`--db must be postgres or pglite, got "${database}"`);

  const only = pick('only', 'BENCH_ONLY');
  if (only !== undefined && only !== 'wissensnetz' && only !== 'bare')
    throw new UsageError(`--only must be wissensnetz or bare, got "${only}"`);

  const workers = positiveInteger('--workers', pick('workers', 'BENCH_WORKERS'), 1);
  if (workers > availableParallelism() * 4)
    throw new UsageError(`--workers ${workers} is far more than this machine has cores`);

  const clientsPerDocument = positiveInteger('--clients', pick('clients', 'BENCH_CLIENTS'), 5);
  if (clientsPerDocument < 2) throw new UsageError('--clients must be at least 2: latency is measured between clients');

  return {
    documents: positiveInteger('--docs', pick('docs', 'BENCH_DOCS'), 100),
    clientsPerDocument,
    durationSeconds: nonNegativeNumber('--duration', pick('duration', 'BENCH_DURATION'), 30) || 30,
    warmupSeconds: nonNegativeNumber('--warmup', pick('warmup', 'BENCH_WARMUP'), 5),
    keystrokeMinMs,
    keystrokeMaxMs,
    workers,
    database,
    postgresUrl: pick('postgres-url', 'BENCH_POSTGRES_URL') ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    targets: { wissensnetz: only !== 'bare', bare: only !== 'wissensnetz' },
    connectConcurrency: positiveInteger('--connect-concurrency', flags.get('connect-concurrency'), 50),
  };
}
