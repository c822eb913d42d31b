import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startDatabase } from './bootstrap/start-database';
import { createApp, logLevels } from './bootstrap/create-app';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { formatDemoCredentials, loadDemoCredentials } from './seed/demo-credentials';
import { SeedService } from './seed/seed.service';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`Configuration error: ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  Logger.overrideLogger(logLevels(config.logLevel));
  const logger = new Logger('Wissensnetz');
  const database = await startDatabase(config);
  const app = await createApp(config, database);
  if (config.demoMode) {
    await app.get(SeedService).seedIfEmpty();
  }
  await app.listen(config.port, config.host);
  logger.log(
    `Wissensnetz runs at ${config.publicUrl} (database: ${database.embedded ? 'embedded PGlite' : 'PostgreSQL'})`,
  );
  if (config.demoMode) {
    const credentials = loadDemoCredentials(config.dataDir);
    if (credentials.length > 0) process.stdout.write(`\n${formatDemoCredentials(credentials, config.publicUrl)}\n\n`);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received, shutting down …`);
      // The embedded database must outlive the app's connections: close the app first.
      void app
        .close()
        .then(() => database.stop())
        .then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
