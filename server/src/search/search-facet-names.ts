import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A renamed category or agency shows its new name in facets within this time. */
const NAME_CACHE_MS = 10_000;
const NAME_CACHE_CAPACITY = 5_000;

/**
 * Names of the categories and agencies among the counted facet values, by id. Every search
 * page needs them, so they are kept for a few seconds and fetched in one plain query when
 * missing, instead of loading the category tree and the agencies through the ORM each time.
 */
@Injectable()
export class SearchFacetNames {
  private readonly cache = new Map<string, { name: string; loadedAt: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async names(categoryIds: readonly string[], agencyIds: readonly string[]): Promise<Map<string, string>> {
    const now = Date.now();
    const names = new Map<string, string>();
    const missing = (ids: readonly string[]): string[] =>
      ids.filter((id) => {
        const cached = this.cache.get(id);
        if (cached && now - cached.loadedAt < NAME_CACHE_MS) names.set(id, cached.name);
        return !names.has(id) && UUID.test(id);
      });
    const categories = missing(categoryIds);
    const agencies = missing(agencyIds);
    if (categories.length + agencies.length === 0) return names;
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id::text AS id, name FROM category WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text AS id, name FROM agency WHERE id = ANY($2::uuid[])`,
      [categories, agencies],
    );
    if (this.cache.size + rows.length > NAME_CACHE_CAPACITY) this.cache.clear();
    for (const row of rows) {
      names.set(row.id, row.name);
      this.cache.set(row.id, { name: row.name, loadedAt: now });
    }
    return names;
  }
}
