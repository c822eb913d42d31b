import { Controller, Get, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';

export interface SearchHealth {
  engine: string;
  queueLength: number;
  oldestAgeSeconds: number | null;
  failing: number;
}

/** GET /health/search: how far the index lags behind (queue length, age of the oldest change). */
@Controller('health/search')
export class SearchHealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  @Get()
  async check(): Promise<SearchHealth> {
    const [row] = await this.dataSource.query<{ n: string; oldest: string | null; failing: string }[]>(
      `SELECT count(*)::text AS n, extract(epoch FROM now() - min("enqueuedAt"))::text AS oldest,
         count(*) FILTER (WHERE "lastError" IS NOT NULL)::text AS failing FROM search_outbox`,
    );
    return {
      engine: this.engine.name,
      queueLength: Number(row?.n ?? 0),
      oldestAgeSeconds: row?.oldest ? Math.round(Number(row.oldest)) : null,
      failing: Number(row?.failing ?? 0),
    };
  }
}
