/** Kinds of things the search finds; projects and directory entries join with their features. */
export type SearchKind = 'ARTICLE' | 'PROJECT' | 'DIRECTORY_ENTRY';

/**
 * One indexed thing, flattened for the engines. Access fields (status, visibility)
 * are indexed so that filtering by what the viewer may see happens inside the engine.
 */
export interface SearchDocument {
  /** `<kind>:<entityId>`, unique across kinds. */
  id: string;
  kind: SearchKind;
  entityId: string;
  /** Path in the web app, e.g. /artikel/<slug>. */
  url: string;
  title: string;
  summary: string;
  headings: string[];
  body: string;
  tags: string[];
  /** Category names from the root, e.g. ["Prozesse und Abläufe", "Integrationskurse"]. */
  categoryPath: string[];
  /** The category and its ancestors, so filtering by a parent finds children. */
  categoryIds: string[];
  language: string;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  visibility: 'INTERNAL' | 'PUBLIC';
  agencyId: string | null;
  agencyName: string | null;
  /** ISO 8601. */
  updatedAt: string;
}
