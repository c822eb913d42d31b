import { UsageError } from '../collab/options';

export { UsageError };

/** Reads `--name value`, `--name=value` and short aliases (`-n 2000`); 'help' for --help / -h. */
export function parseFlags(
  argv: readonly string[],
  spec: { known: readonly string[]; aliases?: Record<string, string> },
): Map<string, string> | 'help' {
  const flags = new Map<string, string>();
  const known = new Set(spec.known);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--') continue;
    if (argument === '--help' || argument === '-h') return 'help';
    const match = /^(?:--([a-z-]+)|-([a-zA-Z]))(?:=(.*))?$/.exec(argument);
    if (!match) throw new UsageError(`Unexpected argument "${argument}"`);
    const name = match[1] ?? spec.aliases?.[match[2]];
    if (!name || !known.has(name)) throw new UsageError(`Unknown option "${argument}"`);
    let value = match[3];
    if (value === undefined) {
      value = argv[index + 1];
      index += 1;
      if (value === undefined) throw new UsageError(`Option "${argument}" needs a value`);
    }
    flags.set(name, value);
  }
  return flags;
}

export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}
