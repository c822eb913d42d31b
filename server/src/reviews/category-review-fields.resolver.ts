import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CategoriesService } from '../categories/categories.service';
import { categoryTreeFor } from '../categories/category-tree.loader';
import { CategoryModel } from '../categories/models/category.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ReviewIntervals } from './review-intervals';
import { ReviewsService } from './reviews.service';

@Resolver(() => CategoryModel)
export class CategoryReviewFieldsResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly reviews: ReviewsService,
  ) {}

  @ResolveField(() => Int, { nullable: true, description: 'Own review interval in months; null inherits.' })
  async reviewIntervalMonths(
    @Parent() category: CategoryModel,
    @Context() context: GraphqlContext,
  ): Promise<number | null> {
    return (await categoryTreeFor(context, this.categories)).get(category.id)?.reviewIntervalMonths ?? null;
  }

  @ResolveField(() => Int, {
    description: 'The interval that applies: own, else the nearest parent’s, else the default.',
  })
  async effectiveReviewIntervalMonths(
    @Parent() category: CategoryModel,
    @Context() context: GraphqlContext,
  ): Promise<number> {
    const tree = await categoryTreeFor(context, this.categories);
    return new ReviewIntervals(tree, this.reviews.defaultIntervalMonths).monthsFor(category.id);
  }
}
