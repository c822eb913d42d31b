/** The Hocuspocus endpoint on the page's own origin (`http:` → `ws:`, `https:` → `wss:`). */
export function collaborationUrl(origin: string = globalThis.location.origin): string {
  return `${origin.replace(/^http/, 'ws')}/collab`;
}
