import type { CategoryEntity } from './category.entity';

/** An in-memory view of all categories; the tree is small, so one query serves a whole request. */
export class CategoryTree {
  private readonly byId = new Map<string, CategoryEntity>();
  private readonly childrenOf = new Map<string | null, CategoryEntity[]>();

  constructor(categories: CategoryEntity[]) {
    for (const category of categories) this.byId.set(category.id, category);
    for (const category of categories) {
      const siblings = this.childrenOf.get(category.parentId) ?? [];
      siblings.push(category);
      this.childrenOf.set(category.parentId, siblings);
    }
    for (const siblings of this.childrenOf.values()) {
      siblings.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'de'));
    }
  }

  get(id: string): CategoryEntity | undefined {
    return this.byId.get(id);
  }

  roots(): CategoryEntity[] {
    return this.childrenOf.get(null) ?? [];
  }

  children(id: string): CategoryEntity[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** Root first, the category itself last. */
  path(id: string): CategoryEntity[] {
    const path: CategoryEntity[] = [];
    const seen = new Set<string>();
    let current = this.byId.get(id);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      path.unshift(current);
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return path;
  }

  /** The category and all categories below it. */
  descendantIds(id: string): string[] {
    const result: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (result.includes(next)) continue;
      result.push(next);
      stack.push(...this.children(next).map((child) => child.id));
    }
    return result;
  }
}
