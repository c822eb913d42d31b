/** The Y.XmlFragment that holds the document; Tiptap's Collaboration extension uses the same default. */
export const COLLABORATION_FIELD = 'default';
