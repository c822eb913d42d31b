import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CategoryReviewStats')
export class CategoryReviewStatsModel {
  @Field(() => ID, { nullable: true, description: 'Null: articles without a category.' })
  categoryId: string | null;

  @Field(() => String, { nullable: true })
  categoryName: string | null;

  @Field(() => Int, { description: 'Effective review interval (own, inherited or default).' })
  intervalMonths: number;

  @Field(() => Int, { description: 'Published articles directly in this category.' })
  total: number;

  @Field(() => Int)
  upToDate: number;

  @Field(() => Int, { description: 'Up to date, but due within the next 30 days.' })
  dueSoon: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Float, { description: 'upToDate / total; 1 for empty categories.' })
  shareUpToDate: number;
}

@ObjectType('ReviewOverview')
export class ReviewOverviewModel {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  upToDate: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Float)
  shareUpToDate: number;

  @Field(() => [CategoryReviewStatsModel], { description: 'In category tree order, then articles without category.' })
  categories: CategoryReviewStatsModel[];
}
