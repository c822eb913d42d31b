import 'reflect-metadata';
import { createApp } from '../bootstrap/create-app';
import { startDatabase } from '../bootstrap/start-database';
import { loadConfig } from '../config/app-config';
import { ArticleSearchDocuments } from './article-search-documents';
import { DirectorySearchDocuments } from './directory-search-documents';
import type { SearchDocument } from './engine/search-document';
import { SEARCH_ENGINE, type SearchEngine } from './engine/search-engine';
import { ProjectSearchDocuments } from './project-search-documents';

function progressBar(done: number, total: number, width = 30): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}`;
}

/** `pnpm reindex`: rebuilds the whole search index while search keeps answering (build, then swap). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await startDatabase(config);
  const app = await createApp(config, database);
  try {
    await app.init();
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    const articles = app.get(ArticleSearchDocuments);
    const projects = app.get(ProjectSearchDocuments);
    const directory = app.get(DirectorySearchDocuments);
    const total = (await articles.count()) + (await projects.count()) + (await directory.count());
    async function* documents(): AsyncIterable<SearchDocument[]> {
      yield* articles.all();
      yield* projects.all();
      yield* directory.all();
    }
    const started = Date.now();
    await engine.prepare();
    await engine.rebuild(documents(), (indexed) => process.stderr.write(`\r${progressBar(indexed, total)}`));
    process.stderr.write(`\r${progressBar(total, total)}\n`);
    process.stdout.write(
      `Reindexed ${total} articles, projects and directory entries with ${engine.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
