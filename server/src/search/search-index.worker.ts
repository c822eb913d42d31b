import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { ArticleSearchDocuments, articleDocumentId } from './article-search-documents';
import { DirectorySearchDocuments, directoryDocumentId } from './directory-search-documents';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';
import { ProjectSearchDocuments, projectDocumentId } from './project-search-documents';

interface ClaimedRow {
  id: string;
  entityKind: string;
  entityId: string;
  attempts: number;
}

const BATCH = 100;
const POLL_MS = 2000;
/**
 * A change waits this long for others (e.g. the stores of many live documents), so they are
 * indexed in one batch instead of one round of queries each.
 */
const COALESCE_MS = 300;
/** A claimed row becomes visible again if its worker dies before finishing. */
const LEASE_SECONDS = 120;
const MAX_BACKOFF_SECONDS = 300;

/**
 * Applies the search outbox to the engine, with retries and exponential back-off, so the
 * index catches up after the engine was down and nothing is silently dropped. Rows are
 * claimed with a lease (no long transactions: the embedded database has one connection).
 */
@Injectable()
export class SearchIndexWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  private running: Promise<void> | undefined;
  private wakeRequested = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: ArticleSearchDocuments,
    private readonly projectDocuments: ProjectSearchDocuments,
    private readonly directoryDocuments: DirectorySearchDocuments,
    private readonly outbox: SearchOutboxService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.prepare();
    } catch (error) {
      this.logger.error(`Search engine not ready, the outbox keeps the changes: ${String(error)}`);
    }
    this.unsubscribe = this.outbox.onEnqueue(() => this.wake());
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Processes everything due now; resolves when the outbox has nothing due. Used by tests and tools. */
  async drain(): Promise<void> {
    do {
      await this.running;
    } while ((await this.processBatch()) > 0 || this.running);
  }

  private wake(): void {
    if (this.running) this.wakeRequested = true;
    else this.schedule(COALESCE_MS, { keepEarlier: true });
  }

  private schedule(delay: number, { keepEarlier = false } = {}): void {
    if (this.stopped) return;
    const dueAt = Date.now() + delay;
    if (keepEarlier && this.timer && this.timerDueAt <= dueAt) return;
    clearTimeout(this.timer);
    this.timerDueAt = dueAt;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.processBatch()
        .then((count) => this.schedule(count > 0 ? 0 : this.wakeRequested ? COALESCE_MS : POLL_MS))
        .catch((error: unknown) => {
          this.logger.error(`Search outbox failed: ${String(error)}`);
          this.schedule(POLL_MS);
        })
        .finally(() => {
          this.running = undefined;
          this.wakeRequested = false;
        });
    }, delay);
    this.timer.unref();
  }

  private async processBatch(): Promise<number> {
    const claimed = await this.claim();
    if (claimed.length === 0) return 0;
    try {
      const articleIds = new Set<string>();
      const projectIds = new Set<string>();
      const directoryIds = new Set<string>();
      for (const row of claimed) {
        if (row.entityKind === 'ARTICLE') articleIds.add(row.entityId);
        if (row.entityKind === 'PROJECT') projectIds.add(row.entityId);
        if (row.entityKind === 'DIRECTORY_ENTRY') directoryIds.add(row.entityId);
        if (row.entityKind === 'CATEGORY') {
          for (const id of await this.documents.idsInCategory(row.entityId)) articleIds.add(id);
        }
      }
      const { documents, missing } = await this.documents.build([...articleIds]);
      await this.engine.upsert(documents);
      await this.engine.remove(missing.map(articleDocumentId));
      if (projectIds.size > 0) {
        const projects = await this.projectDocuments.build([...projectIds]);
        await this.engine.upsert(projects.documents);
        await this.engine.remove(projects.missing.map(projectDocumentId));
      }
      if (directoryIds.size > 0) {
        const entries = await this.directoryDocuments.build([...directoryIds]);
        await this.engine.upsert(entries.documents);
        await this.engine.remove(entries.missing.map(directoryDocumentId));
      }
      await this.dataSource.query('DELETE FROM search_outbox WHERE id = ANY($1::bigint[])', [
        claimed.map((row) => row.id),
      ]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Indexing ${claimed.length} change(s) failed, will retry: ${message}`);
      await this.dataSource.query(
        `UPDATE search_outbox SET "lastError" = $2,
           "nextAttemptAt" = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)))
         WHERE id = ANY($1::bigint[])`,
        [claimed.map((row) => row.id), message.slice(0, 2000)],
      );
    }
    return claimed.length;
  }

  private async claim(): Promise<ClaimedRow[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE search_outbox SET attempts = attempts + 1, "nextAttemptAt" = now() + interval '${LEASE_SECONDS} seconds'
       WHERE id IN (SELECT id FROM search_outbox WHERE "nextAttemptAt" <= now() ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING id::text AS id, "entityKind", "entityId", attempts`,
    );
    // TypeORM returns [rows, affected] for UPDATE … RETURNING on PostgreSQL.
    const rows =
      Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as ClaimedRow[]) : (result as ClaimedRow[]);
    return rows;
  }
}
