import { emptyDocument, type JSONContent } from '@wissensnetz/editor';
import type { ArticleKind, EditedArticleFieldsFragment, Visibility } from '@/gql/graphql';

/** The editable fields of an article as the form holds them. */
export interface ArticleForm {
  title: string;
  summary: string;
  categoryId: string;
  tagsText: string;
  language: string;
  visibility: Visibility;
  kind: ArticleKind;
  body: JSONContent;
}

/** Everything but the body: what "Speichern" saves when the body is edited collaboratively. */
export type ArticleMetadata = Omit<ArticleForm, 'body'>;

export function blankArticleForm(): ArticleForm {
  return {
    title: '',
    summary: '',
    categoryId: '',
    tagsText: '',
    language: 'de',
    visibility: 'INTERNAL',
    kind: 'GUIDE',
    body: emptyDocument(),
  };
}

export function articleToForm(data: EditedArticleFieldsFragment): ArticleForm {
  return {
    title: data.title,
    summary: data.summary,
    categoryId: data.category?.id ?? '',
    tagsText: data.tags.join(', '),
    language: data.language,
    visibility: data.visibility,
    kind: data.kind,
    body: (data.body as JSONContent | null) ?? emptyDocument(),
  };
}

export function articleMetadata(form: ArticleForm): ArticleMetadata {
  return {
    title: form.title,
    summary: form.summary,
    categoryId: form.categoryId,
    tagsText: form.tagsText,
    language: form.language,
    visibility: form.visibility,
    kind: form.kind,
  };
}

/** True when both forms have the same title, summary, category, tags, language, visibility and kind. */
export function sameMetadata(a: ArticleForm, b: ArticleForm): boolean {
  return JSON.stringify(articleMetadata(a)) === JSON.stringify(articleMetadata(b));
}
