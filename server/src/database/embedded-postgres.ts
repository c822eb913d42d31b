import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver can use. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (in `dataDir`, or in memory when undefined) behind a local socket,
 * so TypeORM reaches it through the same `pg` driver as a real server.
 * PGlite serves one session at a time: callers must use a pool of one connection.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const logger = new Logger('EmbeddedPostgres');
  let dataPath: string | undefined;
  if (dataDir) {
    dataPath = resolve(dataDir, 'pglite');
    mkdirSync(dataPath, { recursive: true });
  }
  // Loaded as ESM: the contrib extensions publish ESM typings only.
  const [{ PGlite }, { pg_trgm }, { unaccent }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db = await PGlite.create({ dataDir: dataPath, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  logger.log(`Embedded PostgreSQL (PGlite) ${dataPath ? `in ${dataPath}` : 'in memory'} on ${address}`);
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
