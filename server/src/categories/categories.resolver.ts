import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, RequireRole } from '../common/auth/access.decorators';
import { Role } from '../common/auth/role';
import { IdArg } from '../common/graphql/id-arg.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { CategoriesService } from './categories.service';
import { toCategoryModel } from './category.mapper';
import { categoryTreeFor } from './category-tree.loader';
import { CreateCategoryInput } from './dto/create-category.input';
import { UpdateCategoryInput } from './dto/update-category.input';
import { CategoryModel } from './models/category.model';

/** Category names are shown on public pages, so reading the tree is public. */
@Resolver(() => CategoryModel)
export class CategoriesResolver {
  constructor(private readonly categoryService: CategoriesService) {}

  @Public()
  @Query(() => [CategoryModel], { description: 'Root categories; children via the children field.' })
  async categories(@Context() context: GraphqlContext): Promise<CategoryModel[]> {
    return (await categoryTreeFor(context, this.categoryService)).roots().map(toCategoryModel);
  }

  @Public()
  @Query(() => CategoryModel)
  async category(@Args('slug') slug: string): Promise<CategoryModel> {
    return toCategoryModel(await this.categoryService.getBySlug(slug));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CategoryModel)
  async createCategory(@Args('input') input: CreateCategoryInput): Promise<CategoryModel> {
    return toCategoryModel(await this.categoryService.create(input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CategoryModel)
  async updateCategory(@IdArg('id') id: string, @Args('input') input: UpdateCategoryInput): Promise<CategoryModel> {
    return toCategoryModel(await this.categoryService.update(id, input));
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Fails with CONFLICT while the category has articles or children.' })
  async deleteCategory(@IdArg('id') id: string): Promise<boolean> {
    await this.categoryService.delete(id);
    return true;
  }

  @ResolveField(() => [CategoryModel], { description: 'Direct children ordered by position.' })
  async children(@Parent() category: CategoryModel, @Context() context: GraphqlContext): Promise<CategoryModel[]> {
    return (await categoryTreeFor(context, this.categoryService)).children(category.id).map(toCategoryModel);
  }

  @ResolveField(() => [CategoryModel], { description: 'Path from the root to this category (inclusive).' })
  async path(@Parent() category: CategoryModel, @Context() context: GraphqlContext): Promise<CategoryModel[]> {
    return (await categoryTreeFor(context, this.categoryService)).path(category.id).map(toCategoryModel);
  }
}
