import type { Hocuspocus } from '@hocuspocus/server';

/**
 * Runs a document's pending debounced store now and waits for it. Hocuspocus keys its
 * store debounce as `onStoreDocument-<name>` (see Hocuspocus.storeDocumentHooks).
 */
export async function flushDocument(instance: Hocuspocus, documentName: string): Promise<void> {
  const id = `onStoreDocument-${documentName}`;
  if (instance.debouncer.isDebounced(id)) await instance.debouncer.executeNow(id);
  while (instance.debouncer.isCurrentlyExecuting(id)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
