import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module';
import { CategoriesModule } from '../categories/categories.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { ArticleReviewEntity } from './article-review.entity';
import { ArticleReviewFieldsResolver } from './article-review-fields.resolver';
import { CategoryReviewFieldsResolver } from './category-review-fields.resolver';
import { ReviewClock } from './review-clock';
import { ReviewDigestEntity } from './review-digest.entity';
import { ReviewScheduler } from './review-scheduler';
import { ReviewSweepService } from './review-sweep.service';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ArticleReviewEntity, ReviewDigestEntity]),
    ArticlesModule,
    CategoriesModule,
    UsersModule,
    TeamsModule,
    NotificationsModule,
  ],
  providers: [
    ReviewClock,
    ReviewsService,
    ReviewSweepService,
    ReviewScheduler,
    ReviewsResolver,
    ArticleReviewFieldsResolver,
    CategoryReviewFieldsResolver,
  ],
  exports: [ReviewClock, ReviewsService, ReviewSweepService],
})
export class ReviewsModule {}
