import { Injectable } from '@nestjs/common';
import { Visibility } from '../articles/article-status';
import type { DirectoryEntryKind } from '../directory/directory-entry-kind';
import { sortedHours } from '../directory/directory-entry.mapper';
import { DirectoryQueriesService } from '../directory/directory-queries.service';

/**
 * What a contact card on a public page may show: the public fields of a PUBLIC directory entry,
 * as the web's contact card shows them. Contact persons and internal fields are not part of it.
 */
export interface PublicContactCard {
  id: string;
  kind: DirectoryEntryKind;
  name: string;
  /** The first address, or null. */
  address: { street: string; postalCode: string; city: string } | null;
  phone: string;
  email: string;
  website: string;
  /** Sorted by weekday (1 = Monday) and opening time; times as "HH:MM". */
  openingHours: { weekday: number; opens: string | null; closes: string | null; note: string }[];
  openingHoursNote: string;
  isOutdated: boolean;
}

/** "09:00:00" from the time column → "09:00". */
const hhmm = (time: string | null): string | null => (time === null ? null : time.slice(0, 5));

/** The contact cards of the server-rendered Ideenbörse: PUBLIC entries only, looked up in one batch. */
@Injectable()
export class PublicContactCardsService {
  constructor(private readonly directory: DirectoryQueriesService) {}

  /** Cards by entry id; INTERNAL and unknown entries are left out. */
  async forIds(ids: readonly string[]): Promise<Map<string, PublicContactCard>> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return new Map();
    const [entries, intervals] = await Promise.all([this.directory.findByIds(unique), this.directory.intervals()]);
    const now = this.directory.now();
    const cards = new Map<string, PublicContactCard>();
    for (const entry of entries) {
      if (entry.visibility !== Visibility.PUBLIC) continue;
      const first = [...(entry.addresses ?? [])].sort((a, b) => a.position - b.position)[0];
      cards.set(entry.id, {
        id: entry.id,
        kind: entry.kind,
        name: entry.name,
        address: first ? { street: first.street, postalCode: first.postalCode, city: first.city } : null,
        phone: entry.phone,
        email: entry.email,
        website: entry.website,
        openingHours: sortedHours(entry.openingHours).map((row) => ({
          weekday: row.weekday,
          opens: hhmm(row.opens),
          closes: hhmm(row.closes),
          note: row.note,
        })),
        openingHoursNote: entry.openingHoursNote,
        isOutdated: now.getTime() >= intervals.dueAt(entry.kind, entry.lastVerifiedAt).getTime(),
      });
    }
    return cards;
  }
}
