/**
 * Version of the stored document format. Store it beside each document and
 * raise it together with a new entry in `documentMigrations`.
 */
export const EDITOR_SCHEMA_VERSION = 1;
