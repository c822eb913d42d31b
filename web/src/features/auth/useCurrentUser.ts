import type { Client } from '@urql/core';
import { computed, ref } from 'vue';
import { MeDocument, type MeQuery } from '@/gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

// One shared session state for the whole app (the header, guards and pages read it).
const user = ref<CurrentUser | null>(null);
const loaded = ref(false);

export function useCurrentUser() {
  async function refresh(client: Client): Promise<CurrentUser | null> {
    const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    user.value = result.data?.me ?? null;
    loaded.value = true;
    return user.value;
  }

  async function ensureLoaded(client: Client): Promise<CurrentUser | null> {
    return loaded.value ? user.value : refresh(client);
  }

  function setUser(next: CurrentUser | null): void {
    user.value = next;
    loaded.value = true;
  }

  return {
    user,
    loaded,
    isAdmin: computed(() => user.value?.role === 'ADMIN'),
    canEdit: computed(() => user.value?.role === 'ADMIN' || user.value?.role === 'EDITOR'),
    refresh,
    ensureLoaded,
    setUser,
  };
}
