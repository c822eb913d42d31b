import type { JSONContent } from '@wissensnetz/editor';
import type { Visibility } from '@/gql/graphql';

/** The editable fields of an article as the form holds them. */
export interface ArticleForm {
  title: string;
  summary: string;
  categoryId: string;
  tagsText: string;
  language: string;
  visibility: Visibility;
  body: JSONContent;
}
