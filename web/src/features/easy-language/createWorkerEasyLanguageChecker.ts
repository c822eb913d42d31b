import type { EasyLanguageCheckRequest, EasyLanguageCheckResponse, EasyLanguageChecker } from './easyLanguageTypes';

type WorkerReply = { id: number; response: EasyLanguageCheckResponse } | { id: number; error: string };

/** Runs the checker in a Web Worker, started on the first check; one worker per editor. */
export function createWorkerEasyLanguageChecker(): EasyLanguageChecker {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: EasyLanguageCheckResponse) => void; reject: (e: Error) => void }>();

  function start(): Worker {
    const started = new Worker(new URL('./easy-language.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.response);
    };
    started.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Checker failed'));
      pending.clear();
    };
    return started;
  }

  return {
    check(request: EasyLanguageCheckRequest) {
      worker ??= start();
      nextId += 1;
      const id = nextId;
      const promise = new Promise<EasyLanguageCheckResponse>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, request });
      return promise;
    },
    destroy() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
