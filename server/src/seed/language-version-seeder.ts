import { Injectable } from '@nestjs/common';
import type { JSONContent } from '@wissensnetz/editor';
import { ArticleStatus } from '../articles/article-status';
import { ArticlesService } from '../articles/articles.service';
import type { Viewer } from '../common/auth/viewer';
import { LanguageVariant } from '../language-versions/language-variant';
import { LanguageVersionsService } from '../language-versions/language-versions.service';
import { demoArticles } from './demo';
import { demoLanguageVersions, demoSourceChanges } from './demo/language-versions';

/**
 * Leichte Sprache versions and Arabic/Farsi translations of demo articles, made the way an
 * editor makes them: create the version from the source, write its text, publish. Afterwards
 * one source gets an addition, so its versions show "Quelle geändert seit dieser Version".
 */
@Injectable()
export class LanguageVersionSeeder {
  constructor(
    private readonly versions: LanguageVersionsService,
    private readonly articles: ArticlesService,
  ) {}

  async seed(input: { viewers: Map<string, Viewer>; articleIds: Map<string, string> }): Promise<void> {
    const ownerOf = (title: string): { sourceId: string; owner: Viewer } => {
      const sourceId = input.articleIds.get(title);
      const owner = input.viewers.get(demoArticles.find((article) => article.title === title)?.ownerEmail ?? '');
      if (!sourceId || !owner) throw new Error(`Demo language version: unknown source "${title}"`);
      return { sourceId, owner };
    };
    for (const version of demoLanguageVersions) {
      const { sourceId, owner } = ownerOf(version.sourceTitle);
      const created = await this.versions.create(owner, {
        sourceArticleId: sourceId,
        variant: LanguageVariant[version.variant],
        language: version.language,
        title: version.title,
      });
      await this.articles.update(owner, created.id, {
        baseRevision: created.revisionNumber,
        summary: version.summary,
        body: version.body,
      });
      await this.articles.setStatus(owner, created.id, ArticleStatus.PUBLISHED);
    }
    for (const change of demoSourceChanges) {
      const { sourceId, owner } = ownerOf(change.sourceTitle);
      const source = await this.articles.get(sourceId);
      const body: JSONContent = { ...source.body, content: [...(source.body.content ?? []), ...change.append] };
      await this.articles.update(owner, sourceId, { baseRevision: source.revisionNumber, body });
    }
  }
}
