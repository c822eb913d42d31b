import { Injectable } from '@nestjs/common';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { canEditArticles, canView } from '../../articles/article-access-policy';
import { ArticlesService } from '../../articles/articles.service';
import { readSessionTokenFromCookieHeader } from '../../auth/session-cookie';
import { SessionsService } from '../../auth/sessions.service';
import type { Viewer } from '../../common/auth/viewer';
import { canEditProject } from '../../projects/project-access-policy';
import { ProjectQueriesService } from '../../projects/project-queries.service';
import { CLOSE, refuse } from '../collaboration-close';
import type { CollaborationContext } from '../collaboration-context';
import { parseDocumentName, type CollaborationDocumentRef } from '../collaboration-document-name';
import { CollaborationTokenService } from '../collaboration-token.service';

/**
 * Every connection must belong to a signed-in user who may see the article or project
 * (token from the GraphQL API, or the session cookie of a same-origin browser).
 * Those who may not edit it (article readers; everyone but the project team with role ≥ EDITOR
 * and admins) get read-only connections, so the server drops their updates.
 */
@Injectable()
export class AuthenticationExtension implements Extension {
  extensionName = 'wissensnetz-authentication';

  constructor(
    private readonly tokens: CollaborationTokenService,
    private readonly sessions: SessionsService,
    private readonly articles: ArticlesService,
    private readonly projects: ProjectQueriesService,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<CollaborationContext> {
    const ref = parseDocumentName(data.documentName);
    if (!ref) throw refuse(CLOSE.notFound);
    const viewer = await this.viewerOf(data);
    if (!viewer) throw refuse(CLOSE.unauthenticated);
    data.connectionConfig.readOnly = !(await this.mayEdit(viewer, ref));
    return { userId: viewer.userId, sessionId: viewer.sessionId, kind: ref.kind, id: ref.id };
  }

  /** Refuses what the viewer may not see; otherwise whether they may edit it. */
  private async mayEdit(viewer: Viewer, ref: CollaborationDocumentRef): Promise<boolean> {
    if (ref.kind === 'project') {
      // Signed-in users see every project; the team (role ≥ EDITOR) and admins edit it.
      const project = await this.projects.getById(ref.id).catch(() => null);
      if (!project) throw refuse(CLOSE.notFound);
      const memberships = await this.projects.teamMemberships(viewer.userId, [project.id]);
      return canEditProject(viewer, memberships.has(project.id));
    }
    const article = await this.articles.get(ref.id).catch(() => null);
    if (!article) throw refuse(CLOSE.notFound);
    if (!canView(viewer, article)) throw refuse(CLOSE.forbidden);
    return canEditArticles(viewer);
  }

  private async viewerOf(data: onAuthenticatePayload): Promise<Viewer | null> {
    const sessionId = data.token ? this.tokens.verify(data.token) : null;
    if (sessionId) return this.sessions.resolveViewerBySessionId(sessionId);
    const cookieToken = readSessionTokenFromCookieHeader(data.requestHeaders.cookie);
    return cookieToken ? this.sessions.resolveViewer(cookieToken) : null;
  }
}
