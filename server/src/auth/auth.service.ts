import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../common/auth/viewer';
import { PasswordHasher } from '../users/password-hasher';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthErrorCode, AuthException } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionsService } from './sessions.service';

export interface LoginResult {
  user: UserEntity;
  token: string;
}

@Injectable()
export class AuthService {
  /** Verifying unknown e-mails against a real hash keeps failed logins as slow as real ones. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(email: string, password: string, address: string, userAgent?: string): Promise<LoginResult> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.users.findForLogin(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.timingDummyHash()), password);
    if (!user || !valid || !user.active) {
      await this.limiter.recordFailure(email, address);
      throw new AuthException(AuthErrorCode.INVALID_CREDENTIALS, 'E-mail address or password is wrong.');
    }
    await this.limiter.recordSuccess(email, address);
    const { token } = await this.sessions.create(user.id, userAgent);
    await this.users.recordLogin(user.id);
    const { passwordHash: _hash, ...withoutHash } = user;
    return { user: withoutHash as UserEntity, token };
  }

  private timingDummyHash(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(randomUUID());
    return this.dummyHash;
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.sessions.revoke(viewer.userId, viewer.sessionId);
  }

  /** Changing the password signs out every other session of the user. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    const hash = await this.users.getPasswordHash(viewer.userId);
    if (!(await this.hasher.verify(hash, currentPassword))) {
      throw new AuthException(AuthErrorCode.WRONG_PASSWORD, 'The current password is wrong.');
    }
    await this.users.setPassword(viewer.userId, newPassword);
    await this.sessions.revokeAll(viewer.userId, viewer.sessionId);
  }

  async revokeSession(viewer: Viewer, sessionId: string): Promise<void> {
    if (!(await this.sessions.revoke(viewer.userId, sessionId))) {
      throw new AuthException(AuthErrorCode.SESSION_NOT_FOUND, 'Session not found.');
    }
  }

  /** Deactivation takes effect at once: every session of the user is revoked. */
  async deactivateUser(viewer: Viewer, userId: string): Promise<UserEntity> {
    if (viewer.userId === userId) {
      throw new AuthException(AuthErrorCode.CANNOT_DEACTIVATE_SELF, 'You cannot deactivate your own account.');
    }
    const user = await this.users.update(userId, { active: false });
    await this.sessions.revokeAll(userId);
    return user;
  }

  async resetPassword(userId: string, password: string): Promise<void> {
    await this.users.get(userId);
    await this.users.setPassword(userId, password);
    await this.sessions.revokeAll(userId);
  }
}
