import { describe, expect, it } from 'vitest';
import type { CategoryEntity } from './category.entity';
import { CategoryTree } from './category-tree';

const category = (id: string, parentId: string | null, position: number, name = id): CategoryEntity =>
  ({ id, parentId, position, name, slug: id, description: '' }) as CategoryEntity;

describe('CategoryTree', () => {
  const tree = new CategoryTree([
    category('b', null, 2),
    category('a', null, 1),
    category('a2', 'a', 2),
    category('a1', 'a', 1),
    category('a1x', 'a1', 0),
  ]);

  it('orders roots and children by position', () => {
    expect(tree.roots().map((c) => c.id)).toEqual(['a', 'b']);
    expect(tree.children('a').map((c) => c.id)).toEqual(['a1', 'a2']);
  });

  it('gives the path from the root', () => {
    expect(tree.path('a1x').map((c) => c.id)).toEqual(['a', 'a1', 'a1x']);
    expect(tree.path('unknown')).toEqual([]);
  });

  it('collects descendants including the category itself', () => {
    expect(tree.descendantIds('a').sort()).toEqual(['a', 'a1', 'a1x', 'a2']);
    expect(tree.descendantIds('b')).toEqual(['b']);
  });
});
