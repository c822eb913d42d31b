import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type {
  afterUnloadDocumentPayload,
  Extension,
  Hocuspocus,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { documentToYDoc } from '@wissensnetz/editor';
import * as Y from 'yjs';
import { ArticlesService } from '../../articles/articles.service';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { ProjectQueriesService } from '../../projects/project-queries.service';
import { ProjectsService } from '../../projects/projects.service';
import { ArticleDocumentsService } from '../article-documents.service';
import { BodyDerivationService } from '../body-derivation.service';
import { ConcurrencyLimit } from '../concurrency-limit';
import type { DerivedBody } from '../derive-body-from-state';
import { isCollaborationContext } from '../collaboration-context';
import { parseDocumentName, type CollaborationDocumentRef } from '../collaboration-document-name';
import { storeDebounceId } from '../flush-document';
import { ProjectDocumentsService } from '../project-documents.service';

/** Documents stored at the same time (each store: one state write, one article update). */
const STORES_AT_ONCE = 2;

/** Up to this share of COLLAB_STORE_MAX_WAIT_MS is left out at random, to spread stores over time. */
const STORE_WAIT_JITTER = 0.2;

/** Stateless message sent to every connection of a document after each store. */
export const STORED_MESSAGE = JSON.stringify({ type: 'stored' });

/**
 * Loads Yjs state from PostgreSQL (or migrates the article's or project's JSON body on first
 * open) and stores it, debounced by Hocuspocus. Every store also derives the body JSON, HTML and
 * text (in a worker thread, see BodyDerivationService), so readers, revisions and search always
 * see the collaborative content. Articles keep their state in article_document (with the authors
 * pending for the next revision), projects in project_document (projects have no revisions).
 */
@Injectable()
export class ArticlePersistenceExtension implements Extension {
  extensionName = 'wissensnetz-article-persistence';
  private readonly logger = new Logger(ArticlePersistenceExtension.name);
  /** Users who changed each document since its last store on this instance. */
  private readonly editorsSinceStore = new Map<string, Set<string>>();
  /** Hash of the state each document last stored on this instance; a store that finds nothing new is skipped. */
  private readonly storedStateHash = new Map<string, string>();
  /**
   * When each document's pending store is due at the latest (ms, performance.now()), counted
   * from its first change after the start of its last store.
   */
  private readonly storeDueAt = new Map<string, number>();

  /**
   * Stores of many documents often fall due together (all started typing at once, or after a
   * restart); at most this many write at a time, so they neither monopolise the event loop nor
   * take every database connection from GraphQL requests.
   */
  private readonly storeSlots = new ConcurrencyLimit(STORES_AT_ONCE);

  constructor(
    private readonly documents: ArticleDocumentsService,
    private readonly articles: ArticlesService,
    private readonly projectDocuments: ProjectDocumentsService,
    private readonly projects: ProjectsService,
    private readonly projectQueries: ProjectQueriesService,
    private readonly derivation: BodyDerivationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const ref = parseDocumentName(documentName);
    if (!ref) return;
    const state =
      ref.kind === 'article' ? await this.documents.loadState(ref.id) : await this.projectDocuments.loadState(ref.id);
    if (state) {
      Y.applyUpdate(document, state);
      return;
    }
    // Written before collaboration (or never opened): start from the stored JSON body.
    const body =
      ref.kind === 'article'
        ? (await this.articles.get(ref.id)).body
        : (await this.projectQueries.getById(ref.id)).body;
    Y.applyUpdate(document, Y.encodeStateAsUpdate(documentToYDoc(body)));
  }

  /**
   * Runs for every keystroke, so it allocates nothing unless a user edits a document for the
   * first time. It also enforces COLLAB_STORE_MAX_WAIT_MS: Hocuspocus only debounces (its own
   * maximum wait is off, see CollaborationServer), and once a document has waited that long its
   * pending store runs now, unless one is running already. Hocuspocus' own maximum wait would
   * queue one more store per keystroke for as long as a store takes, so that slow stores (a busy
   * database) would multiply. The wait is shortened by a random share of up to
   * STORE_WAIT_JITTER, so that documents that started together (e.g. reconnecting after a
   * restart) do not all store in the same moment.
   */
  onChange({ documentName, context, instance }: onChangePayload): Promise<void> {
    if (isCollaborationContext(context)) {
      const editors = this.editorsSinceStore.get(documentName);
      if (!editors) this.editorsSinceStore.set(documentName, new Set([context.userId]));
      else if (!editors.has(context.userId)) editors.add(context.userId);
    }
    const now = performance.now();
    const dueAt = this.storeDueAt.get(documentName);
    if (dueAt === undefined) {
      const wait = this.config.collaboration.storeMaxWaitMs * (1 - STORE_WAIT_JITTER * Math.random());
      this.storeDueAt.set(documentName, now + wait);
    } else if (now >= dueAt) this.storeOverdue(instance, documentName);
    return Promise.resolve();
  }

  private storeOverdue(instance: Hocuspocus, documentName: string): void {
    const id = storeDebounceId(documentName);
    if (!instance.debouncer.isDebounced(id) || instance.debouncer.isCurrentlyExecuting(id)) return;
    // A failed store is logged by onStoreDocument and retried by the next change.
    void Promise.resolve(instance.debouncer.executeNow(id)).catch(() => undefined);
  }

  private remember(documentName: string, userIds: string[]): void {
    const editors = this.editorsSinceStore.get(documentName) ?? new Set<string>();
    for (const userId of userIds) editors.add(userId);
    this.editorsSinceStore.set(documentName, editors);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const ref = parseDocumentName(documentName);
    if (!ref) return;
    this.storeDueAt.delete(documentName);
    const editors = [...(this.editorsSinceStore.get(documentName) ?? [])];
    const state = Y.encodeStateAsUpdate(document);
    const hash = createHash('sha256').update(state).digest('base64');
    if (editors.length === 0 && this.storedStateHash.get(documentName) === hash) return;
    this.editorsSinceStore.delete(documentName);
    // Derived (or prepared for the worker) now, while `document` is still exactly `state`: a
    // store slot may have to wait.
    const derivation = this.derivation.prepare(documentName, document, state);
    try {
      await this.storeSlots.run(async () => {
        // The body is derived from exactly the stored state, in the worker, while the state is written.
        const [derived] = await Promise.all([
          this.derivation.derive(derivation),
          ref.kind === 'article'
            ? this.documents.saveState(ref.id, state, editors)
            : this.projectDocuments.saveState(ref.id, state),
        ]);
        await this.applyDerivedBody(ref, derived, editors.at(-1) ?? null);
      });
      this.storedStateHash.set(documentName, hash);
    } catch (error) {
      // Keep the editors for the next attempt; Hocuspocus keeps the document in memory.
      this.remember(documentName, editors);
      this.logger.error(`Storing ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
    document.broadcastStateless(STORED_MESSAGE);
  }

  afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.storedStateHash.delete(documentName);
    this.storeDueAt.delete(documentName);
    this.derivation.forget(documentName);
    return Promise.resolve();
  }

  /**
   * A client can write anything into Yjs, bypassing the editor (e.g. a javascript: link).
   * Such content stays in the Yjs state but never reaches readers: they keep the last valid body.
   */
  private async applyDerivedBody(
    ref: CollaborationDocumentRef,
    derived: DerivedBody,
    editorId: string | null,
  ): Promise<void> {
    if (derived.valid) {
      if (ref.kind === 'article') await this.articles.applyCollaborativeBody(ref.id, derived.body, editorId);
      else await this.projects.applyCollaborativeBody(ref.id, derived.body, editorId);
      return;
    }
    this.logger.warn(
      `Collaborative content of ${ref.kind} ${ref.id} is not valid; readers keep the previous body. ${derived.reason}`,
    );
  }
}
