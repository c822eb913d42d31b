import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import type { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { SESSION_TTL_MS } from './session-cookie';
import { SessionRevocations } from './session-revocations';
import { SessionEntity } from './session.entity';

/** Refresh lastSeenAt/expiresAt at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

interface SessionRow {
  id: string;
  lastSeenAt: Date;
  userId: string;
  role: Role;
  displayName: string;
  agencyId: string | null;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {}

  /** Creates a session and returns the secret token for the cookie. */
  async create(userId: string, userAgent: string | undefined): Promise<{ token: string; session: SessionEntity }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        tokenHash: this.hashToken(token),
        userId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        userAgent: userAgent?.slice(0, 300) ?? null,
        revokedAt: null,
      }),
    );
    return { token, session };
  }

  /** The viewer for a cookie token, or null if the session is unknown, expired, revoked or its user inactive. */
  resolveViewer(token: string): Promise<Viewer | null> {
    return this.resolve({ tokenHash: this.hashToken(token) });
  }

  /** The same check for a session id (from a signed collaboration token). */
  resolveViewerBySessionId(sessionId: string): Promise<Viewer | null> {
    return this.resolve({ id: sessionId });
  }

  private async resolve(key: { tokenHash: string } | { id: string }): Promise<Viewer | null> {
    // One plain statement: it runs on every request, where the ORM's find with a relation costs
    // two queries and most of the request's own CPU time.
    const [keyColumn, keyValue] = 'tokenHash' in key ? ['tokenHash', key.tokenHash] : ['id', key.id];
    const rows = await this.sessions.query<SessionRow[]>(
      `SELECT s.id, s."lastSeenAt" AS "lastSeenAt", u.id AS "userId", u.role, u."displayName" AS "displayName",
         u."agencyId" AS "agencyId"
       FROM user_session s JOIN user_account u ON u.id = s."userId"
       WHERE s."${keyColumn}" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`,
      [keyValue],
    );
    const session = rows[0];
    if (!session) return null;
    const now = new Date();
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update(
        { id: session.id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) },
      );
    }
    return {
      userId: session.userId,
      sessionId: session.id,
      role: session.role,
      displayName: session.displayName,
      agencyId: session.agencyId,
    };
  }

  listActive(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC' },
    });
  }

  /** Revokes one of the user's own sessions; false if there is none with that id. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const revoked = (result.affected ?? 0) > 0;
    if (revoked) this.revocations.notify({ userId, sessionId });
    return revoked;
  }

  async revokeAll(userId: string, exceptSessionId?: string): Promise<void> {
    const query = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('"userId" = :userId AND "revokedAt" IS NULL', { userId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
    this.revocations.notify({ userId, exceptSessionId });
  }

  /** Keyed with SESSION_SECRET when set, so a copied database alone cannot forge lookups. */
  private hashToken(token: string): string {
    return this.config.sessionSecret
      ? createHmac('sha256', this.config.sessionSecret).update(token).digest('hex')
      : createHash('sha256').update(token).digest('hex');
  }
}
