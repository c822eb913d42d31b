import type { JSONContent } from '@tiptap/core';
import { documentMigrations, type DocumentMigration } from './document-migrations';
import { EDITOR_SCHEMA_VERSION } from './editor-schema-version';

/**
 * Brings a stored document from `fromVersion` up to `toVersion`
 * (default: `EDITOR_SCHEMA_VERSION`) by running each `up()` step in order.
 * Throws for a version this code does not know (e.g. a document written by a newer release).
 */
export function migrateDocument(
  doc: JSONContent,
  fromVersion: number,
  migrations: readonly DocumentMigration[] = documentMigrations,
  toVersion: number = EDITOR_SCHEMA_VERSION,
): JSONContent {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) {
    throw new RangeError(`Cannot migrate a document from schema version ${fromVersion} to ${toVersion}`);
  }

  let migrated = doc;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = migrations.find((migration) => migration.version === version);
    if (!step) throw new RangeError(`Missing document migration to schema version ${version}`);
    migrated = step.up(migrated);
  }
  return migrated;
}
