/**
 * Bulk load for the search benchmark: agencies, authors, the demo category tree and N
 * generated articles, written straight into the tables (batched INSERT … SELECT FROM
 * jsonb_to_recordset) — creating 100,000 articles through GraphQL would take hours.
 * The search index is not touched: reindex.cli.js builds it afterwards.
 */
import type pg from 'pg';
import {
  ArticleGenerator,
  type ArticleRow,
  benchAgencies,
  buildDemoCorpus,
  flattenCategories,
  Prng,
} from './german-corpus';

const ARTICLE_COLUMNS = `id uuid, slug text, title text, summary text, "categoryId" uuid, tags text[], body jsonb,
  "bodySchemaVersion" int, "bodyHtml" text, "bodyText" text, language text, status article_status,
  visibility visibility, "ownerId" uuid, "createdById" uuid, "updatedById" uuid, "revisionNumber" int,
  "createdAt" timestamptz, "updatedAt" timestamptz, "publishedAt" timestamptz`;

const ARTICLE_NAMES = ARTICLE_COLUMNS.split(',')
  .map((column) => column.trim().split(/\s+/)[0])
  .join(', ');

export interface LoadedData {
  articles: number;
  categoryIds: string[];
  seconds: number;
  /** Approximate words per article (body text). */
  averageWords: number;
}

export async function loadArticles(
  client: pg.Client,
  options: { articles: number; seed: number; batchSize: number; onProgress?: (done: number) => void },
): Promise<LoadedData> {
  const started = performance.now();
  const prng = new Prng(options.seed);
  const corpus = buildDemoCorpus();

  const agencyIds = new Map<string, string>();
  for (const agency of benchAgencies) {
    const id = prng.uuid();
    agencyIds.set(agency.key, id);
    await client.query('INSERT INTO agency (id, name, kind, region) VALUES ($1, $2, $3, $4)', [
      id,
      agency.name,
      agency.kind,
      agency.region,
    ]);
  }
  // Authors: a few editors per agency (they cannot sign in: the password hash is no hash).
  const ownerIds: string[] = [];
  for (const [index, agency] of benchAgencies.entries()) {
    for (let n = 1; n <= 3; n += 1) {
      const id = prng.uuid();
      ownerIds.push(id);
      await client.query(
        `INSERT INTO user_account (id, email, "displayName", "passwordHash", role, "agencyId")
         VALUES ($1, $2, $3, '!bench-no-login', 'EDITOR', $4)`,
        [id, `autor-${index + 1}-${n}@bench.example.org`, `Autorin ${index + 1}.${n}`, agencyIds.get(agency.key)],
      );
    }
  }
  const categories = flattenCategories(prng);
  for (const category of categories) {
    await client.query(
      'INSERT INTO category (id, "parentId", position, slug, name, description) VALUES ($1, $2, $3, $4, $5, $6)',
      [category.id, category.parentId, category.position, category.slug, category.name, category.description],
    );
  }

  const generator = new ArticleGenerator(options.seed + 1, corpus, categories, ownerIds);
  let words = 0;
  for (let start = 0; start < options.articles; start += options.batchSize) {
    const rows: ArticleRow[] = [];
    for (let index = start; index < Math.min(options.articles, start + options.batchSize); index += 1) {
      const row = generator.article(index);
      words += row.bodyText.split(/\s+/).length;
      rows.push(row);
    }
    await client.query(
      `INSERT INTO article (${ARTICLE_NAMES}) SELECT ${ARTICLE_NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${ARTICLE_COLUMNS})`,
      [JSON.stringify(rows)],
    );
    options.onProgress?.(start + rows.length);
  }
  await client.query('ANALYZE article');
  return {
    articles: options.articles,
    categoryIds: categories.map((category) => category.id),
    seconds: (performance.now() - started) / 1000,
    averageWords: options.articles ? Math.round(words / options.articles) : 0,
  };
}

/** Table sizes after loading and indexing, for the report. */
export async function databaseSizes(client: pg.Client): Promise<{ articles: string; index: string }> {
  const { rows } = await client.query<{ articles: string; index: string }>(
    // search_document is partitioned: its own size is 0, the partitions hold the data.
    `SELECT pg_size_pretty(pg_total_relation_size('article')) AS articles,
            pg_size_pretty(pg_total_relation_size('search_document') + pg_total_relation_size('search_term')
              + (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits
                 WHERE inhparent = 'search_document'::regclass)::bigint) AS index`,
  );
  return rows[0];
}
