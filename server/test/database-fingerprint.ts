import type { DataSource } from 'typeorm';

const TABLES = ['agency', 'user_account', 'user_session', 'category', 'article', 'article_revision'];

/** A hash of every row of every table: equal fingerprints mean nothing was written. */
export async function databaseFingerprint(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const [row] = await dataSource.query<{ n: string; h: string }[]>(
      `SELECT count(*)::text AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${table}" t`,
    );
    parts.push(`${table}:${row?.n}:${row?.h}`);
  }
  return parts.join(';');
}
