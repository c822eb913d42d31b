import { getUrlScheme } from './get-url-scheme';
import { MAX_URL_LENGTH } from './is-safe-link-href';

/** True for http(s) and relative image URLs; false for `data:`, `javascript:` etc. */
export function isSafeImageSrc(src: unknown): src is string {
  if (typeof src !== 'string' || src.trim() === '' || src.length > MAX_URL_LENGTH) return false;
  const scheme = getUrlScheme(src);
  return scheme === null || scheme === 'http' || scheme === 'https';
}
