// Type-only imports: they load the `Commands` augmentations (toggleBold, insertTable, …)
// of the extensions that @wissensnetz/editor bundles into its list.
export type {} from '@tiptap/starter-kit';
export type {} from '@tiptap/extension-table';
export type {} from '@tiptap/extension-list';
export type {} from '@tiptap/extension-image';
