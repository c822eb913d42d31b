import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Extension, Hocuspocus, onChangePayload, onDisconnectPayload } from '@hocuspocus/server';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { isArticleDocumentName, parseDocumentName } from '../collaboration-document-name';
import { CollaborationRevisionsService } from '../collaboration-revisions.service';
import { flushDocument } from '../flush-document';

/**
 * Takes a revision when a document has been quiet for COLLAB_QUIET_MS and when its last
 * editor leaves; unchanged content never produces a revision, so instances never duplicate one.
 * Only articles have revisions: project documents are ignored (projects keep a status history).
 */
@Injectable()
export class RevisionTimerExtension implements Extension {
  extensionName = 'wissensnetz-revision-timer';
  private readonly logger = new Logger(RevisionTimerExtension.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document last changed (ms, performance.now()). */
  private readonly lastChange = new Map<string, number>();
  /** Revisions in progress; shutdown waits for them so the database is not closed under them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly revisions: CollaborationRevisionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Runs for every keystroke, so it only notes the time: one timer per document is armed once
   * and, when it fires early, re-armed for the rest of the quiet period.
   */
  onChange({ documentName, instance }: onChangePayload): Promise<void> {
    if (!isArticleDocumentName(documentName)) return Promise.resolve();
    this.lastChange.set(documentName, performance.now());
    if (!this.timers.has(documentName)) this.arm(instance, documentName, this.config.collaboration.quietMs);
    return Promise.resolve();
  }

  private arm(instance: Hocuspocus, documentName: string, delay: number): void {
    const timer = setTimeout(() => {
      const quietFor = performance.now() - (this.lastChange.get(documentName) ?? 0);
      const rest = this.config.collaboration.quietMs - quietFor;
      if (rest > 0) this.arm(instance, documentName, rest);
      else void this.revise(instance, documentName);
    }, delay);
    timer.unref();
    this.timers.set(documentName, timer);
  }

  async onDisconnect({ documentName, instance, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0 && isArticleDocumentName(documentName)) await this.revise(instance, documentName);
  }

  async onDestroy(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.lastChange.clear();
    await Promise.allSettled([...this.running]);
  }

  private revise(instance: Hocuspocus, documentName: string): Promise<void> {
    const run = this.takeRevision(instance, documentName);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  private async takeRevision(instance: Hocuspocus, documentName: string): Promise<void> {
    clearTimeout(this.timers.get(documentName));
    this.timers.delete(documentName);
    this.lastChange.delete(documentName);
    const ref = parseDocumentName(documentName);
    if (ref?.kind !== 'article') return;
    try {
      await flushDocument(instance, documentName);
      await this.revisions.takeRevision(ref.id);
    } catch (error) {
      this.logger.error(
        `Revision of ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
