import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'wn_session';
/** Sliding lifetime: each use extends the session up to this long. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_MS };
}

export function readSessionToken(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  const token = cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : undefined;
}

export function writeSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, cookieOptions(secure));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  const { maxAge: _maxAge, ...options } = cookieOptions(secure);
  res.clearCookie(SESSION_COOKIE, options);
}

/** The session token from a raw Cookie header (WebSocket upgrades do not pass through cookie-parser). */
export function readSessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = decodeURIComponent(value.join('='));
      return token.length > 0 && token.length <= 200 ? token : undefined;
    }
  }
  return undefined;
}
