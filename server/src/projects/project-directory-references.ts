import { listContactCardEntryIds, type JSONContent } from '@wissensnetz/editor';
import type { EntityManager } from 'typeorm';

/**
 * Makes the project's reference rows match the contact cards in its description, inside the caller's
 * transaction: one statement drops cards that are gone and adds new ones.
 */
export async function replaceProjectDirectoryReferences(
  manager: EntityManager,
  projectId: string,
  body: JSONContent,
): Promise<void> {
  await manager.query(
    `WITH removed AS (
       DELETE FROM "project_directory_reference" WHERE "projectId" = $1 AND NOT ("entryId" = ANY($2::uuid[]))
     )
     INSERT INTO "project_directory_reference" ("projectId", "entryId")
     SELECT $1, unnest($2::uuid[])
     ON CONFLICT DO NOTHING`,
    [projectId, listContactCardEntryIds(body)],
  );
}
