import { Injectable } from '@nestjs/common';
import type { Viewer } from '../common/auth/viewer';
import { addMonths } from '../reviews/add-months';
import { ReviewClock } from '../reviews/review-clock';
import { ReviewSweepService } from '../reviews/review-sweep.service';
import { ReviewsService } from '../reviews/reviews.service';

/** Legal topics every 6 months, contacts every 12 (everything else: REVIEW_DEFAULT_MONTHS). */
const DEMO_INTERVALS: Record<string, number> = {
  'aufenthalt-arbeitsmarktzugang': 6,
  'anerkennung-berufsabschluesse': 6,
  'kontakte-mso': 12,
  'zusammenarbeit-traeger': 12,
};

/** Review intervals, some overdue and some soon-due articles, and their in-app notifications. */
@Injectable()
export class ReviewSeeder {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly sweep: ReviewSweepService,
    private readonly clock: ReviewClock,
  ) {}

  async seed(input: {
    categoryIds: Map<string, string>;
    publishedArticleIds: string[];
    verifier: Viewer;
  }): Promise<void> {
    for (const [slug, months] of Object.entries(DEMO_INTERVALS)) {
      const categoryId = input.categoryIds.get(slug);
      if (categoryId) await this.reviews.setCategoryInterval(categoryId, months);
    }
    const now = this.clock.now();
    const states = await this.reviews.states(input.publishedArticleIds);
    // Every third published article was last verified more than its interval ago (overdue),
    // every seventh is due within the next two weeks.
    for (const [index, articleId] of input.publishedArticleIds.entries()) {
      const state = states.get(articleId);
      if (!state) continue;
      if (index % 3 === 1) {
        const verifiedAt = addMonths(now, -(state.intervalMonths + 1 + (index % 4)));
        await this.reviews.recordVerification(articleId, verifiedAt, index % 2 === 0 ? input.verifier.userId : null);
      } else if (index % 7 === 0) {
        const verifiedAt = new Date(addMonths(now, -state.intervalMonths).getTime() + 10 * 86_400_000);
        await this.reviews.recordVerification(articleId, verifiedAt, input.verifier.userId);
      }
    }
    await this.sweep.runOnce();
  }
}
