import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SearchOutboxEntity } from './search-outbox.entity';

export type OutboxEntityKind = 'ARTICLE' | 'CATEGORY' | 'PROJECT' | 'DIRECTORY_ENTRY';

type Listener = () => void;

/**
 * Features call enqueue() inside their write transaction, so an index update can never be
 * lost: if the transaction commits, the outbox row exists; the search worker applies it.
 */
@Injectable()
export class SearchOutboxService {
  private readonly listeners = new Set<Listener>();

  async enqueue(manager: EntityManager, entityKind: OutboxEntityKind, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await manager.insert(
      SearchOutboxEntity,
      entityIds.map((entityId) => ({ entityKind, entityId })),
    );
    // Wake the worker once the caller's transaction had a chance to commit.
    setImmediate(() => this.listeners.forEach((listener) => listener()));
  }

  onEnqueue(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
