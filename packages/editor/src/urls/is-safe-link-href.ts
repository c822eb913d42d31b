import { getUrlScheme } from './get-url-scheme';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

export const MAX_URL_LENGTH = 2048;

/** True for http(s), mailto and tel URLs and for relative URLs; false for `javascript:`, `data:` etc. */
export function isSafeLinkHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.trim() === '' || href.length > MAX_URL_LENGTH) return false;
  const scheme = getUrlScheme(href);
  return scheme === null || LINK_SCHEMES.has(scheme);
}
