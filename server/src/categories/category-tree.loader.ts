import type { GraphqlContext } from '../common/graphql/graphql-context';
import type { CategoriesService } from './categories.service';
import type { CategoryTree } from './category-tree';

/** Loads all categories once per request and shares the tree between field resolvers. */
export function categoryTreeFor(context: GraphqlContext, categories: CategoriesService): Promise<CategoryTree> {
  const key = 'categories.tree';
  let tree = context.loaders.get(key) as Promise<CategoryTree> | undefined;
  if (!tree) {
    tree = categories.tree();
    context.loaders.set(key, tree);
  }
  return tree;
}
