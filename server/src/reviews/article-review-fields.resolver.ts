import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleModel } from '../articles/models/article.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { UserRefModel } from '../users/models/user-ref.model';
import { loadUserRef } from '../users/user-ref.loader';
import { UsersService } from '../users/users.service';
import type { ReviewState } from './review-state';
import { ReviewsService } from './reviews.service';

/** The review cycle's fields on Article ("Verified by … on …", due date, may-be-outdated flag). */
@Resolver(() => ArticleModel)
export class ArticleReviewFieldsResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly users: UsersService,
  ) {}

  private state(article: ArticleModel, context: GraphqlContext): Promise<ReviewState> {
    return loaderFor<string, ReviewState>(context, 'reviews.state', async (ids) => {
      const states = await this.reviews.states(ids);
      return ids.map((id) => states.get(id) ?? new Error(`No review state for article ${id}`));
    }).load(article.id);
  }

  @ResolveField(() => Date, { description: 'Last "Inhalt ist aktuell", initially the publication.' })
  async lastVerifiedAt(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<Date> {
    return (await this.state(article, context)).lastVerifiedAt;
  }

  @ResolveField(() => UserRefModel, { nullable: true, description: 'Null until someone verified the content.' })
  async lastVerifiedBy(
    @Parent() article: ArticleModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, (await this.state(article, context)).lastVerifiedById);
  }

  @ResolveField(() => Int, { description: 'Months between reviews (category, inherited, or default).' })
  async reviewIntervalMonths(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<number> {
    return (await this.state(article, context)).intervalMonths;
  }

  @ResolveField(() => Date)
  async reviewDueAt(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<Date> {
    return (await this.state(article, context)).dueAt;
  }

  @ResolveField(() => Boolean, { description: 'Published and past its review date: readers see "may be outdated".' })
  async reviewOverdue(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<boolean> {
    return (await this.state(article, context)).overdue;
  }
}
