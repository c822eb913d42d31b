import type { DataSource } from 'typeorm';

export interface SchemaChanges {
  up: string[];
  down: string[];
}

/** What TypeORM would still change to make the database match the entities (empty = no drift). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaChanges> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sqlInMemory.upQueries.map((query) => query.query),
    down: sqlInMemory.downQueries.map((query) => query.query).reverse(),
  };
}
