import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { canView, whereVisible } from '../articles/article-access-policy';
import { ArticleKind } from '../articles/article-kind';
import { ArticleEntity } from '../articles/article.entity';
import { CategoriesService } from '../categories/categories.service';
import type { Viewer } from '../common/auth/viewer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import type { MaterialsFilter } from './dto/materials.args';
import { MaterialEasyLanguage } from './material-easy-language';
import { MaterialFileContentEntity } from './material-file-content.entity';
import { MaterialFileEntity } from './material-file.entity';
import { materialLanguageCode } from './material-language';
import { MaterialLicence } from './material-licence';
import { cleanFileName, extensionOf, sniffMaterialMediaType } from './material-media-type';
import { applyMaterialMetadata, type MaterialMetadataPatch } from './material-metadata';
import { assertEditor } from './material-permissions';
import {
  MaterialErrorCode,
  MaterialException,
  materialArticleNotFound,
  materialFileNotFound,
} from './materials.errors';

export interface MaterialUpload {
  bytes: Buffer;
  originalName: string;
}

export interface MaterialListing {
  items: { article: ArticleEntity; files: MaterialFileEntity[] }[];
  totalCount: number;
  availableLanguages: string[];
}

/** Files of MATERIAL articles: upload, metadata, delete, download and the filtered material list. */
@Injectable()
export class MaterialFilesService {
  constructor(
    @InjectRepository(MaterialFileEntity) private readonly files: Repository<MaterialFileEntity>,
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
    private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly outbox: SearchOutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxFileBytes(): number {
    return this.config.materials.maxFileBytes;
  }

  /** Attaches a file to a MATERIAL article (editors and admins). Type and size are checked on the bytes. */
  async upload(viewer: Viewer | null, articleId: string, upload: MaterialUpload, patch: MaterialMetadataPatch) {
    assertEditor(viewer);
    if (upload.bytes.length === 0)
      throw new MaterialException(MaterialErrorCode.FILE_MISSING, 'The upload contains no file (or an empty one).');
    if (upload.bytes.length > this.maxFileBytes) throw this.tooLarge();
    const type = sniffMaterialMediaType(upload.bytes);
    if (!type)
      throw new MaterialException(
        MaterialErrorCode.MEDIA_TYPE_NOT_ALLOWED,
        'This file type is not allowed (PDF, PNG, JPEG, SVG, Word, Excel, PowerPoint and OpenDocument are).',
      );
    const fileName = cleanFileName(upload.originalName);
    if (!type.extensions.includes(extensionOf(fileName)))
      throw new MaterialException(
        MaterialErrorCode.EXTENSION_MISMATCH,
        `The file is a ${type.label} file, but its name does not end in .${type.extensions.join(' or .')}.`,
        { mediaType: type.mediaType },
      );
    const metadata = applyMaterialMetadata(
      {
        title: fileName.replace(/\.[^.]+$/, ''),
        language: 'de',
        licence: MaterialLicence.ALL_RIGHTS_RESERVED,
        licenceNote: null,
        easyLanguage: MaterialEasyLanguage.NONE,
      },
      patch,
    );
    return this.dataSource.transaction(async (manager) => {
      // The lock orders concurrent uploads (positions) and waits for a concurrent article delete.
      const article = await manager.findOne(ArticleEntity, {
        where: { id: articleId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!article) throw materialArticleNotFound();
      if (article.kind !== ArticleKind.MATERIAL)
        throw new MaterialException(
          MaterialErrorCode.NOT_MATERIAL_ARTICLE,
          'Files can only be attached to articles of kind MATERIAL.',
        );
      const last = await manager
        .createQueryBuilder(MaterialFileEntity, 'f')
        .select('MAX(f.position)', 'max')
        .where('f.articleId = :articleId', { articleId })
        .getRawOne<{ max: number | null }>();
      const file = await manager.save(
        manager.create(MaterialFileEntity, {
          ...metadata,
          articleId,
          position: (last?.max ?? -1) + 1,
          fileName,
          mediaType: type.mediaType,
          sizeBytes: upload.bytes.length,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          uploadedById: viewer.userId,
        }),
      );
      await manager.insert(MaterialFileContentEntity, { fileId: file.id, bytes: upload.bytes });
      await this.outbox.enqueue(manager, 'ARTICLE', [articleId]);
      return file;
    });
  }

  tooLarge(): MaterialException {
    const megabytes = Math.round((this.maxFileBytes / (1024 * 1024)) * 10) / 10;
    return new MaterialException(MaterialErrorCode.FILE_TOO_LARGE, `The file is larger than ${megabytes} MB.`, {
      maxBytes: this.maxFileBytes,
    });
  }

  async update(viewer: Viewer | null, id: string, patch: MaterialMetadataPatch): Promise<MaterialFileEntity> {
    assertEditor(viewer);
    return this.dataSource.transaction(async (manager) => {
      const file = await this.lockFile(manager, id);
      Object.assign(file, applyMaterialMetadata(file, patch));
      const saved = await manager.save(file);
      await this.outbox.enqueue(manager, 'ARTICLE', [file.articleId]);
      return saved;
    });
  }

  async remove(viewer: Viewer | null, id: string): Promise<MaterialFileEntity> {
    assertEditor(viewer);
    return this.dataSource.transaction(async (manager) => {
      const file = await this.lockFile(manager, id);
      await manager.delete(MaterialFileEntity, { id }); // content goes with it (ON DELETE CASCADE)
      await this.outbox.enqueue(manager, 'ARTICLE', [file.articleId]);
      return { ...file, id };
    });
  }

  /** The file and its bytes if the viewer may see its article; otherwise not found (nothing leaks). */
  async download(viewer: Viewer | null, id: string): Promise<{ file: MaterialFileEntity; bytes: Buffer }> {
    const file = await this.files.findOne({ where: { id }, relations: { article: true } });
    if (!file?.article || !canView(viewer, file.article)) throw materialFileNotFound();
    const content = await this.dataSource.manager.findOne(MaterialFileContentEntity, { where: { fileId: id } });
    if (!content) throw materialFileNotFound();
    return { file, bytes: content.bytes };
  }

  /** Files per article id, in their order (callers have checked that the articles are visible). */
  async forArticles(articleIds: readonly string[]): Promise<Map<string, MaterialFileEntity[]>> {
    const byArticle = new Map<string, MaterialFileEntity[]>(articleIds.map((id) => [id, []]));
    if (articleIds.length === 0) return byArticle;
    const files = await this.files.find({
      where: { articleId: In([...articleIds]) },
      order: { position: 'ASC', uploadedAt: 'ASC' },
    });
    for (const file of files) byArticle.get(file.articleId)?.push(file);
    return byArticle;
  }

  /**
   * MATERIAL articles the viewer may see, filtered by topic (category with subcategories, tag) and
   * by their files' language and easy-language level; each with the files that match.
   */
  async list(viewer: Viewer | null, filter: MaterialsFilter = {}, first = 20, offset = 0): Promise<MaterialListing> {
    const language = filter.language === undefined ? undefined : materialLanguageCode(filter.language);
    if (filter.language !== undefined && !language)
      throw new MaterialException(MaterialErrorCode.INVALID_METADATA, `Unknown language "${filter.language}".`, {
        field: 'language',
      });
    const query = this.articles.createQueryBuilder('a').where('a.kind = :kind', { kind: ArticleKind.MATERIAL });
    whereVisible(query, 'a', viewer);
    if (filter.categoryId) {
      const tree = await this.categories.tree();
      query.andWhere('a.categoryId IN (:...categoryIds)', { categoryIds: tree.descendantIds(filter.categoryId) });
    }
    if (filter.tag) query.andWhere(':tag = ANY(a.tags)', { tag: filter.tag.trim().toLocaleLowerCase('de') });
    const fileConditions: string[] = [];
    if (language) fileConditions.push('f."language" = :language');
    if (filter.easyLanguage) fileConditions.push('f."easyLanguage" = :easyLanguage');
    const params = { language, easyLanguage: filter.easyLanguage };
    if (fileConditions.length > 0) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM material_file f WHERE f."articleId" = a.id AND ${fileConditions.join(' AND ')})`,
        params,
      );
    }
    const [articles, totalCount] = await query
      .orderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .skip(offset)
      .take(first)
      .getManyAndCount();
    const files = await this.forArticles(articles.map((article) => article.id));
    const matches = (file: MaterialFileEntity): boolean =>
      (!language || file.language === language) && (!filter.easyLanguage || file.easyLanguage === filter.easyLanguage);
    return {
      items: articles.map((article) => ({ article, files: (files.get(article.id) ?? []).filter(matches) })),
      totalCount,
      availableLanguages: await this.availableLanguages(viewer),
    };
  }

  private async availableLanguages(viewer: Viewer | null): Promise<string[]> {
    const query = this.files
      .createQueryBuilder('f')
      .innerJoin(ArticleEntity, 'a', 'a.id = f.articleId')
      .select('DISTINCT f.language', 'language')
      .where('a.kind = :kind', { kind: ArticleKind.MATERIAL });
    whereVisible(query, 'a', viewer);
    const rows = await query.orderBy('language').getRawMany<{ language: string }>();
    return rows.map((row) => row.language);
  }

  private async lockFile(manager: EntityManager, id: string): Promise<MaterialFileEntity> {
    const file = await manager.findOne(MaterialFileEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!file) throw materialFileNotFound();
    return file;
  }
}
