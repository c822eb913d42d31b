import 'reflect-metadata';
import { createApp } from '../bootstrap/create-app';
import { startDatabase } from '../bootstrap/start-database';
import { ConfigError, loadConfig } from '../config/app-config';
import { formatDemoCredentials } from './demo-credentials';
import { SeedService } from './seed.service';

/** `pnpm seed`: loads the German demo data set into an empty database (embedded or DATABASE_URL). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase(config);
  const app = await createApp(config, database);
  try {
    await app.init();
    const credentials = await app.get(SeedService).seedIfEmpty();
    if (credentials.length === 0) {
      process.stdout.write('The database is not empty; nothing was seeded.\n');
    } else {
      process.stdout.write(`${formatDemoCredentials(credentials, config.publicUrl)}\n`);
    }
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.problems.join('\n') : error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
