import type { Hocuspocus } from '@hocuspocus/server';

/** Hocuspocus keys a document's store debounce as `onStoreDocument-<name>` (see Hocuspocus.storeDocumentHooks). */
export function storeDebounceId(documentName: string): string {
  return `onStoreDocument-${documentName}`;
}

/** Runs a document's pending debounced store now and waits for it. */
export async function flushDocument(instance: Hocuspocus, documentName: string): Promise<void> {
  const id = storeDebounceId(documentName);
  if (instance.debouncer.isDebounced(id)) await instance.debouncer.executeNow(id);
  while (instance.debouncer.isCurrentlyExecuting(id)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
