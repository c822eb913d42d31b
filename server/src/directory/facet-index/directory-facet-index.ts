import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { currentDirectoryRevision, loadDirectorySnapshot, type DirectorySnapshot } from './directory-snapshot';

/**
 * Keeps the directory's facet data in memory, so a filtered list with all its counts costs
 * microseconds per entry instead of a statement over thousands of rows. Every request compares the
 * database's revision counter (one indexed read); a snapshot of an older revision is never used:
 * the caller falls back to SQL while a fresh snapshot loads in the background. Several server
 * instances each keep their own and stay right the same way.
 */
@Injectable()
export class DirectoryFacetIndex implements OnModuleDestroy {
  private readonly logger = new Logger(DirectoryFacetIndex.name);
  private snapshot: DirectorySnapshot | null = null;
  private loading: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The snapshot if it is of the current revision; otherwise null (and a new one starts loading). */
  async current(): Promise<DirectorySnapshot | null> {
    const revision = await currentDirectoryRevision(this.dataSource.manager);
    if (this.snapshot?.revision === revision) return this.snapshot;
    this.refresh();
    return null;
  }

  /** Resolves once no load is running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.loading) await this.loading;
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private refresh(): void {
    if (this.loading) return;
    this.loading = loadDirectorySnapshot(this.dataSource.manager)
      .then((snapshot) => {
        this.snapshot = snapshot;
      })
      .catch((error: unknown) => {
        // Lists keep working from SQL; the next request tries again.
        this.logger.warn(`Loading the directory facet index failed: ${String(error)}`);
      })
      .finally(() => {
        this.loading = null;
      });
  }
}
