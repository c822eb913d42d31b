import type { SelectQueryBuilder } from 'typeorm';
import { Role, roleAtLeast } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { ArticleStatus, Visibility } from './article-status';

/**
 * Who sees which articles. Anonymous: published + public. Readers: all published.
 * Editors and admins: everything, including drafts and archived articles.
 */
export function canSeeUnpublished(viewer: Viewer | null): boolean {
  return viewer !== null && roleAtLeast(viewer.role, Role.EDITOR);
}

export function canEditArticles(viewer: Viewer | null): boolean {
  return canSeeUnpublished(viewer);
}

export function canView(viewer: Viewer | null, article: { status: ArticleStatus; visibility: Visibility }): boolean {
  if (canSeeUnpublished(viewer)) return true;
  if (article.status !== ArticleStatus.PUBLISHED) return false;
  return viewer !== null || article.visibility === Visibility.PUBLIC;
}

/** Adds the same rule as canView() to a query on alias `alias`, so counts and pages stay right. */
export function whereVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer | null,
): SelectQueryBuilder<T> {
  if (canSeeUnpublished(viewer)) return query;
  query.andWhere(`${alias}.status = :visibleStatus`, { visibleStatus: ArticleStatus.PUBLISHED });
  if (viewer === null)
    query.andWhere(`${alias}.visibility = :publicVisibility`, { publicVisibility: Visibility.PUBLIC });
  return query;
}
