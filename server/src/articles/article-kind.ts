import { registerEnumType } from '@nestjs/graphql';

/** What an article is for; PROCESS articles get the process views. Values match the editor's templates. */
export enum ArticleKind {
  /** Ordered steps with roles, legal basis and deadlines. */
  PROCESS = 'PROCESS',
  /** How-to or background text (the default, also for articles written before kinds existed). */
  GUIDE = 'GUIDE',
  /** Questions and answers. */
  FAQ = 'FAQ',
  /** Handouts, forms and other material for customers. */
  MATERIAL = 'MATERIAL',
  /** A short note. */
  NOTE = 'NOTE',
}

registerEnumType(ArticleKind, {
  name: 'ArticleKind',
  description: 'What an article is for; each kind has a template.',
});
