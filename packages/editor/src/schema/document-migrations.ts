import type { JSONContent } from '@tiptap/core';

export interface DocumentMigration {
  /** The version this step produces; it runs on documents of `version - 1`. */
  version: number;
  up: (doc: JSONContent) => JSONContent;
}

/** Steps from version 1 upwards, oldest first. Version 1 is the first format: nothing to migrate yet. */
export const documentMigrations: readonly DocumentMigration[] = [];
