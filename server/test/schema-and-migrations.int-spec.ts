import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_KEY } from '../src/common/auth/access.decorators';
import { pendingSchemaChanges } from '../src/database/pending-schema-changes';
import { printAppSchema } from '../src/schema/print-app-schema';
import { startTestApp, type TestApp } from './test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';

describe('generated artefacts and guards', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('migrations create exactly the schema the entities describe (no pending changes)', async () => {
    const changes = await pendingSchemaChanges(ctx.dataSource);
    expect(changes.up, 'run: pnpm --filter @wissensnetz/server migration:generate <name>').toEqual([]);
  });

  it('the committed schema.graphql matches the code', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed, 'run: pnpm --filter @wissensnetz/server schema').toBe(printAppSchema(ctx.app));
  });

  it('every query and mutation declares who may call it', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const module of ctx.app.get(ModulesContainer).values()) {
      for (const provider of module.providers.values()) {
        const type = provider.metatype as (new (...args: never[]) => object) | null;
        if (!type?.prototype || !provider.instance) continue;
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          // Read descriptors, not properties: some Nest providers have getters with side effects.
          const handler: unknown = Object.getOwnPropertyDescriptor(type.prototype, name)?.value;
          if (typeof handler !== 'function') continue;
          const kind: unknown = Reflect.getMetadata(RESOLVER_TYPE, handler);
          if (kind !== 'Query' && kind !== 'Mutation') continue;
          checked += 1;
          if (!Reflect.getMetadata(ACCESS_KEY, handler) && !Reflect.getMetadata(ACCESS_KEY, type)) {
            missing.push(`${type.name}.${name}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
