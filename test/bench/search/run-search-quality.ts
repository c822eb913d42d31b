/**
 * `pnpm bench search-quality`: ranking quality of the search over the German demo content.
 * The server seeds the demo data on an empty database (DEMO_MODE=true); we sign in as the
 * seeded editor (who sees drafts and archived articles too) and ask the queries of
 * quality-queries.ts through GraphQL. Prints MRR and recall@5 overall, per kind and per
 * query, and for every miss what came first. With MEILI_HOST set, Meilisearch is measured too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoArticles } from '../../../server/src/seed/demo/index';
import { QUALITY_QUERIES, type QualityQuery } from './quality-queries';
import { BenchServer, type DatabaseKind, SearchApi, withCleanup } from './search-server';
import { parseFlags, UsageError } from './search-options';

const USAGE = `Usage: pnpm bench search-quality [options]

  --db pglite|postgres   database of the demo server (default pglite; postgres creates and drops
                         a fresh database)
  --postgres-url <url>   PostgreSQL server for --db postgres
                         (env BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres)
  --help                 this text

Always measures the PostgreSQL engine; when MEILI_HOST (and MEILI_API_KEY) are set, also
Meilisearch. Careful: that run rebuilds the index "wissensnetz" on that Meilisearch host.
Target: MRR ≥ 0.85.
`;

const TARGET_MRR = 0.85;
const RESULTS_ASKED = 20;

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

interface QueryResult {
  query: QualityQuery;
  titles: string[];
  totalCount: number;
  rank: number | null;
  reciprocalRank: number;
  recallAt5: number;
}

function score(query: QualityQuery, titles: string[], totalCount: number): QueryResult {
  const index = titles.findIndex((title) => query.relevant.includes(title));
  const top5 = new Set(titles.slice(0, 5));
  return {
    query,
    titles,
    totalCount,
    rank: index >= 0 ? index + 1 : null,
    reciprocalRank: index >= 0 ? 1 / (index + 1) : 0,
    recallAt5: query.relevant.filter((title) => top5.has(title)).length / query.relevant.length,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const short = (title: string, length = 60) => (title.length > length ? `${title.slice(0, length - 1)}…` : title);

async function measureEngine(
  engine: 'postgres' | 'meilisearch',
  database: DatabaseKind,
  postgresUrl: string,
): Promise<QueryResult[]> {
  const meili: Record<string, string> = {};
  if (engine === 'meilisearch') {
    meili.MEILI_HOST = process.env.MEILI_HOST ?? '';
    if (process.env.MEILI_API_KEY) meili.MEILI_API_KEY = process.env.MEILI_API_KEY;
  }
  const server = await BenchServer.create({ database, postgresUrl, demoMode: true, extraEnv: meili });
  return withCleanup(
    () => server.cleanup(),
    async () => {
      await server.start(); // seeds the demo data before it listens
      if (engine === 'meilisearch') {
        // The index uid is fixed: rebuild it so documents of earlier runs (other ids) are gone.
        await server.stop();
        await server.reindex(300_000);
        await server.start();
      }
      await server.waitForIndexQueue();
      const credentials = JSON.parse(await readFile(join(server.setup.dataDir, 'demo-credentials.json'), 'utf8')) as {
        email: string;
        role: string;
        password: string;
      }[];
      const editor = credentials.find((credential) => credential.role === 'EDITOR');
      if (!editor) throw new Error('demo-credentials.json has no EDITOR account');
      const api = new SearchApi(server.setup.baseUrl);
      await api.login(editor.email, editor.password);
      const results: QueryResult[] = [];
      for (const query of QUALITY_QUERIES) {
        const answer = await api.search(query.query, { first: RESULTS_ASKED });
        results.push(
          score(
            query,
            answer.hits.map((hit) => hit.title),
            answer.totalCount,
          ),
        );
      }
      await server.stop();
      return results;
    },
  );
}

function report(engine: string, results: QueryResult[]): boolean {
  const mrr = mean(results.map((result) => result.reciprocalRank));
  const recall = mean(results.map((result) => result.recallAt5));
  print();
  print(`Engine ${engine}: ${results.length} queries over ${demoArticles.length} demo articles (signed in as editor)`);
  print();
  print(`${'RR'.padStart(5)}  ${'R@5'.padStart(4)}  ${'rank'.padStart(4)}  ${'kind'.padEnd(8)}  query  →  first hit`);
  for (const result of results) {
    const first = result.titles[0] ?? '(no hits)';
    const ok = result.rank === 1;
    print(
      `${result.reciprocalRank.toFixed(2).padStart(5)}  ${result.recallAt5.toFixed(2).padStart(4)}  ` +
        `${(result.rank === null ? '–' : String(result.rank)).padStart(4)}  ${result.query.kind.padEnd(8)}  ` +
        `${result.query.query}${ok ? '' : `  →  ${short(first)}`}`,
    );
  }
  print();
  print('Per kind:');
  const kinds = [...new Set(results.map((result) => result.query.kind))];
  for (const kind of kinds) {
    const ofKind = results.filter((result) => result.query.kind === kind);
    print(
      `  ${kind.padEnd(9)} n=${String(ofKind.length).padStart(2)}  MRR ${mean(ofKind.map((r) => r.reciprocalRank)).toFixed(3)}  ` +
        `recall@5 ${mean(ofKind.map((r) => r.recallAt5)).toFixed(3)}`,
    );
  }
  const worst = results
    .filter((result) => result.rank !== 1 || result.recallAt5 < 1)
    .sort((a, b) => a.reciprocalRank - b.reciprocalRank || a.recallAt5 - b.recallAt5);
  if (worst.length > 0) {
    print();
    print('Worst queries (expected → what came first):');
    for (const result of worst.slice(0, 15)) {
      print(
        `  "${result.query.query}" [${result.query.kind}] rank ${result.rank ?? `– (not in top ${RESULTS_ASKED})`}, ` +
          `${result.totalCount} hit(s); expected ${result.query.relevant.map((title) => `"${short(title, 50)}"`).join(', ')}`,
      );
      for (const [index, title] of result.titles.slice(0, 3).entries())
        print(`      ${index + 1}. ${short(title, 80)}`);
      if (result.titles.length === 0) print('      (no hits)');
    }
  }
  const pass = mrr >= TARGET_MRR;
  print();
  print(
    `Engine ${engine}: MRR ${mrr.toFixed(3)}, recall@5 ${recall.toFixed(3)}, ` +
      `first place ${results.filter((r) => r.rank === 1).length}/${results.length} — target MRR ≥ ${TARGET_MRR}: ${pass ? 'PASS' : 'MISS'}`,
  );
  return pass;
}

export async function runSearchQuality(argv: readonly string[]): Promise<number> {
  let flags: Map<string, string> | 'help';
  try {
    flags = parseFlags(argv, { known: ['db', 'postgres-url'] });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (flags === 'help') {
    print(USAGE);
    return 0;
  }
  const database = flags.get('db') ?? 'pglite';
  if (database !== 'postgres' && database !== 'pglite') {
    process.stderr.write(`--db must be postgres or pglite, got "${database}"\n\n${USAGE}`);
    return 2;
  }
  const postgresUrl =
    flags.get('postgres-url') ?? process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

  // Expectations must name real demo articles, else the benchmark measures our typos.
  const titles = new Set(demoArticles.map((article) => article.title));
  const unknown = QUALITY_QUERIES.flatMap((query) => query.relevant).filter((title) => !titles.has(title));
  if (unknown.length > 0) throw new Error(`quality-queries.ts names unknown demo titles: ${unknown.join('; ')}`);

  const engines: ('postgres' | 'meilisearch')[] = process.env.MEILI_HOST ? ['postgres', 'meilisearch'] : ['postgres'];
  if (!process.env.MEILI_HOST) print('MEILI_HOST is not set: measuring the PostgreSQL engine only.');
  for (const engine of engines) {
    process.stderr.write(`Starting the demo server (${engine}, ${database}) …\n`);
    const results = await measureEngine(engine, database, postgresUrl);
    report(engine, results);
  }
  return 0;
}
