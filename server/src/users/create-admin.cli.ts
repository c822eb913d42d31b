import 'reflect-metadata';
import { createApp } from '../bootstrap/create-app';
import { startDatabase } from '../bootstrap/start-database';
import { Role } from '../common/auth/role';
import { loadConfig } from '../config/app-config';
import { generateDemoPassword } from '../seed/demo-credentials';
import { PASSWORD_MIN_LENGTH } from './password-policy';
import { UsersService } from './users.service';

/**
 * Creates an administrator on a production database (no demo data):
 *   node server/dist/users/create-admin.cli.js admin@agentur.example "Vorname Nachname"
 * The password comes from ADMIN_PASSWORD or is generated and printed once.
 */
async function main(): Promise<void> {
  const [email, displayName] = process.argv.slice(2);
  if (!email || !displayName) throw new Error('Usage: create-admin <email> "<display name>"');
  const password = process.env.ADMIN_PASSWORD ?? generateDemoPassword();
  if (password.length < PASSWORD_MIN_LENGTH)
    throw new Error(`ADMIN_PASSWORD needs at least ${PASSWORD_MIN_LENGTH} characters`);
  const config = loadConfig();
  const database = await startDatabase(config);
  const app = await createApp(config, database);
  try {
    await app.init();
    const user = await app.get(UsersService).create({ email, displayName, password, role: Role.ADMIN, functions: [] });
    process.stdout.write(`Administrator ${user.email} created.\n`);
    if (!process.env.ADMIN_PASSWORD) process.stdout.write(`Password (shown once): ${password}\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
