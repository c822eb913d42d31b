import type { Client } from '@urql/core';
import { shallowRef, type ShallowRef } from 'vue';
import { DirectoryContactCardsDocument, type DirectoryContactCardFieldsFragment } from '@/gql/graphql';

export type ContactCardEntry = DirectoryContactCardFieldsFragment;

/** What a card shows: its entry, "not available" (unknown or not visible to this viewer) or a failure. */
export type ContactCardState =
  | { status: 'loading' }
  | { status: 'ready'; entry: ContactCardEntry }
  | { status: 'unavailable' }
  | { status: 'error' };

/** The server answers at most this many ids at once. */
export const MAX_IDS_PER_REQUEST = 100;
/** Cards seen again after this long ask the server again, so a changed phone number shows up. */
export const CARD_MAX_AGE_MS = 30_000;

interface Slot {
  state: ShallowRef<ContactCardState>;
  fetchedAt: number;
}

/**
 * Loads the entries behind contact cards. Cards that mount together (an article with ten cards)
 * are collected for one tick and fetched in one `directoryEntriesByIds` request; each card's state
 * is cached per viewer, since anonymous visitors see fewer entries than staff.
 */
export class ContactCardLoader {
  private readonly slots = new Map<string, Slot>();
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: Client,
    private readonly now: () => number = Date.now,
  ) {}

  /** The card's state; starts a (batched) fetch when it is new or older than CARD_MAX_AGE_MS. */
  state(entryId: string, viewerKey: string): ShallowRef<ContactCardState> {
    const key = `${viewerKey}\u0000${entryId.toLowerCase()}`;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { state: shallowRef<ContactCardState>({ status: 'loading' }), fetchedAt: Number.NEGATIVE_INFINITY };
      this.slots.set(key, slot);
    }
    if (this.now() - slot.fetchedAt > CARD_MAX_AGE_MS && !this.pending.has(key)) {
      slot.fetchedAt = this.now();
      this.pending.add(key);
      this.timer ??= setTimeout(() => void this.flush(), 0);
    }
    return slot.state;
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const keys = [...this.pending];
    this.pending = new Set();
    const byId = new Map<string, string[]>();
    for (const key of keys) {
      const id = key.slice(key.indexOf('\u0000') + 1);
      byId.set(id, [...(byId.get(id) ?? []), key]);
    }
    const ids = [...byId.keys()];
    for (let start = 0; start < ids.length; start += MAX_IDS_PER_REQUEST) {
      const chunk = ids.slice(start, start + MAX_IDS_PER_REQUEST);
      const result = await this.client
        .query(DirectoryContactCardsDocument, { ids: chunk }, { requestPolicy: 'network-only' })
        .toPromise();
      const found = new Map((result.data?.directoryEntriesByIds ?? []).map((entry) => [entry.id, entry]));
      for (const id of chunk) {
        const entry = found.get(id);
        const state: ContactCardState = entry
          ? { status: 'ready', entry }
          : result.error
            ? { status: 'error' }
            : { status: 'unavailable' };
        for (const key of byId.get(id) ?? []) {
          const slot = this.slots.get(key);
          if (!slot) continue;
          slot.state.value = state;
          // A failed request is retried the next time the card is shown.
          if (state.status === 'error') slot.fetchedAt = Number.NEGATIVE_INFINITY;
        }
      }
    }
  }
}
