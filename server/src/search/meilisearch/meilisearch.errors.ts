import type { Task } from 'meilisearch';

/** A Meilisearch task ended as failed or canceled; carries Meilisearch's error code and message. */
export class MeilisearchTaskError extends Error {
  readonly taskUid: number;
  readonly taskType: string;
  /** Meilisearch's error code (e.g. `invalid_settings_filterable_attributes`), if any. */
  readonly code: string | null;

  constructor(task: Task) {
    const reason = task.error ? `${task.error.message} (${task.error.code})` : `task ${task.status}`;
    super(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) failed: ${reason}`);
    this.name = 'MeilisearchTaskError';
    this.taskUid = task.uid;
    this.taskType = task.type;
    this.code = task.error?.code ?? null;
  }
}
