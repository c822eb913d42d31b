import type { AppConfig } from '../config/app-config';
import type { DatabaseTarget } from '../database/database-target';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface RunningDatabase extends DatabaseTarget {
  stop(): Promise<void>;
}

/** DATABASE_URL wins; otherwise the embedded PGlite in DATA_DIR (or in memory, for tests). */
export async function startDatabase(config: AppConfig, options: { inMemory?: boolean } = {}): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres(options.inMemory ? undefined : config.dataDir);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
