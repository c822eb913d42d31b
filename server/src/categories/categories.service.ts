import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { slugify } from '@wissensnetz/editor';
import { Not, QueryFailedError, Repository } from 'typeorm';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { CategoryErrorCode, CategoryException } from './categories.errors';
import { CategoryTree } from './category-tree';
import { CategoryEntity } from './category.entity';
import type { CreateCategoryInput } from './dto/create-category.input';
import type { UpdateCategoryInput } from './dto/update-category.input';

const FOREIGN_KEY_VIOLATION = '23503';

@Injectable()
export class CategoriesService {
  constructor(
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
    private readonly outbox: SearchOutboxService,
  ) {}

  async tree(): Promise<CategoryTree> {
    return new CategoryTree(await this.categories.find());
  }

  async getBySlug(slug: string): Promise<CategoryEntity> {
    const category = await this.categories.findOneBy({ slug });
    if (!category) throw new CategoryException(CategoryErrorCode.CATEGORY_NOT_FOUND, `No category "${slug}".`);
    return category;
  }

  async get(id: string): Promise<CategoryEntity> {
    const category = await this.categories.findOneBy({ id });
    if (!category) throw new CategoryException(CategoryErrorCode.CATEGORY_NOT_FOUND, 'Category not found.');
    return category;
  }

  async exists(id: string): Promise<boolean> {
    return this.categories.existsBy({ id });
  }

  async create(input: CreateCategoryInput): Promise<CategoryEntity> {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new CategoryException(CategoryErrorCode.INVALID_SLUG, 'The name gives no usable slug; set one.');
    await this.assertSlugFree(slug);
    const parentId = input.parentId ?? null;
    if (parentId && !(await this.exists(parentId))) {
      throw new CategoryException(CategoryErrorCode.PARENT_NOT_FOUND, 'The parent category does not exist.');
    }
    const position = input.position ?? (await this.nextPosition(parentId));
    return this.categories.save(
      this.categories.create({ name: input.name.trim(), slug, description: input.description, parentId, position }),
    );
  }

  async update(id: string, input: UpdateCategoryInput): Promise<CategoryEntity> {
    const category = await this.get(id);
    if (input.slug !== undefined && input.slug !== category.slug) {
      await this.assertSlugFree(input.slug, id);
      category.slug = input.slug;
    }
    if (input.parentId !== undefined && input.parentId !== category.parentId) {
      await this.assertValidParent(id, input.parentId);
      category.parentId = input.parentId;
    }
    if (input.name !== undefined) category.name = input.name.trim();
    if (input.description !== undefined) category.description = input.description;
    if (input.position !== undefined) category.position = input.position;
    // Names and places in the tree are indexed with every article below the category.
    return this.categories.manager.transaction(async (manager) => {
      const saved = await manager.save(category);
      await this.outbox.enqueue(manager, 'CATEGORY', [saved.id]);
      return saved;
    });
  }

  /** Refuses while articles or subcategories still point here (the foreign keys say so). */
  async delete(id: string): Promise<void> {
    await this.get(id);
    try {
      await this.categories.delete({ id });
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === FOREIGN_KEY_VIOLATION) {
        throw new CategoryException(
          CategoryErrorCode.NOT_EMPTY,
          'The category still has articles or subcategories; move them first.',
        );
      }
      throw error;
    }
  }

  private async assertValidParent(id: string, parentId: string | null): Promise<void> {
    if (parentId === null) return;
    const tree = await this.tree();
    if (!tree.get(parentId)) {
      throw new CategoryException(CategoryErrorCode.PARENT_NOT_FOUND, 'The parent category does not exist.');
    }
    if (tree.descendantIds(id).includes(parentId)) {
      throw new CategoryException(CategoryErrorCode.CYCLE, 'A category cannot be moved below itself.');
    }
  }

  private async nextPosition(parentId: string | null): Promise<number> {
    const row = await this.categories
      .createQueryBuilder('c')
      .select('COALESCE(MAX(c.position), -1) + 1', 'next')
      .where(parentId ? 'c.parentId = :parentId' : 'c.parentId IS NULL', { parentId })
      .getRawOne<{ next: number | string }>();
    return Number(row?.next ?? 0);
  }

  private async assertSlugFree(slug: string, exceptId?: string): Promise<void> {
    const taken = await this.categories.existsBy(exceptId ? { slug, id: Not(exceptId) } : { slug });
    if (taken) throw new CategoryException(CategoryErrorCode.SLUG_TAKEN, `The slug "${slug}" is in use.`);
  }
}
