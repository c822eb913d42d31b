import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import * as Y from 'yjs';
import type { BodyDerivationReply, BodyDerivationRequest, DerivationInput } from './body-derivation.protocol';
import { deriveBodyFromDocument, deriveBodyFromState, type DerivedBody } from './derive-body-from-state';

interface PendingDerivation {
  resolve(result: DerivedBody): void;
  reject(error: Error): void;
}

/** One worker thread and the derivations it still owes. */
interface DerivationWorker {
  thread: Worker;
  pending: Map<number, PendingDerivation>;
}

/** The compiled worker; absent when the server runs from TypeScript sources (Vitest). */
const COMPILED_WORKER = join(__dirname, 'body-derivation.worker.js');

/**
 * States up to this size are derived at once on the calling thread, straight from the live
 * document: that takes about a millisecond, less than handing the work to the worker costs.
 * Larger documents take longer than a keystroke may wait, so the worker derives them.
 */
export const INLINE_STATE_BYTES = 32 * 1024;

/** What prepare() hands to derive(): a body derived already, or the input for the worker. */
export type PreparedDerivation = { derived: DerivedBody } | { failed: Error } | { input: DerivationInput };

/**
 * Derives article bodies from Yjs states. Small documents are derived on the calling thread
 * (INLINE_STATE_BYTES); larger ones in one worker thread (started on first use), so that
 * validating and rendering a long document never delays the relaying of keystrokes. The worker
 * keeps a copy of each document and receives only the changes since its last store (see
 * DerivationDocuments). A crashed worker fails only its own pending derivations and is
 * replaced on the next call. Without a compiled worker (tests from TypeScript sources) every
 * document is derived on the calling thread.
 */
@Injectable()
export class BodyDerivationService implements OnApplicationShutdown {
  private readonly logger = new Logger(BodyDerivationService.name);
  private current: DerivationWorker | undefined;
  private nextId = 1;
  private stopped = false;
  /** The state vector of the last input prepared for the worker, per document. */
  private readonly preparedUpTo = new Map<string, Uint8Array>();
  /** The worker script; null derives on the calling thread. Tests may set a compiled worker. */
  workerFile: string | null = existsSync(COMPILED_WORKER) ? COMPILED_WORKER : null;
  /** See INLINE_STATE_BYTES; tests set 0 to send every document to the worker. */
  inlineStateBytes = INLINE_STATE_BYTES;

  /** True while derivations run in a worker thread. */
  get usesWorker(): boolean {
    return this.workerFile !== null && !this.stopped;
  }

  /**
   * Derives `state` now, or prepares the worker's input for it. `state` must have been encoded
   * from `document` in the same synchronous step, so that both describe the same moment.
   */
  prepare(key: string, document: Y.Doc, state: Uint8Array): PreparedDerivation {
    if (!this.usesWorker || state.length <= this.inlineStateBytes) {
      try {
        return { derived: deriveBodyFromDocument(document) };
      } catch (error) {
        return {
          failed: new Error(`Body derivation failed: ${error instanceof Error ? error.message : String(error)}`),
        };
      }
    }
    const previous = this.preparedUpTo.get(key);
    const stateVector = Y.encodeStateVector(document);
    this.preparedUpTo.set(key, stateVector);
    const update = previous ? Y.encodeStateAsUpdate(document, previous) : undefined;
    return { input: update ? { key, state, update, stateVector } : { key, state, stateVector } };
  }

  derive(prepared: PreparedDerivation): Promise<DerivedBody> {
    if ('derived' in prepared) return Promise.resolve(prepared.derived);
    if ('failed' in prepared) return Promise.reject(prepared.failed);
    const { input } = prepared;
    // Shutting down: whatever is still stored gets derived here.
    if (!this.usesWorker) return Promise.resolve().then(() => deriveBodyFromState(input.state));
    const worker = this.current ?? this.startWorker(this.workerFile as string);
    const id = this.nextId++;
    return new Promise<DerivedBody>((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      // Keep the process alive only while a derivation is outstanding.
      if (worker.pending.size === 1) worker.thread.ref();
      const request: BodyDerivationRequest = { type: 'derive', id, ...input };
      worker.thread.postMessage(request);
    });
  }

  /** Drops the copy of a document that was unloaded. */
  forget(key: string): void {
    this.preparedUpTo.delete(key);
    const request: BodyDerivationRequest = { type: 'forget', key };
    this.current?.thread.postMessage(request);
  }

  /** Runs after beforeApplicationShutdown, i.e. after the collaboration server flushed its stores. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const worker = this.current;
    this.current = undefined;
    if (worker) await worker.thread.terminate();
  }

  private startWorker(file: string): DerivationWorker {
    const worker: DerivationWorker = { thread: new Worker(file), pending: new Map() };
    worker.thread.unref();
    worker.thread.on('message', (reply: BodyDerivationReply) => {
      const pending = worker.pending.get(reply.id);
      if (!pending) return;
      worker.pending.delete(reply.id);
      if (worker.pending.size === 0) worker.thread.unref();
      if ('error' in reply) pending.reject(new Error(`Body derivation failed: ${reply.error}`));
      else pending.resolve(reply.result);
    });
    worker.thread.on('error', (error) => this.fail(worker, error));
    worker.thread.on('exit', (code) => this.fail(worker, new Error(`Body derivation worker exited (code ${code})`)));
    this.current = worker;
    return worker;
  }

  private fail(worker: DerivationWorker, error: Error): void {
    if (this.current === worker) this.current = undefined;
    if (worker.pending.size === 0) return;
    this.logger.error(`Body derivation worker failed with ${worker.pending.size} pending: ${error.message}`);
    const pending = [...worker.pending.values()];
    worker.pending.clear();
    for (const derivation of pending) derivation.reject(error);
  }
}
