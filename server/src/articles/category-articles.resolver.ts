import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CategoryModel } from '../categories/models/category.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { ArticleQueriesService } from './article-queries.service';

/** Category.articleCount lives with articles, which own the data (imports stay one-directional). */
@Resolver(() => CategoryModel)
export class CategoryArticlesResolver {
  constructor(private readonly articles: ArticleQueriesService) {}

  @ResolveField(() => Int, { description: 'Articles the viewer can see directly in this category.' })
  articleCount(@Parent() category: CategoryModel, @Context() context: GraphqlContext): Promise<number> {
    const loader = loaderFor<string, number>(context, 'articles.countByCategory', async (ids) => {
      const counts = await this.articles.countByCategory(context.viewer, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return loader.load(category.id);
  }
}
