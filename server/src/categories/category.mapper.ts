import type { CategoryEntity } from './category.entity';
import type { CategoryModel } from './models/category.model';

export function toCategoryModel(category: CategoryEntity): CategoryModel {
  return {
    id: category.id,
    slug: category.slug,
    name: category.name,
    description: category.description,
    position: category.position,
    parentId: category.parentId,
  };
}
