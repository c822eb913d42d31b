import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DemoCredential {
  email: string;
  role: string;
  password: string;
}

const FILE_NAME = 'demo-credentials.json';

/** Readable random passwords (no look-alike characters). */
export function generateDemoPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** Demo passwords are kept (owner-readable only) in DATA_DIR so they can be shown at every start in demo mode. */
export function saveDemoCredentials(dataDir: string, credentials: DemoCredential[]): void {
  const file = join(dataDir, FILE_NAME);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(credentials, null, 2));
  chmodSync(file, 0o600);
}

export function loadDemoCredentials(dataDir: string): DemoCredential[] {
  const file = join(dataDir, FILE_NAME);
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as DemoCredential[];
}

export function formatDemoCredentials(credentials: DemoCredential[], url: string): string {
  const width = Math.max(...credentials.map((c) => c.email.length));
  const lines = credentials.map((c) => `  ${c.role.padEnd(6)}  ${c.email.padEnd(width)}  ${c.password}`);
  return [`Demo accounts for ${url} (demo mode only):`, ...lines].join('\n');
}
