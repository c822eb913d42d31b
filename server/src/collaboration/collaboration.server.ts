import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { replaceYDocContent, type JSONContent } from '@wissensnetz/editor';
import IORedis from 'ioredis';
import { WebSocketServer } from 'ws';
import { ArticleContentSyncRegistry, type ArticleContentSync } from '../articles/article-content-sync';
import { revocationEnds, SessionRevocations, type SessionRevocation } from '../auth/session-revocations';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { ProjectContentSyncRegistry } from '../projects/project-content-sync';
import { CLOSE } from './collaboration-close';
import { isCollaborationContext, type CollaborationContext } from './collaboration-context';
import { articleDocumentName, projectDocumentName } from './collaboration-document-name';
import { ArticlePersistenceExtension } from './extensions/article-persistence.extension';
import { AuthenticationExtension } from './extensions/authentication.extension';
import { MessageLimitsExtension } from './extensions/message-limits.extension';
import { RevisionTimerExtension } from './extensions/revision-timer.extension';
import { flushDocument } from './flush-document';

export const COLLABORATION_PATH = '/collab';

/**
 * Hocuspocus inside the Nest app: WebSocket upgrades on the app's own HTTP server at
 * /collab, extensions as Nest providers, Redis between instances when REDIS_URL is set,
 * and every pending store flushed before shutdown.
 */
@Injectable()
export class CollaborationServer implements OnApplicationBootstrap, BeforeApplicationShutdown, ArticleContentSync {
  readonly hocuspocus: Hocuspocus;
  private readonly logger = new Logger(CollaborationServer.name);
  private readonly sockets: WebSocketServer;
  private readonly redis: Redis | undefined;
  private stopRevocations: (() => void) | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly revocations: SessionRevocations,
    limits: MessageLimitsExtension,
    authentication: AuthenticationExtension,
    persistence: ArticlePersistenceExtension,
    revisionTimer: RevisionTimerExtension,
    contentSync: ArticleContentSyncRegistry,
    projectContentSync: ProjectContentSyncRegistry,
  ) {
    const redisUrl = config.redisUrl;
    this.redis = redisUrl
      ? new Redis({
          prefix: 'wissensnetz:collab',
          createClient: () => new IORedis(redisUrl, { maxRetriesPerRequest: null }),
        })
      : undefined;
    const extensions: Extension[] = [limits, authentication, persistence, revisionTimer];
    if (this.redis) extensions.unshift(this.redis);
    this.hocuspocus = new Hocuspocus({
      name: 'wissensnetz',
      quiet: true,
      debounce: config.collaboration.storeDebounceMs,
      // The maximum wait is ArticlePersistenceExtension's (see there): Hocuspocus' own runs one
      // store per update while a store is slower than the gap between keystrokes.
      maxDebounce: Number.MAX_SAFE_INTEGER,
      extensions,
    });
    this.sockets = new WebSocketServer({ noServer: true, maxPayload: config.collaboration.maxMessageBytes });
    contentSync.register(this);
    projectContentSync.register({
      replaceBody: (projectId, body, userId) =>
        this.replaceDocumentBody(
          projectDocumentName(projectId),
          { userId, sessionId: null, kind: 'project', id: projectId },
          body,
        ),
    });
  }

  onApplicationBootstrap(): void {
    this.stopRevocations = this.revocations.subscribe((revocation) => this.closeRevoked(revocation));
    const httpServer = this.httpAdapterHost.httpAdapter.getHttpServer() as {
      on(event: 'upgrade', listener: (request: IncomingMessage, socket: Duplex, head: Buffer) => void): void;
    };
    httpServer.on('upgrade', (request, socket, head) => this.upgrade(request, socket, head));
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== COLLABORATION_PATH) {
      socket.destroy();
      return;
    }
    this.sockets.handleUpgrade(request, socket, head, (websocket) => {
      // ws reports protocol errors (e.g. frames above maxPayload) as 'error' before closing the
      // socket; without a listener that is an uncaught exception that ends the whole process.
      websocket.on('error', (error) => this.logger.warn(`Collaboration socket closed: ${error.message}`));
      this.hocuspocus.handleConnection(websocket, request);
    });
  }

  /** A deactivated user or an ended session loses its open connections at once. */
  private closeRevoked(revocation: SessionRevocation): void {
    this.hocuspocus.documents.forEach((document) => {
      for (const connection of document.getConnections()) {
        const context: unknown = connection.context;
        if (isCollaborationContext(context) && revocationEnds(revocation, context.userId, context.sessionId)) {
          connection.close(CLOSE.unauthenticated);
        }
      }
    });
  }

  /** Stores the document now if a store is pending (e.g. before taking a named version). */
  flush(articleId: string): Promise<void> {
    return flushDocument(this.hocuspocus, articleDocumentName(articleId));
  }

  /** Applies a new body as Yjs changes, so open editors show it at once (restore, API saves). */
  replaceBody(articleId: string, body: JSONContent, userId: string): Promise<void> {
    return this.replaceDocumentBody(
      articleDocumentName(articleId),
      { userId, sessionId: null, kind: 'article', id: articleId },
      body,
    );
  }

  private async replaceDocumentBody(name: string, context: CollaborationContext, body: JSONContent): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(name, context);
    try {
      await connection.transact((document) => replaceYDocContent(document, body));
    } finally {
      await connection.disconnect();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopRevocations?.();
    const names = [...this.hocuspocus.documents.keys()];
    await Promise.all(names.map((name) => flushDocument(this.hocuspocus, name)));
    this.hocuspocus.closeConnections();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus });
    this.logger.log(`Collaboration stopped; ${names.length} open document(s) stored.`);
  }
}
