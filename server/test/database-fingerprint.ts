import type { DataSource } from 'typeorm';

const TABLES = [
  'agency',
  'user_account',
  'user_session',
  'category',
  'article',
  'article_revision',
  'programme',
  'programme_agency',
  'programme_event',
  'project_topic',
  'project',
  'project_status_change',
  'project_member',
  'project_milestone',
  'project_article_link',
  'project_inspiration',
  'project_change_proposal',
];

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
