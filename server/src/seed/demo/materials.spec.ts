import { validateDocument } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { extensionOf, sniffMaterialMediaType } from '../../materials/material-media-type';
import { demoCategories, demoUsers, type DemoCategory } from './index';
import { demoMaterials } from './materials';

const slugs = (nodes: DemoCategory[]): string[] => nodes.flatMap((node) => [node.slug, ...slugs(node.children ?? [])]);

describe('demo material', () => {
  const files = demoMaterials.flatMap((material) => material.files);

  it('has valid bodies, known categories and editors as owners', () => {
    const categories = new Set(slugs(demoCategories));
    for (const material of demoMaterials) {
      const result = validateDocument(material.body);
      expect(result.ok ? 'valid' : result.error).toBe('valid');
      expect(categories.has(material.categorySlug)).toBe(true);
      expect(demoUsers.find((user) => user.email === material.ownerEmail)?.role).toMatch(/EDITOR|ADMIN/);
    }
  });

  it('generates files whose bytes are an allowed type that matches their name', () => {
    for (const file of files) {
      const type = sniffMaterialMediaType(file.bytes());
      expect(type?.extensions, file.fileName).toContain(extensionOf(file.fileName));
    }
  });

  it('covers several languages, Leichte Sprache and public as well as internal material', () => {
    expect(new Set(files.map((file) => file.language)).size).toBeGreaterThanOrEqual(8);
    expect(files.filter((file) => file.easyLanguage === 'LEICHTE_SPRACHE').length).toBeGreaterThanOrEqual(3);
    expect(files.some((file) => file.easyLanguage === 'EINFACHE_SPRACHE')).toBe(true);
    expect(new Set(demoMaterials.map((material) => material.visibility))).toEqual(new Set(['PUBLIC', 'INTERNAL']));
  });
});
