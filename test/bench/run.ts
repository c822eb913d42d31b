/**
 * `pnpm bench [editor|collab|search|search-quality|easy-language|directory] [options]`: no argument runs the editor and
 * collaboration benchmarks, `editor` only the editor pipeline (vitest bench), `collab` only the
 * collaboration load benchmark, `search` the search indexing and latency benchmark and
 * `search-quality` the ranking quality over the demo content (options follow the name, see
 * `pnpm bench <name> --help`); `easy-language` the Leichte Sprache checker's quality and speed;
 * `directory` the faceted directory query over 20,000 entries.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { runCollabBench } from './collab/run-collab-bench';
import { runDirectoryBench } from './directory/run-directory-bench';
import { runEasyLanguageBench } from './easy-language/run-easy-language-bench';
import { runSearchBench } from './search/run-search-bench';
import { runSearchQuality } from './search/run-search-quality';

const TEST_DIR = resolve(import.meta.dirname, '..');

async function runEditorBench(): Promise<number> {
  const vitest = join(TEST_DIR, 'node_modules', '.bin', 'vitest');
  const child = spawn(vitest, ['bench', '--run', '--config', 'vitest.bench.config.ts'], {
    cwd: TEST_DIR,
    stdio: 'inherit',
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--'));
  const [which, ...rest] = args;
  switch (which) {
    case undefined:
      return (await runEditorBench()) || (await runCollabBench([]));
    case 'editor':
      return runEditorBench();
    case 'collab':
      return runCollabBench(rest);
    case 'search':
      return runSearchBench(rest);
    case 'search-quality':
      return runSearchQuality(rest);
    case 'easy-language':
      return runEasyLanguageBench(rest);
    case 'directory':
      return runDirectoryBench(rest);
    default:
      if (which.startsWith('-')) return runCollabBench(args);
      process.stderr.write(
        `Unknown benchmark "${which}"; use editor, collab, search, search-quality, easy-language, directory or nothing for all.\n`,
      );
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
