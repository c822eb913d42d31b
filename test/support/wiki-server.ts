import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface DemoCredential {
  email: string;
  role: string;
  password: string;
}

export interface WikiServer {
  url: string;
  port: number;
  credentials(role: 'ADMIN' | 'EDITOR' | 'READER'): DemoCredential;
  stop(): Promise<void>;
  /** Ends the process with SIGKILL: no shutdown hooks, nothing flushed (a crash). */
  kill(): Promise<void>;
}

export interface WikiServerOptions {
  /** Listen on this port (e.g. to restart on the same one); a free port when omitted. */
  port?: number;
  /** Extra environment, e.g. DATABASE_URL, SESSION_SECRET, COLLAB_STORE_DEBOUNCE_MS. */
  env?: Record<string, string>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts the built wiki exactly as `pnpm start` does (server/dist/main.js serving web/dist)
 * on the embedded database in `dataDir` (or on `DATABASE_URL` from `options.env`), in demo mode.
 */
export async function startWikiServer(dataDir: string, options: WikiServerOptions = {}): Promise<WikiServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The wiki exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The wiki did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const all = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredential[];
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    credentials(role) {
      const found = all.find((c) => c.role === role);
      if (!found) throw new Error(`No demo account with role ${role}`);
      return found;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
