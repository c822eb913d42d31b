import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

/** Tokens live briefly: the provider fetches a new one on every (re)connect. */
export const COLLABORATION_TOKEN_TTL_MS = 5 * 60 * 1000;

/**
 * Short-lived tokens that let a WebSocket client (browser or Node) prove its session
 * without exposing the HttpOnly session cookie. Signed with SESSION_SECRET, so every
 * instance accepts them; without one (single instance) a per-process key is used.
 */
@Injectable()
export class CollaborationTokenService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.sessionSecret
      ? createHmac('sha256', config.sessionSecret).update('collaboration-token').digest()
      : randomBytes(32);
  }

  issue(sessionId: string, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ sid: sessionId, exp: now + COLLABORATION_TOKEN_TTL_MS })).toString(
      'base64url',
    );
    return `${payload}.${this.sign(payload)}`;
  }

  /** The session id, or null for a forged, malformed or expired token. */
  verify(token: string, now = Date.now()): string | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sid?: unknown; exp?: unknown };
      if (typeof parsed.sid !== 'string' || typeof parsed.exp !== 'number' || parsed.exp < now) return null;
      return parsed.sid;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
