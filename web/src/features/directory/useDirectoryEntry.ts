import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import {
  DirectoryEntryDocument,
  VerifyDirectoryEntryDocument,
  type DirectoryEntryDetailFieldsFragment,
} from '@/gql/graphql';

export type DirectoryEntryDetail = DirectoryEntryDetailFieldsFragment;

/** One entry for its page, always fresh from the server, with the one-click "still correct". */
export function useDirectoryEntry(id: Ref<string>) {
  const { client } = useClientHandle();
  const entry = shallowRef<DirectoryEntryDetail | null>(null);
  const fetching = ref(false);
  const error = shallowRef<CombinedError | null>(null);

  async function load() {
    const wanted = id.value;
    fetching.value = true;
    const result = await client
      .query(DirectoryEntryDocument, { id: wanted }, { requestPolicy: 'network-only' })
      .toPromise();
    if (wanted !== id.value) return;
    fetching.value = false;
    error.value = result.error ?? null;
    entry.value = result.data?.directoryEntry ?? null;
  }

  watch(id, () => void load(), { immediate: true });

  /** Records "still correct"; the badge and "last verified" update from the answer. */
  async function verify(): Promise<CombinedError | null> {
    const result = await client.mutation(VerifyDirectoryEntryDocument, { id: id.value }).toPromise();
    const verified = result.data?.verifyDirectoryEntry;
    if (verified && entry.value) {
      const current = entry.value;
      entry.value = {
        ...current,
        isOutdated: verified.isOutdated,
        lastVerifiedAt: verified.lastVerifiedAt,
        verificationDueAt: verified.verificationDueAt,
        internal: current.internal
          ? { ...current.internal, lastVerifiedBy: verified.internal?.lastVerifiedBy ?? null }
          : current.internal,
      };
      // The history gains a VERIFIED row: reload it quietly.
      void load();
    }
    return result.error ?? null;
  }

  return { entry, fetching, error, reload: load, verify };
}
