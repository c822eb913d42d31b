import type { Viewer } from '../common/auth/viewer';
import type { SearchKind } from './engine/search-document';

/**
 * Anonymous visitors only ever find published public projects, and they read those on the
 * server-rendered Ideenbörse (the internal project pages need a sign-in).
 */
export function hitUrlForViewer(viewer: Viewer | null, hit: { kind: SearchKind; url: string }): string {
  if (viewer === null && hit.kind === 'PROJECT') return hit.url.replace(/^\/projekte\//, '/ideenboerse/');
  return hit.url;
}
