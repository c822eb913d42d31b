import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../bootstrap/create-app';
import { startDatabase } from '../bootstrap/start-database';
import { loadConfig } from '../config/app-config';
import { printAppSchema } from './print-app-schema';

/** Writes server/schema.graphql from the resolvers; web codegen reads that file. */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'false' });
  const database = await startDatabase(config, { inMemory: true });
  const app = await createApp(config, database);
  try {
    await app.init();
    const file = join(__dirname, '..', '..', 'schema.graphql');
    writeFileSync(file, printAppSchema(app));
    process.stdout.write(`Wrote ${file}\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
