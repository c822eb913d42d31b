import { Injectable } from '@nestjs/common';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { canEditArticles, canView } from '../../articles/article-access-policy';
import { ArticlesService } from '../../articles/articles.service';
import { readSessionTokenFromCookieHeader } from '../../auth/session-cookie';
import { SessionsService } from '../../auth/sessions.service';
import type { Viewer } from '../../common/auth/viewer';
import { CLOSE, refuse } from '../collaboration-close';
import type { CollaborationContext } from '../collaboration-context';
import { parseDocumentName } from '../collaboration-document-name';
import { CollaborationTokenService } from '../collaboration-token.service';

/**
 * Every connection must belong to a signed-in user who may see the article
 * (token from the GraphQL API, or the session cookie of a same-origin browser).
 * Readers get read-only connections, so the server drops their updates.
 */
@Injectable()
export class AuthenticationExtension implements Extension {
  extensionName = 'wissensnetz-authentication';

  constructor(
    private readonly tokens: CollaborationTokenService,
    private readonly sessions: SessionsService,
    private readonly articles: ArticlesService,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<CollaborationContext> {
    const ref = parseDocumentName(data.documentName);
    if (!ref) throw refuse(CLOSE.notFound);
    const viewer = await this.viewerOf(data);
    if (!viewer) throw refuse(CLOSE.unauthenticated);
    const article = await this.articles.get(ref.id).catch(() => null);
    if (!article) throw refuse(CLOSE.notFound);
    if (!canView(viewer, article)) throw refuse(CLOSE.forbidden);
    data.connectionConfig.readOnly = !canEditArticles(viewer);
    return { userId: viewer.userId, articleId: ref.id };
  }

  private async viewerOf(data: onAuthenticatePayload): Promise<Viewer | null> {
    const sessionId = data.token ? this.tokens.verify(data.token) : null;
    if (sessionId) return this.sessions.resolveViewerBySessionId(sessionId);
    const cookieToken = readSessionTokenFromCookieHeader(data.requestHeaders.cookie);
    return cookieToken ? this.sessions.resolveViewer(cookieToken) : null;
  }
}
