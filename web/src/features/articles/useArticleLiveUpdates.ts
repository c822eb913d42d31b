import { useClientHandle } from '@urql/vue';
import { onUnmounted, toValue, watch, type MaybeRefOrGetter } from 'vue';

/**
 * Calls `onStored` whenever the server has stored a new state of the article, so the
 * reader view can refresh without a reload. Pass null (e.g. for anonymous visitors) to
 * stay disconnected. The websocket code is loaded only when a connection is opened.
 */
export function useArticleLiveUpdates(articleId: MaybeRefOrGetter<string | null>, onStored: () => void): void {
  const { client } = useClientHandle();
  let disconnect: (() => void) | null = null;
  // Guards against a slow dynamic import finishing after the article changed or the page closed.
  let generation = 0;

  function stop() {
    generation += 1;
    disconnect?.();
    disconnect = null;
  }

  async function start(id: string) {
    const current = generation;
    const { connectArticleUpdates } = await import('./connectArticleUpdates');
    if (current !== generation) return;
    disconnect = connectArticleUpdates(client, id, onStored);
  }

  watch(
    () => toValue(articleId),
    (id) => {
      stop();
      if (id) void start(id);
    },
    { immediate: true },
  );
  onUnmounted(stop);
}
