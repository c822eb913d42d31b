import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorKind } from '../common/errors/error-kind';

/** Failed attempts allowed per e-mail and address, and per address overall, in 15 minutes. */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

/**
 * Slows down password guessing. Only failures count, so a user who types
 * correctly is never locked out by their own logins.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount = new RateLimiterMemory({ points: LOGIN_FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS });
  private readonly perAddress = new RateLimiterMemory({ points: LOGIN_FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS });

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([
      this.perAccount.get(this.accountKey(email, address)),
      this.perAddress.get(address),
    ]);
    const blocked = [
      account && account.consumedPoints >= LOGIN_FAILURES_PER_ACCOUNT ? account : null,
      ip && ip.consumedPoints >= LOGIN_FAILURES_PER_ADDRESS ? ip : null,
    ].filter((entry): entry is RateLimiterRes => entry !== null);
    if (blocked.length > 0) {
      const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((entry) => entry.msBeforeNext)) / 1000);
      throw new DomainException(
        ErrorKind.TOO_MANY_REQUESTS,
        'LOGIN_RATE_LIMITED',
        `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        { retryAfterSeconds },
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(this.accountKey(email, address), 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await this.perAccount.delete(this.accountKey(email, address));
  }

  private accountKey(email: string, address: string): string {
    return `${email.trim().toLowerCase()}|${address}`;
  }
}
