import { toDirectoryFilter, type DirectoryRouteState } from './directoryRouteQuery';

export type DirectoryExportFormat = 'csv' | 'xlsx' | 'vcf';

/** Download URL of the filtered list (`?filter=<JSON of DirectoryFilter>`), served by the server's export endpoints. */
export function directoryExportUrl(format: DirectoryExportFormat, state: DirectoryRouteState): string {
  const filter = toDirectoryFilter(state);
  const query = filter ? `?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}` : '';
  return `/api/verzeichnis/export.${format}${query}`;
}

/** Download URL of one entry as a vCard. */
export function directoryEntryVcardUrl(id: string): string {
  return `/api/verzeichnis/export.vcf?${new URLSearchParams({ id }).toString()}`;
}
