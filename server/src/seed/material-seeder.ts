import { Injectable } from '@nestjs/common';
import { ArticleKind } from '../articles/article-kind';
import { ArticleStatus, Visibility } from '../articles/article-status';
import { ArticlesService } from '../articles/articles.service';
import type { Viewer } from '../common/auth/viewer';
import { MaterialFilesService } from '../materials/material-files.service';
import { demoMaterials } from './demo/materials';

/** MATERIAL articles with their files, uploaded through the same service as the HTTP endpoint. */
@Injectable()
export class MaterialSeeder {
  constructor(
    private readonly articles: ArticlesService,
    private readonly materials: MaterialFilesService,
  ) {}

  async seed(input: { viewers: Map<string, Viewer>; categoryIds: Map<string, string> }): Promise<void> {
    for (const material of demoMaterials) {
      const owner = input.viewers.get(material.ownerEmail);
      if (!owner) throw new Error(`Demo material "${material.title}" has an unknown owner ${material.ownerEmail}`);
      const article = await this.articles.create(owner, {
        title: material.title,
        summary: material.summary,
        categoryId: input.categoryIds.get(material.categorySlug) ?? null,
        tags: material.tags,
        body: material.body,
        language: 'de',
        visibility: Visibility[material.visibility],
        kind: ArticleKind.MATERIAL,
      });
      await this.articles.setStatus(owner, article.id, ArticleStatus.PUBLISHED);
      for (const file of material.files) {
        await this.materials.upload(
          owner,
          article.id,
          { bytes: file.bytes(), originalName: file.fileName },
          {
            title: file.title,
            language: file.language,
            licence: file.licence,
            licenceNote: file.licenceNote,
            easyLanguage: file.easyLanguage ?? 'NONE',
          },
        );
      }
    }
  }
}
