import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_KEY, type AccessRule } from '../../src/common/auth/access.decorators';
import { SearchIndexWorker } from '../../src/search/search-index.worker';
import { startTestApp, type TestApp } from '../test-app';
import { buildIdeenboerseWorld, SECRET_WORDS, SHARED_WORD, type IdeenboerseWorld } from './ideenboerse-fixtures';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
/** Nested selections go this deep; enough to reach e.g. publicProject → articles → title, article → projects → title. */
const SELECTION_DEPTH = 4;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
}

const INTROSPECTION = `{ __schema { types { name kind fields { name type { ...T } args { name defaultValue type { ...T } } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

function printType(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${printType(type.ofType as TypeRef)}!`;
  if (type.kind === 'LIST') return `[${printType(type.ofType as TypeRef)}]`;
  return type.name ?? '';
}

/** Names of the Query fields whose resolver is marked @Public(), read from the running app. */
function publicQueryNames(ctx: TestApp): Set<string> {
  const names = new Set<string>();
  for (const module of ctx.app.get(ModulesContainer).values()) {
    for (const provider of module.providers.values()) {
      const type = provider.metatype as (new (...args: never[]) => object) | null;
      if (!type?.prototype || !provider.instance) continue;
      for (const method of Object.getOwnPropertyNames(type.prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(type.prototype, method)?.value;
        if (typeof handler !== 'function' || Reflect.getMetadata(RESOLVER_TYPE, handler) !== 'Query') continue;
        const rule = (Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, type)) as
          AccessRule | undefined;
        const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
        if (rule?.kind === 'public') names.add(name);
      }
    }
  }
  return names;
}

describe('no leak: anonymous visitors never see internal or unpublished content', () => {
  let ctx: TestApp;
  let world: IdeenboerseWorld;
  let types: Map<string, IntrospectedType>;
  /** Every anonymous response body, by what was requested. */
  const responses: { label: string; status: number; body: string }[] = [];

  /** Selects every field without required arguments, SELECTION_DEPTH levels deep. */
  function selection(typeName: string, depth: number): string {
    const type = types.get(typeName);
    if (!type?.fields) return '';
    if (depth === 0) return '{ __typename }';
    const parts = ['__typename'];
    for (const field of type.fields) {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null)) continue;
      const inner = named(field.type);
      if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
      else if (inner.kind === 'OBJECT') parts.push(`${field.name} ${selection(inner.name ?? '', depth - 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  async function callQuery(field: IntrospectedField, args: Record<string, unknown>, label: string) {
    const declared = field.args.filter((arg) => arg.name in args);
    const variables = declared.map((arg) => `$${arg.name}: ${printType(arg.type)}`).join(', ');
    const passed = declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const query = `query ${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(
      named(field.type).name ?? '',
      SELECTION_DEPTH,
    )} }`;
    const result = await ctx.anonymous().request(query, args);
    responses.push({ label, status: result.status, body: result.text });
    return result;
  }

  async function fetchPage(path: string) {
    const response = await fetch(`${ctx.url}${path}`);
    const body = await response.text();
    responses.push({ label: `GET ${path}`, status: response.status, body });
    return { status: response.status, body };
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await buildIdeenboerseWorld(ctx);
    await ctx.app.get(SearchIndexWorker).drain();
    const schema = await ctx.anonymous().expectData<{ __schema: { types: IntrospectedType[] } }>(INTROSPECTION);
    types = new Map(schema.__schema.types.map((type) => [type.name, type]));
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('fetches every public GraphQL query anonymously with public and hidden slugs and finds no hidden content', async () => {
    const publicQueries = publicQueryNames(ctx);
    expect(publicQueries.has('publicProject')).toBe(true);
    expect(publicQueries.has('search')).toBe(true);
    const everySlug = [...world.published, ...world.hidden].map((project) => project.slug);
    const everyArticle = [world.publicArticle, ...world.hiddenArticles];
    const searches = [SHARED_WORD, ...SECRET_WORDS, '*', 'Projekt'];
    /** Argument sets per public query that needs (or has interesting) arguments. */
    const argumentSets: Record<string, Record<string, unknown>[]> = {
      publicProject: everySlug.map((slug) => ({ slug })),
      publicProjects: [
        {},
        { first: 100 },
        ...searches.map((text) => ({ filter: { text } })),
        { filter: { topicSlugs: [world.topics.leitsystem.slug] } },
        { filter: { agencyIds: world.agencies.map((agency) => agency.id) } },
      ],
      article: everyArticle.flatMap((article) => [{ slug: article.slug }, { id: article.id }]),
      articles: [{}],
      search: searches.map((query) => ({ query })),
      category: [{ slug: 'gibt-es-nicht' }],
      programme: [{ id: world.programme.id }],
      directoryEntry: [UNKNOWN_ID, world.directory.internalEntry.id, world.directory.publicEntry.id].map((id) => ({
        id,
      })),
      directoryEntriesByIds: [
        { ids: [UNKNOWN_ID] },
        { ids: [world.directory.internalEntry.id, world.directory.publicEntry.id] },
      ],
      directoryCodes: [{ list: 'TARGET_GROUP' }, { list: 'ORGANISATION_TOPIC', includeArchived: true }],
      projectTopics: [{}, { includeArchived: true }],
    };
    const queryType = types.get('Query');
    const unconfigured: string[] = [];
    let answered = 0;
    for (const field of queryType?.fields ?? []) {
      if (!publicQueries.has(field.name)) continue;
      const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null);
      const sets = argumentSets[field.name] ?? [{}];
      if (required.some((arg) => sets.some((set) => !(arg.name in set)))) {
        unconfigured.push(field.name);
        continue;
      }
      for (const args of sets) {
        const result = await callQuery(field, args, `${field.name}(${JSON.stringify(args)})`);
        expect(result.status, `${field.name} ${JSON.stringify(args)}`).toBe(200);
        if (result.data?.[field.name]) answered += 1;
        for (const error of result.errors ?? []) {
          // Hidden items are simply not found; a complexity or server error would hide what we check.
          expect(['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN'], `${field.name}: ${error.message}`).toContain(
            error.extensions?.code,
          );
        }
      }
    }
    expect(unconfigured, 'give these public queries arguments in argumentSets').toEqual([]);
    expect(answered).toBeGreaterThan(15);

    // The checks can see public content, so an empty answer would not pass as "no leak".
    const text = responses.map((response) => response.body).join('\n');
    expect(text).toContain('Leitsystem im Eingangsbereich');
    expect(text).toContain(world.publicArticle.title);
    const showcase = responses.find(
      (response) => response.label === `publicProject({"slug":"${world.showcase.slug}"})`,
    );
    expect(showcase?.body).toContain('Leichte Sprache am Empfang');
    const search = responses.find((response) => response.label === `search({"query":"${SHARED_WORD}"})`);
    expect(search?.body).toContain(world.publicArticle.title);
  });

  it('would notice a leak: the same selections show the hidden words to an admin', async () => {
    const internalProject = await world.admin.request(
      `query ($slug: String) { project(slug: $slug) ${selection('Project', 2)} }`,
      { slug: world.hidden[0]?.slug },
    );
    expect(internalProject.text).toContain('Quokka');
    const allArticles = await world.admin.request(`{ articles ${selection('ArticleConnection', SELECTION_DEPTH)} }`);
    expect(allArticles.text).toContain('Axolotl');
    expect(allArticles.text).toContain('Pangolin');
  });

  it('calls every other query anonymously and gets UNAUTHENTICATED', async () => {
    const publicQueries = publicQueryNames(ctx);
    for (const field of types.get('Query')?.fields ?? []) {
      if (publicQueries.has(field.name)) continue;
      const args: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (arg.type.kind !== 'NON_NULL' || arg.defaultValue !== null) continue;
        args[arg.name] = named(arg.type).name === 'ID' ? world.hidden[0]?.id : (world.hidden[0]?.slug ?? '');
      }
      const result = await callQuery(field, args, `${field.name} (signed-in only)`);
      expect(result.errors?.[0]?.extensions?.code, field.name).toBe('UNAUTHENTICATED');
    }
  });

  it('fetches every Ideenbörse page, the feed and the embed', async () => {
    expect((await fetchPage('/ideenboerse')).status).toBe(200);
    const filters = [
      `topic=${world.topics.leitsystem.slug}`,
      `topic=${world.topics.sprache.slug}`,
      `programme=${world.programme.id}`,
      `year=${new Date().getUTCFullYear()}`,
      ...world.agencies.map((agency) => `agency=${agency.id}`),
      `q=${encodeURIComponent(SHARED_WORD)}`,
      'q=Ausgangslage',
      'page=2',
    ];
    for (const filter of filters) expect((await fetchPage(`/ideenboerse?${filter}`)).status).toBe(200);
    for (const project of world.published) expect((await fetchPage(`/ideenboerse/${project.slug}`)).status).toBe(200);
    for (const project of world.hidden) expect((await fetchPage(`/ideenboerse/${project.slug}`)).status).toBe(404);
    for (const path of [
      '/ideenboerse/feed.xml',
      '/ideenboerse/embed',
      '/ideenboerse/embed?limit=20',
      `/ideenboerse/embed?topic=${world.topics.leitsystem.slug}`,
      '/ideenboerse/embed.js',
    ]) {
      expect((await fetchPage(path)).status).toBe(200);
    }
    const showcase = responses.find((response) => response.label === `GET /ideenboerse/${world.showcase.slug}`);
    expect(showcase?.body).toContain(world.publicArticle.title);
    // The showcase's body has a card of a PUBLIC entry (shown) and of an INTERNAL one (not even its id).
    expect(showcase?.body).toContain(world.directory.publicEntry.name);
    expect(showcase?.body).not.toContain(world.directory.internalEntry.id);
  });

  // Suggestions come from the words of every document; the service keeps only those that find
  // something the viewer may see (server/src/search/visible-suggestion.ts).
  it('search suggestions do not reveal words of hidden texts', async () => {
    const shown: string[] = [];
    for (const [typo, secret] of [
      ['Quoka', 'Quokka'],
      ['Axolotel', 'Axolotl'],
      ['Pangolinn', 'Pangolin'],
    ] as const) {
      const result = await ctx
        .anonymous()
        .request('query ($q: String!) { search(query: $q) { suggestion } }', { q: typo });
      if (result.text.toLowerCase().includes(secret.toLowerCase())) shown.push(`${typo} → ${secret}`);
    }
    expect(shown).toEqual([]);
    // Staff who may read the hidden texts still get the correction, so the check above can fail.
    const asAdmin = await world.admin.request('query ($q: String!) { search(query: $q) { suggestion } }', {
      q: 'Quoka',
    });
    expect(asAdmin.text.toLowerCase()).toContain('quokka');
  });

  it('no response contains a hidden title, slug or text', () => {
    expect(responses.length).toBeGreaterThan(60);
    const hidden = [
      ...SECRET_WORDS,
      ...world.hidden.flatMap((project) => [project.title, project.slug]),
      ...world.hiddenArticles.flatMap((article) => [article.title, article.slug]),
      ...world.directory.hiddenTexts,
    ];
    const leaks = responses.flatMap((response) =>
      hidden
        .filter((secret) => response.body.toLowerCase().includes(secret.toLowerCase()))
        .map((secret) => `${response.label} shows "${secret}"`),
    );
    expect(leaks).toEqual([]);
  });
});
