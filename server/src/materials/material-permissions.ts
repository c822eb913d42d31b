import { canEditArticles } from '../articles/article-access-policy';
import type { Viewer } from '../common/auth/viewer';
import { forbidden, notAuthenticated } from '../common/errors/domain.exception';

/** Same rule as for editing the article itself: editors and admins. */
export function assertEditor(viewer: Viewer | null | undefined): asserts viewer is Viewer {
  if (!viewer) throw notAuthenticated();
  if (!canEditArticles(viewer)) throw forbidden('Only editors can change material files.');
}
