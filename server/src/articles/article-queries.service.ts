import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import type { Viewer } from '../common/auth/viewer';
import { canView, whereVisible } from './article-access-policy';
import { decodeCursor, encodeCursor } from './article-cursor';
import { ArticleEntity } from './article.entity';
import { ArticleErrorCode, ArticleException, articleNotFound } from './articles.errors';
import type { ArticleLookupArgs } from './dto/article-lookup.args';
import { ArticleOrder, type ArticlesArgs } from './dto/articles.args';

export interface ArticlePage {
  items: { cursor: string; article: ArticleEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Reading articles as a viewer: the visibility policy is applied inside every query. */
@Injectable()
export class ArticleQueriesService {
  constructor(
    @InjectRepository(ArticleEntity) private readonly articles: Repository<ArticleEntity>,
    private readonly categories: CategoriesService,
  ) {}

  async list(viewer: Viewer | null, args: ArticlesArgs): Promise<ArticlePage> {
    const query = this.articles.createQueryBuilder('a');
    whereVisible(query, 'a', viewer);
    const filter = args.filter;
    if (filter?.categoryId) {
      const ids = filter.includeSubcategories
        ? (await this.categories.tree()).descendantIds(filter.categoryId)
        : [filter.categoryId];
      query.andWhere('a.categoryId IN (:...categoryIds)', { categoryIds: ids });
    }
    if (filter?.tag) query.andWhere(':tag = ANY(a.tags)', { tag: filter.tag.trim().toLocaleLowerCase('de') });
    if (filter?.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter?.visibility) query.andWhere('a.visibility = :visibility', { visibility: filter.visibility });
    if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter?.updatedSince) query.andWhere('a.updatedAt >= :updatedSince', { updatedSince: filter.updatedSince });

    const totalCount = await query.clone().getCount();

    const byTitle = args.orderBy === ArticleOrder.TITLE_ASC;
    const sortExpression = byTitle ? 'lower(a.title)' : 'a.updatedAt';
    if (args.after) {
      const cursor = decodeCursor(args.after);
      const value = byTitle ? cursor.value : new Date(cursor.value);
      query.andWhere(
        new Brackets((where) => {
          where
            .where(`${sortExpression} ${byTitle ? '>' : '<'} :cursorValue`, { cursorValue: value })
            .orWhere(`(${sortExpression} = :cursorValue AND a.id ${byTitle ? '>' : '<'} :cursorId)`, {
              cursorId: cursor.id,
            });
        }),
      );
    }
    if (byTitle) {
      query.orderBy('lower(a.title)', 'ASC').addOrderBy('a.id', 'ASC');
    } else {
      query.orderBy('a.updatedAt', 'DESC').addOrderBy('a.id', 'DESC');
    }
    const rows = await query.take(args.first + 1).getMany();
    const page = rows.slice(0, args.first);
    return {
      items: page.map((article) => ({
        article,
        cursor: encodeCursor({
          value: byTitle ? article.title.toLowerCase() : article.updatedAt.toISOString(),
          id: article.id,
        }),
      })),
      hasNextPage: rows.length > args.first,
      totalCount,
    };
  }

  /** The article if the viewer may see it; NOT_FOUND otherwise, so hidden articles do not reveal they exist. */
  async getVisible(viewer: Viewer | null, lookup: ArticleLookupArgs): Promise<ArticleEntity> {
    if ((lookup.id === undefined) === (lookup.slug === undefined)) {
      throw new ArticleException(ArticleErrorCode.AMBIGUOUS_LOOKUP, 'Give exactly one of id or slug.');
    }
    const article = await this.articles.findOneBy(lookup.id ? { id: lookup.id } : { slug: lookup.slug });
    if (!article || !canView(viewer, article)) throw articleNotFound();
    return article;
  }

  async findByIds(ids: readonly string[]): Promise<ArticleEntity[]> {
    return ids.length === 0 ? [] : this.articles.findBy({ id: In([...ids]) });
  }

  /** Visible article counts per category (direct members only). */
  async countByCategory(viewer: Viewer | null, categoryIds: readonly string[]): Promise<Map<string, number>> {
    const query = this.articles
      .createQueryBuilder('a')
      .select('a.categoryId', 'categoryId')
      .addSelect('COUNT(*)', 'count')
      .where('a.categoryId IN (:...categoryIds)', { categoryIds: [...categoryIds] })
      .groupBy('a.categoryId');
    whereVisible(query, 'a', viewer);
    const rows = await query.getRawMany<{ categoryId: string; count: string }>();
    return new Map(rows.map((row) => [row.categoryId, Number(row.count)]));
  }

  async tags(viewer: Viewer | null): Promise<string[]> {
    const query = this.articles.createQueryBuilder('a').select('DISTINCT unnest(a.tags)', 'tag');
    whereVisible(query, 'a', viewer);
    const rows = await query.orderBy('tag').getRawMany<{ tag: string }>();
    return rows.map((row) => row.tag);
  }

  /** For the search index: articles directly in these categories. */
  async idsInCategories(categoryIds: string[]): Promise<string[]> {
    if (categoryIds.length === 0) return [];
    const rows = await this.articles.find({ select: { id: true }, where: { categoryId: In(categoryIds) } });
    return rows.map((row) => row.id);
  }

  /** For reindexing: every article in id order, page by page. */
  batchAfter(afterId: string | null, size: number): Promise<ArticleEntity[]> {
    const query = this.articles.createQueryBuilder('a').orderBy('a.id', 'ASC').take(size);
    if (afterId) query.where('a.id > :afterId', { afterId });
    return query.getMany();
  }

  countAll(): Promise<number> {
    return this.articles.count();
  }
}
