import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { extractHeadings } from '@wissensnetz/editor';
import { CategoriesService } from '../categories/categories.service';
import { toCategoryModel } from '../categories/category.mapper';
import { categoryTreeFor } from '../categories/category-tree.loader';
import { CategoryModel } from '../categories/models/category.model';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UserRefModel } from '../users/models/user-ref.model';
import { canEditArticles } from './article-access-policy';
import { loadUserRef } from '../users/user-ref.loader';
import { ArticleModel } from './models/article.model';
import { HeadingModel } from './models/heading.model';
import { UsersService } from '../users/users.service';

@Resolver(() => ArticleModel)
export class ArticleFieldsResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => CategoryModel, { nullable: true })
  async category(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<CategoryModel | null> {
    if (!article.categoryId) return null;
    const category = (await categoryTreeFor(context, this.categories)).get(article.categoryId);
    return category ? toCategoryModel(category) : null;
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  owner(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, article.ownerId);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  createdBy(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, article.createdById);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  updatedBy(@Parent() article: ArticleModel, @Context() context: GraphqlContext): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, article.updatedById);
  }

  @ResolveField(() => [HeadingModel])
  headings(@Parent() article: ArticleModel): HeadingModel[] {
    return extractHeadings(article.body);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit this article.' })
  viewerCanEdit(@Context() context: GraphqlContext): boolean {
    return canEditArticles(context.viewer);
  }
}
