import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from './database-target';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options shared by the app, the CLI and the tests. Schema changes only through migrations. */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // PGlite serves one session; a real server gets a normal pool. Idle connections stay open for
    // minutes (pg's default closes them after 10 s), so the prepared search statements on them
    // are not lost and planned again after every quiet moment.
    extra: { max: target.embedded ? 1 : 10, idleTimeoutMillis: 300_000 },
    logging: ['error'],
  };
}
