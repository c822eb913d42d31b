import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toArticleModel } from '../articles/article.mapper';
import { ArticleModel } from '../articles/models/article.model';
import { toCategoryModel } from '../categories/category.mapper';
import { CategoryModel } from '../categories/models/category.model';
import { RequireRole, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { MyReviewsArgs } from './dto/my-reviews.args';
import { SetCategoryReviewIntervalInput } from './dto/set-category-review-interval.input';
import { ReviewItemModel } from './models/review-item.model';
import { ReviewOverviewModel } from './models/review-overview.model';
import { toReviewOverviewModel } from './review-overview.mapper';
import { ReviewsService } from './reviews.service';

@Resolver()
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => ArticleModel, { description: '"Inhalt ist aktuell": the article was checked and is up to date.' })
  async verifyArticle(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<ArticleModel> {
    return toArticleModel(await this.reviews.verify(viewer, id));
  }

  @SignedIn()
  @Query(() => [ReviewItemModel], { description: "The viewer's owned articles that are overdue or due soon." })
  async myReviews(@CurrentViewer() viewer: Viewer, @Args() args: MyReviewsArgs): Promise<ReviewItemModel[]> {
    const entries = await this.reviews.listForOwner(viewer.userId, args.withinDays);
    return entries.map(({ article, row }) => ({
      article: toArticleModel(article),
      lastVerifiedAt: row.lastVerifiedAt,
      intervalMonths: row.intervalMonths,
      dueAt: row.dueAt,
      overdue: this.reviews.isOverdue(row.dueAt),
    }));
  }

  @RequireRole(Role.ADMIN)
  @Query(() => ReviewOverviewModel, { description: 'Per category: the share of published content that is up to date.' })
  async reviewOverview(): Promise<ReviewOverviewModel> {
    return toReviewOverviewModel(await this.reviews.overview());
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CategoryModel)
  async setCategoryReviewInterval(@Args('input') input: SetCategoryReviewIntervalInput): Promise<CategoryModel> {
    return toCategoryModel(await this.reviews.setCategoryInterval(input.categoryId, input.months ?? null));
  }
}
