import { Injectable } from '@nestjs/common';
import { COURSE_TYPE_NAMES } from '../directory/course-offer-enums';
import type { DirectoryEntryEntity } from '../directory/directory-entry.entity';
import { germanLanguageName } from '../directory/directory-languages';
import { DirectoryQueriesService } from '../directory/directory-queries.service';
import { DirectoryCodeList } from '../directory/code-lists/directory-code-list';
import type { DirectoryCodes } from '../directory/code-lists/directory-codes';
import { DirectoryCodesService } from '../directory/code-lists/directory-codes.service';
import type { SearchDocument } from './engine/search-document';

export const directoryDocumentId = (entryId: string): string => `DIRECTORY_ENTRY:${entryId}`;

/** German names of the kinds, indexed so that "Migrantenorganisation" or "Sprachkurs" finds entries. */
const KIND_NAMES: Record<DirectoryEntryEntity['kind'], string> = {
  COURSE_PROVIDER: 'Kursträger Sprachkurs',
  MIGRANT_ORGANISATION: 'Migrantenorganisation',
  COUNSELLING_SERVICE: 'Beratungsstelle',
  AUTHORITY: 'Behörde',
  OTHER: 'Sonstiges',
};

/**
 * Turns directory entries into search documents: name, kind, facets (course types, languages,
 * target groups, districts) and the description. Contact persons are never indexed. Every
 * entry is "PUBLISHED"; its visibility decides whether anonymous visitors find it.
 */
@Injectable()
export class DirectorySearchDocuments {
  constructor(
    private readonly entries: DirectoryQueriesService,
    private readonly codes: DirectoryCodesService,
  ) {}

  async build(entryIds: string[]): Promise<{ documents: SearchDocument[]; missing: string[] }> {
    const [entries, codes] = await Promise.all([this.entries.findByIds(entryIds), this.codes.current()]);
    const found = new Set(entries.map((entry) => entry.id));
    return {
      documents: entries.map((entry) => toDocument(entry, codes)),
      missing: entryIds.filter((id) => !found.has(id)),
    };
  }

  async *all(batchSize = 500): AsyncIterable<SearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      const batch = await this.entries.batchAfter(after, batchSize);
      if (batch.length === 0) return;
      const codes = await this.codes.current();
      yield batch.map((entry) => toDocument(entry, codes));
      after = batch[batch.length - 1]?.id ?? null;
    }
  }

  count(): Promise<number> {
    return this.entries.countAll();
  }
}

function toDocument(entry: DirectoryEntryEntity, codes: DirectoryCodes): SearchDocument {
  const addresses = entry.addresses ?? [];
  const offers = entry.courseOffers ?? [];
  const places = addresses.map(
    (address) => `${address.street}, ${address.postalCode} ${address.city} (${address.district})`,
  );
  const facets = [
    ...new Set([
      ...offers.map((offer) => [COURSE_TYPE_NAMES[offer.type], offer.cefrLevel].filter(Boolean).join(' ')),
      ...entry.languages.map(germanLanguageName),
      ...entry.targetGroups.map((code) => codes.nameOf(DirectoryCodeList.TARGET_GROUP, code)),
      ...entry.topics.map((code) => codes.nameOf(DirectoryCodeList.ORGANISATION_TOPIC, code)),
      ...entry.communities,
    ]),
  ];
  return {
    id: directoryDocumentId(entry.id),
    kind: 'DIRECTORY_ENTRY',
    entityId: entry.id,
    url: `/verzeichnis/${entry.id}`,
    title: entry.name,
    summary: [KIND_NAMES[entry.kind], entry.shortName, places[0]].filter(Boolean).join(' · '),
    headings: [],
    body: [facets.join(', '), places.join('\n'), entry.descriptionText, entry.accessibilityNotes]
      .filter(Boolean)
      .join('\n\n'),
    tags: [...entry.tags, ...new Set(addresses.map((address) => address.district))],
    categoryPath: [],
    categoryIds: [],
    language: 'de',
    status: 'PUBLISHED',
    visibility: entry.visibility,
    agencyId: entry.agencyId,
    agencyName: entry.agency?.name ?? null,
    updatedAt: entry.updatedAt.toISOString(),
  };
}
