import { listContactCardEntryIds, type JSONContent } from '@wissensnetz/editor';
import type { EntityManager } from 'typeorm';

/**
 * Makes the article's reference rows match the contact cards in its body, inside the caller's
 * transaction: one statement drops cards that are gone and adds new ones.
 */
export async function replaceArticleDirectoryReferences(
  manager: EntityManager,
  articleId: string,
  body: JSONContent,
): Promise<void> {
  await manager.query(
    `WITH removed AS (
       DELETE FROM "article_directory_reference" WHERE "articleId" = $1 AND NOT ("entryId" = ANY($2::uuid[]))
     )
     INSERT INTO "article_directory_reference" ("articleId", "entryId")
     SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [articleId, listContactCardEntryIds(body)],
  );
}
