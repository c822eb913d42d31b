import { Injectable } from '@nestjs/common';
import type { Viewer } from '../common/auth/viewer';
import { DirectoryClock } from '../directory/directory-clock';
import { DirectoryContactsService } from '../directory/directory-contacts.service';
import { DirectoryEntriesService } from '../directory/directory-entries.service';
import { addDays } from '../directory/directory-filter-sql';
import { demoDirectoryEntries } from './demo/directory';

/** Seeds the demo directory through its service, so every entry passes the same checks as the API. */
@Injectable()
export class DirectorySeeder {
  constructor(
    private readonly entries: DirectoryEntriesService,
    private readonly contacts: DirectoryContactsService,
    private readonly clock: DirectoryClock,
  ) {}

  /** Returns the new entries' ids by name (for the demo articles' contact cards). */
  async seed(viewers: Map<string, Viewer>): Promise<Map<string, string>> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const ids = new Map<string, string>();
    for (const demo of demoDirectoryEntries) {
      const owner = viewers.get(demo.ownerEmail);
      if (!owner) throw new Error(`Demo entry "${demo.input.name}" has an unknown owner ${demo.ownerEmail}`);
      const id = await this.entries.create(owner, {
        ...demo.input,
        courseOffers: demo.input.courseOffers?.map(({ startsInDays, ...offer }) => ({
          ...offer,
          nextStartDate: addDays(today, startsInDays),
        })),
      });
      ids.set(demo.input.name, id);
      if (demo.contactPerson) {
        await this.contacts.add(owner, id, { ...demo.contactPerson, email: '', consentGivenOn: today });
      }
    }
    return ids;
  }
}
