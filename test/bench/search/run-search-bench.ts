/**
 * `pnpm bench search`: indexing time and GraphQL search latency of our server
 * (server/dist) over N realistic German articles. See `pnpm bench search --help`.
 */
import { availableParallelism } from 'node:os';
import { summarize, type LatencySummary } from '../collab/latency-stats';
import { cpuBudgetPerRequestMs, CpuMeter, type CpuTimes } from './cpu-meter';
import { databaseSizes, loadArticles } from './load-articles';
import { type BenchQuery, queryClasses } from './query-classes';
import { BenchServer, type DatabaseKind, SearchApi, withCleanup } from './search-server';
import { parseFlags, positiveInteger, UsageError } from './search-options';

const USAGE = `Usage: pnpm bench search [options]

  --db postgres|pglite      database of the server                    (env BENCH_DB, default postgres)
  --postgres-url <url>      PostgreSQL server for --db postgres (a fresh database is created and dropped)
                            (env BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres)
  --articles, -n <n>        articles loaded (default 100000 on postgres, 10000 on pglite)
  --requests <n>            measured requests per query class and concurrency (default 200)
  --warmup <n>              unmeasured requests per class before measuring (default 30)
  --concurrency <list>      concurrent clients, comma-separated (default 1,16)
  --seed <n>                seed of the generated articles (default 42)
  --database-url <url>      measure on a database an earlier run kept (BENCH_KEEP_DATABASE=1): no loading,
                            no indexing, the database stays (env BENCH_DATABASE_URL; --db postgres only)
  --help                    this text

Targets: indexing 100,000 articles ≤ 3 min; PostgreSQL at 100,000 articles p95 ≤ 50 ms and
median ≤ 15 ms for every query class; embedded PGlite at 10,000 articles p95 ≤ 100 ms.
Smaller runs (e.g. -n 2000) print the same table; the verdicts then are indicative only.
`;

interface SearchBenchOptions {
  database: DatabaseKind;
  postgresUrl: string;
  articles: number;
  requests: number;
  warmup: number;
  concurrency: number[];
  seed: number;
  databaseUrl: string | undefined;
}

const TARGET_INDEX_SECONDS_PER_100K = 180;
const TARGETS = {
  postgres: { articles: 100_000, p95: 50, p50: 15 as number | null },
  pglite: { articles: 10_000, p95: 100, p50: null as number | null },
};
/** Upper bound for loading and for reindexing (scaled with N, at least 10 minutes). */
const phaseTimeoutMs = (articles: number) => Math.max(600_000, articles * 20);
const REQUEST_ERRORS_SHOWN = 5;

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function parse(argv: readonly string[]): SearchBenchOptions | 'help' {
  const flags = parseFlags(argv, {
    known: ['db', 'postgres-url', 'articles', 'requests', 'warmup', 'concurrency', 'seed', 'database-url'],
    aliases: { n: 'articles' },
  });
  if (flags === 'help') return 'help';
  const database = flags.get('db') ?? process.env.BENCH_DB ?? 'postgres';
  if (database !== 'postgres' && database !== 'pglite')
    throw new UsageError(`--db must be postgres or pglite, got "${database}"`);
  const concurrency = (flags.get('concurrency') ?? '1,16')
    .split(',')
    .map((value) => positiveInteger('--concurrency', value.trim(), 1));
  if (concurrency.some((value) => value > 256)) throw new UsageError('--concurrency values must be ≤ 256');
  const databaseUrl = flags.get('database-url') ?? process.env.BENCH_DATABASE_URL;
  if (databaseUrl && database !== 'postgres') throw new UsageError('--database-url needs --db postgres');
  return {
    database,
    postgresUrl:
      flags.get('postgres-url') ?? process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    articles: positiveInteger('--articles', flags.get('articles'), TARGETS[database].articles),
    requests: positiveInteger('--requests', flags.get('requests'), 200),
    warmup: positiveInteger('--warmup', flags.get('warmup'), 30),
    concurrency,
    seed: positiveInteger('--seed', flags.get('seed'), 42),
    databaseUrl,
  };
}

interface Measurement {
  className: string;
  concurrency: number;
  summary: LatencySummary;
  requestsPerSecond: number;
  errors: string[];
  /** Requests without an answer within the client timeout (15 s): a MISS, not an error. */
  timeouts: number;
  emptyResults: number;
  /** CPU milliseconds per answered request; null where /proc is missing. */
  cpu: CpuTimes | null;
}

const isTimeout = (message: string) => /timed out|aborted due to timeout/i.test(message);

/** Sends `total` requests from `concurrency` clients (each waits for its answer), cycling through `queries`. */
async function measure(
  api: SearchApi,
  queries: BenchQuery[],
  total: number,
  concurrency: number,
): Promise<{ latencies: number[]; seconds: number; errors: string[]; emptyResults: number }> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let emptyResults = 0;
  let next = 0;
  const started = performance.now();
  const lanes = Array.from({ length: Math.min(concurrency, total) }, async () => {
    while (next < total) {
      const query = queries[next % queries.length];
      next += 1;
      const sent = performance.now();
      try {
        const answer = await api.search(query.text, { filter: query.filter, instant: query.instant });
        latencies.push(performance.now() - sent);
        if (answer.totalCount === 0) emptyResults += 1;
      } catch (error) {
        errors.push(`${query.text}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  await Promise.all(lanes);
  return { latencies, seconds: (performance.now() - started) / 1000, errors, emptyResults };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

export async function runSearchBench(argv: readonly string[]): Promise<number> {
  let options: SearchBenchOptions | 'help';
  try {
    options = parse(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    print(USAGE);
    return 0;
  }
  const opts = options;
  const server = await BenchServer.create({
    database: opts.database,
    postgresUrl: opts.postgresUrl,
    demoMode: false,
    existingDatabaseUrl: opts.databaseUrl,
  });
  return withCleanup(
    () => server.cleanup(),
    async () => {
      const dbLabel = opts.database === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
      print(`Search benchmark: ${opts.articles.toLocaleString('en')} articles on ${dbLabel}, engine postgres`);
      if (opts.databaseUrl) {
        // Loaded and indexed by an earlier run: measure only.
        const admin = await server.createAdmin(`bench-admin-${Date.now().toString(36)}@example.org`);
        const existing = await server.withDatabase(async (client) => {
          const articles = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM article');
          // In the order they were inserted, as loadArticles returned them.
          const categories = await client.query<{ id: string }>('SELECT id FROM category ORDER BY ctid');
          return { articles: Number(articles.rows[0].n), categoryIds: categories.rows.map((row) => row.id) };
        });
        print(`Existing database: ${existing.articles.toLocaleString('en')} articles, not reloaded or reindexed`);
        const results = await measureLatency(server, admin, existing.categoryIds, opts);
        return report({ ...opts, articles: existing.articles }, null, results);
      }
      const admin = await server.createAdmin();

      // 1. Bulk load (not part of the indexing time).
      const loaded = await server.withDatabase((client) =>
        loadArticles(client, {
          articles: opts.articles,
          seed: opts.seed,
          batchSize: opts.database === 'postgres' ? 500 : 200,
          onProgress: (done) => process.stderr.write(`\rLoading articles … ${done}/${opts.articles}`),
        }),
      );
      process.stderr.write('\n');
      print(
        `Loaded ${loaded.articles.toLocaleString('en')} articles (≈${loaded.averageWords} words each) in ${loaded.seconds.toFixed(1)} s`,
      );

      // 2. Indexing: the whole reindex CLI, start to end (app start included).
      process.stderr.write('Indexing with server/dist/search/reindex.cli.js …\n');
      const reindex = await server.reindex(phaseTimeoutMs(opts.articles));
      const sizes = await server.withDatabase(async (client) => {
        // What autovacuum would do shortly after a reindex: fresh planner statistics.
        await client.query('ANALYZE search_document; ANALYZE search_term');
        return databaseSizes(client);
      });
      print(`Indexing: ${reindex.seconds.toFixed(1)} s wall time (${reindex.summary || 'no summary printed'})`);
      print(`Sizes: article table ${sizes.articles}, search index ${sizes.index}`);

      const results = await measureLatency(server, admin, loaded.categoryIds, opts);
      return report(opts, reindex.seconds, results);
    },
  );
}

/** 3. Latency through GraphQL, signed in as an administrator (sees every status). */
async function measureLatency(
  server: BenchServer,
  admin: { email: string; password: string },
  categoryIds: string[],
  opts: SearchBenchOptions,
): Promise<Measurement[]> {
  await server.start();
  await server.waitForIndexQueue();
  const api = new SearchApi(server.setup.baseUrl);
  await api.login(admin.email, admin.password);
  const classes = queryClasses(categoryIds);
  const results: Measurement[] = [];
  const meter = server.pid ? await CpuMeter.create(server.pid, server.setup.env.DATABASE_URL) : null;
  // Warm-up at the highest measured concurrency, so that every pooled connection has prepared
  // (and planned) each statement shape once, as in a server that has been running for a while.
  const warmConcurrency = Math.max(4, ...opts.concurrency);
  for (const queryClass of classes) {
    const requests = Math.max(opts.warmup, queryClass.queries.length, 3 * warmConcurrency);
    const warm = await measure(api, queryClass.queries, requests, warmConcurrency);
    if (warm.errors.length > 0) throw new Error(`Warm-up of "${queryClass.name}" failed: ${warm.errors[0]}`);
  }
  for (const concurrency of opts.concurrency) {
    for (const queryClass of classes) {
      process.stderr.write(`\rMeasuring ${queryClass.name} × ${concurrency} …`.padEnd(50));
      const before = await meter?.sample();
      const run = await measure(api, queryClass.queries, opts.requests, concurrency);
      const after = await meter?.sample();
      results.push({
        className: queryClass.name,
        concurrency,
        summary: summarize(run.latencies),
        requestsPerSecond: run.latencies.length / run.seconds,
        errors: run.errors.filter((error) => !isTimeout(error)),
        timeouts: run.errors.filter(isTimeout).length,
        emptyResults: run.emptyResults,
        cpu: meter && before && after ? meter.perRequest(before, after, run.latencies.length) : null,
      });
    }
  }
  await meter?.close();
  process.stderr.write('\r'.padEnd(52) + '\r');
  await server.stop();
  return results;
}

const cpuCell = (cpu: CpuTimes | null): string =>
  cpu
    ? [cpu.database, cpu.server, cpu.client]
        .filter((value) => value !== null)
        .map((value) => value.toFixed(1))
        .join('+')
    : '–';

/** With several clients, what a median target leaves each request of the machine's cores, beside what it took. */
function printCpuBudget(targetP50: number | null, results: Measurement[]): void {
  const cores = availableParallelism();
  for (const concurrency of new Set(results.map((result) => result.concurrency))) {
    const totals = results
      .filter((result) => result.concurrency === concurrency && result.cpu)
      .map(({ cpu }) => (cpu?.database ?? 0) + (cpu?.server ?? 0) + (cpu?.client ?? 0));
    if (targetP50 === null || concurrency === 1 || totals.length === 0) continue;
    const budget = cpuBudgetPerRequestMs(concurrency, targetP50, cores);
    print(
      `CPU budget: a ${targetP50} ms median for ${concurrency} clients on ${cores} cores leaves ≤ ${budget.toFixed(1)} ms ` +
        `of CPU per request; measured ${Math.min(...totals).toFixed(1)}–${Math.max(...totals).toFixed(1)} ms.`,
    );
  }
}

function report(opts: SearchBenchOptions, indexSeconds: number | null, results: Measurement[]): number {
  const target = TARGETS[opts.database];
  const atTargetSize = opts.articles >= target.articles;
  const note = atTargetSize
    ? ''
    : ` (indicative: the target is set for ${target.articles.toLocaleString('en')} articles, this run has ${opts.articles.toLocaleString('en')})`;
  print();
  print(
    `Latency in ms, GraphQL search over HTTP, ${opts.requests} requests per row after warm-up, signed in as admin${note}`,
  );
  const header = ['class', 'clients', 'n', 'p50', 'p95', 'p99', 'max', 'req/s', 'CPU/req', 'no hits', 'target'];
  const rows = results.map((result) => {
    const { summary } = result;
    const pass =
      result.errors.length === 0 &&
      result.timeouts === 0 &&
      summary.p95 <= target.p95 &&
      (target.p50 === null || summary.p50 <= target.p50);
    return [
      result.className,
      String(result.concurrency),
      String(summary.count),
      ms(summary.p50),
      ms(summary.p95),
      ms(summary.p99),
      ms(summary.max),
      result.requestsPerSecond.toFixed(0),
      cpuCell(result.cpu),
      `${Math.round((100 * result.emptyResults) / Math.max(1, summary.count))} %`,
      result.errors.length > 0
        ? `ERRORS ${result.errors.length}`
        : result.timeouts > 0
          ? `MISS (${result.timeouts} timed out)`
          : pass
            ? 'PASS'
            : 'MISS',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  print(line(header));
  // Rows with timeouts summarise the answered requests only.
  print(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) print(line(row));
  print();

  const latencyTarget =
    target.p50 === null ? `p95 ≤ ${target.p95} ms` : `p95 ≤ ${target.p95} ms and median ≤ ${target.p50} ms`;
  print(
    opts.database === 'pglite'
      ? 'CPU/req: CPU ms per request of the server (the embedded database runs inside it) + this load generator.'
      : 'CPU/req: CPU ms per request of the database backends + the server + this load generator.',
  );
  printCpuBudget(target.p50, results);
  const latencyPass = rows.every((row) => row[header.length - 1] === 'PASS');
  print(`Latency target (${latencyTarget}, every class and concurrency): ${latencyPass ? 'PASS' : 'MISS'}${note}`);
  if (indexSeconds === null) print('Indexing: not measured (existing database)');
  else if (opts.database === 'pglite')
    print(
      `Indexing: ${indexSeconds.toFixed(1)} s for ${opts.articles.toLocaleString('en')} articles (the indexing target is set for PostgreSQL)`,
    );
  else {
    const per100k = (indexSeconds / opts.articles) * 100_000;
    const indexPass = (opts.articles >= 100_000 ? indexSeconds : per100k) <= TARGET_INDEX_SECONDS_PER_100K;
    print(
      `Indexing target (100,000 articles ≤ ${TARGET_INDEX_SECONDS_PER_100K / 60} min): ${indexPass ? 'PASS' : 'MISS'} — ` +
        (opts.articles >= 100_000
          ? `${indexSeconds.toFixed(1)} s for ${opts.articles.toLocaleString('en')}`
          : `${indexSeconds.toFixed(1)} s for ${opts.articles.toLocaleString('en')}, ≈${per100k.toFixed(0)} s per 100,000 extrapolated linearly (indicative)`),
    );
  }

  const timeouts = results.reduce((sum, result) => sum + result.timeouts, 0);
  if (timeouts > 0)
    print(`${timeouts} request(s) got no answer within 15 s (counted as MISS; latencies above exclude them).`);
  const errors = results.flatMap((result) => result.errors);
  if (errors.length > 0) {
    process.stderr.write(`\n${errors.length} request(s) failed, e.g.:\n`);
    for (const error of errors.slice(0, REQUEST_ERRORS_SHOWN)) process.stderr.write(`  ${error}\n`);
    return 1;
  }
  return 0;
}
