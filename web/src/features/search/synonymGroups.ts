/** One editable row of the synonym form: terms as the admin typed them, comma-separated. */
export type SynonymRow = string;

export type SynonymProblem =
  | { kind: 'tooFew'; row: number }
  | { kind: 'tooLong'; row: number }
  | { kind: 'tooMany'; row: number }
  | { kind: 'twice'; row: number; term: string; otherRow: number };

export const MAX_TERM_LENGTH = 100;
export const MAX_TERMS_PER_GROUP = 20;

export const rowsFromGroups = (groups: readonly (readonly string[])[]): SynonymRow[] =>
  groups.map((group) => group.join(', '));

/** Splits rows into groups (same rules as the server) and lists every problem with its row. */
export function groupsFromRows(rows: readonly SynonymRow[]): { groups: string[][]; problems: SynonymProblem[] } {
  const problems: SynonymProblem[] = [];
  const rowOfTerm = new Map<string, number>();
  const groups: string[][] = [];
  rows.forEach((row, index) => {
    const terms: string[] = [];
    const seen = new Set<string>();
    for (const raw of row.split(/[,;\n]/)) {
      const term = raw.trim().replace(/\s+/g, ' ');
      const key = term.toLocaleLowerCase('de');
      if (!term || seen.has(key)) continue;
      seen.add(key);
      terms.push(term);
      if (term.length > MAX_TERM_LENGTH) problems.push({ kind: 'tooLong', row: index });
      const other = rowOfTerm.get(key);
      if (other !== undefined) problems.push({ kind: 'twice', row: index, term, otherRow: other });
      else rowOfTerm.set(key, index);
    }
    // An empty row is simply not saved; a row with one term is a mistake worth pointing at.
    if (terms.length === 0) return;
    if (terms.length === 1) problems.push({ kind: 'tooFew', row: index });
    if (terms.length > MAX_TERMS_PER_GROUP) problems.push({ kind: 'tooMany', row: index });
    groups.push(terms);
  });
  return { groups, problems };
}
