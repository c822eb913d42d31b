import { canSeeUnpublished } from '../articles/article-access-policy';
import type { Viewer } from '../common/auth/viewer';
import type { SearchAccess } from './engine/search-request';

/** The article visibility policy, expressed as index filters (same rule as articles/article-access-policy). */
export function searchAccessFor(viewer: Viewer | null): SearchAccess {
  if (canSeeUnpublished(viewer)) {
    return { statuses: ['DRAFT', 'PUBLISHED', 'ARCHIVED'], visibilities: ['INTERNAL', 'PUBLIC'] };
  }
  return { statuses: ['PUBLISHED'], visibilities: viewer ? ['INTERNAL', 'PUBLIC'] : ['PUBLIC'] };
}
