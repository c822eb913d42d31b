/** Only same-site paths are accepted as return targets (no `//host` or absolute URLs). */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  if (value.startsWith('/anmelden')) return '/';
  return value;
}
