import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { ReviewSweepService } from './review-sweep.service';

/**
 * Runs the review sweep every REVIEW_SWEEP_MINUTES (0 = off). Runs never overlap within one
 * instance; across instances the sweep itself is idempotent (see ReviewSweepService).
 */
@Injectable()
export class ReviewScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReviewScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweep: ReviewSweepService,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.reviews.sweepMinutes;
    if (minutes === 0) return;
    this.timer = setInterval(() => this.tick(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweep
      .runOnce()
      .then((result) => {
        if (result.notificationsCreated + result.digestsSent + result.mailsSent > 0) {
          this.logger.log(
            `Review sweep: ${result.notificationsCreated} notifications, ${result.digestsSent} digests, ${result.mailsSent} e-mails`,
          );
        }
      })
      .catch((error: unknown) => this.logger.error(`Review sweep failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }
}
