import * as Y from 'yjs';
import type { DerivationInput } from './body-derivation.protocol';
import { deriveBodyFromDocument, type DerivedBody } from './derive-body-from-state';

/** Documents kept at most; beyond, the least recently derived is dropped (and rebuilt if it returns). */
export const MAX_KEPT_DOCUMENTS = 2_000;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * The deriver's copies of the open documents. Decoding a whole Yjs state on every store was
 * most of the derivation's cost; instead each copy applies only the changes since the last
 * store. The complete state always comes along as the truth: a copy that does not end at the
 * state's exact state vector (a store failed in between, stores arrived out of order, the
 * deriver restarted) is rebuilt from it. Deletions need no check: every update carries the
 * whole delete set.
 */
export class DerivationDocuments {
  private readonly documents = new Map<string, Y.Doc>();
  /** How often a copy was built from a complete state (first derivation or repair). */
  rebuilds = 0;

  constructor(private readonly maxKept = MAX_KEPT_DOCUMENTS) {}

  get size(): number {
    return this.documents.size;
  }

  derive(input: DerivationInput): DerivedBody {
    const document = this.upToDate(input);
    return deriveBodyFromDocument(document);
  }

  forget(key: string): void {
    this.documents.get(key)?.destroy();
    this.documents.delete(key);
  }

  private upToDate({ key, state, update, stateVector }: DerivationInput): Y.Doc {
    const kept = this.documents.get(key);
    if (kept && update) {
      try {
        Y.applyUpdate(kept, update);
        if (sameBytes(Y.encodeStateVector(kept), stateVector)) return this.touch(key, kept);
      } catch {
        // A malformed update: fall through and rebuild from the complete state.
      }
    }
    this.forget(key);
    this.rebuilds++;
    const rebuilt = new Y.Doc({ gc: true });
    try {
      Y.applyUpdate(rebuilt, state);
    } catch (error) {
      rebuilt.destroy();
      throw error;
    }
    return this.touch(key, rebuilt);
  }

  /** Marks the document as most recently used (Map order) and evicts beyond the limit. */
  private touch(key: string, document: Y.Doc): Y.Doc {
    this.documents.delete(key);
    this.documents.set(key, document);
    if (this.documents.size > this.maxKept) {
      const oldest = this.documents.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    return document;
  }
}
