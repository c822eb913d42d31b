import type { Client } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { computed, type ComputedRef } from 'vue';
import { useCurrentUser } from '@/features/auth/useCurrentUser';
import { ContactCardLoader, type ContactCardState } from './contactCardLoader';

const loaders = new WeakMap<Client, ContactCardLoader>();

function loaderFor(client: Client): ContactCardLoader {
  let loader = loaders.get(client);
  if (!loader) {
    loader = new ContactCardLoader(client);
    loaders.set(client, loader);
  }
  return loader;
}

/** The current data of one contact card's entry, batched with the other cards on the page. */
export function useContactCardEntry(entryId: () => string): ComputedRef<ContactCardState> {
  const loader = loaderFor(useClientHandle().client);
  const { user } = useCurrentUser();
  return computed(() => loader.state(entryId(), user.value?.id ?? 'anonymous').value);
}
