import { DirectoryErrorCode, DirectoryException } from '../directory.errors';
import { DirectoryCodeList } from './directory-code-list';

export interface DirectoryCodeValue {
  list: DirectoryCodeList;
  code: string;
  name: string;
  archived: boolean;
  position: number;
}

const ERRORS: Record<DirectoryCodeList, { error: DirectoryErrorCode; what: string }> = {
  [DirectoryCodeList.TARGET_GROUP]: { error: DirectoryErrorCode.UNKNOWN_TARGET_GROUP, what: 'Zielgruppe' },
  [DirectoryCodeList.ORGANISATION_TOPIC]: { error: DirectoryErrorCode.UNKNOWN_TOPIC, what: 'Themen' },
};

/** A snapshot of the managed code lists: names for display, and the check of new values. */
export class DirectoryCodes {
  private readonly byList = new Map<DirectoryCodeList, Map<string, DirectoryCodeValue>>();

  constructor(values: readonly DirectoryCodeValue[]) {
    for (const list of Object.values(DirectoryCodeList)) this.byList.set(list, new Map());
    const ordered = [...values].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'de'));
    for (const value of ordered) this.byList.get(value.list)?.set(value.code, value);
  }

  /** The values of a list in display order; archived ones only when asked for. */
  values(list: DirectoryCodeList, includeArchived = false): DirectoryCodeValue[] {
    return [...(this.byList.get(list)?.values() ?? [])].filter((value) => includeArchived || !value.archived);
  }

  /** The name of a code (archived ones too); an unknown code shows as itself. */
  nameOf(list: DirectoryCodeList, code: string): string {
    return this.byList.get(list)?.get(code)?.name ?? code;
  }

  /**
   * New values must be known and not archived; values the entry already has (`kept`) may stay
   * although archived since. Duplicates are dropped.
   */
  check(list: DirectoryCodeList, codes: readonly string[], kept: readonly string[] = []): string[] {
    const known = this.byList.get(list);
    const unknown = codes.filter((code) => {
      const value = known?.get(code);
      return !value || (value.archived && !kept.includes(code));
    });
    if (unknown.length > 0) {
      const { error, what } = ERRORS[list];
      throw new DirectoryException(error, `Unbekannte ${what}: ${unknown.join(', ')}.`, { codes: unknown });
    }
    return [...new Set(codes)];
  }
}
