import { listContactCardEntryIds, type JSONContent } from '@wissensnetz/editor';
import type { EntityManager } from 'typeorm';
import { Visibility } from '../articles/article-status';

/** What a contact card reads in a diff when its entry no longer exists. */
export const DELETED_ENTRY_LABEL = 'gelöschter Verzeichniseintrag';
/** What a contact card of an INTERNAL entry reads for anonymous visitors. */
export const HIDDEN_ENTRY_LABEL = 'nicht öffentlicher Verzeichniseintrag';

/**
 * The label of every contact card in the given documents for `diffDocuments`: the entry's
 * current name, looked up in one statement. Anonymous visitors get names of PUBLIC entries only.
 */
export async function contactCardLabels(
  manager: EntityManager,
  docs: readonly JSONContent[],
  options: { anonymous: boolean },
): Promise<(entryId: string) => string> {
  const ids = [...new Set(docs.flatMap((doc) => listContactCardEntryIds(doc)))];
  const rows: { id: string; name: string; visibility: Visibility }[] =
    ids.length === 0
      ? []
      : await manager.query(`SELECT id, name, visibility FROM "directory_entry" WHERE id = ANY($1::uuid[])`, [ids]);
  const labels = new Map(
    rows.map((row) => [
      row.id,
      options.anonymous && row.visibility !== Visibility.PUBLIC ? HIDDEN_ENTRY_LABEL : row.name,
    ]),
  );
  return (entryId) => labels.get(entryId.toLowerCase()) ?? DELETED_ENTRY_LABEL;
}
