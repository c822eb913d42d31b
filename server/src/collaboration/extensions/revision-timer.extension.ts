import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Extension, Hocuspocus, onChangePayload, onDisconnectPayload } from '@hocuspocus/server';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { parseDocumentName } from '../collaboration-document-name';
import { CollaborationRevisionsService } from '../collaboration-revisions.service';
import { flushDocument } from '../flush-document';

/**
 * Takes a revision when a document has been quiet for COLLAB_QUIET_MS and when its last
 * editor leaves; unchanged content never produces a revision, so instances never duplicate one.
 */
@Injectable()
export class RevisionTimerExtension implements Extension {
  extensionName = 'wissensnetz-revision-timer';
  private readonly logger = new Logger(RevisionTimerExtension.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Revisions in progress; shutdown waits for them so the database is not closed under them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly revisions: CollaborationRevisionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onChange({ documentName, instance }: onChangePayload): Promise<void> {
    clearTimeout(this.timers.get(documentName));
    const timer = setTimeout(() => void this.revise(instance, documentName), this.config.collaboration.quietMs);
    timer.unref();
    this.timers.set(documentName, timer);
    return Promise.resolve();
  }

  async onDisconnect({ documentName, instance, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0) await this.revise(instance, documentName);
  }

  async onDestroy(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
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
    const ref = parseDocumentName(documentName);
    if (!ref) return;
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
