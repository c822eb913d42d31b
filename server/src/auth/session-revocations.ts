import { Injectable } from '@nestjs/common';

/** Sessions that just ended: one session, or all of a user's (optionally but the current one). */
export interface SessionRevocation {
  userId: string;
  sessionId?: string;
  exceptSessionId?: string;
}

type Listener = (revocation: SessionRevocation) => void;

/**
 * Tells long-lived connections (collaboration WebSockets) that sessions ended, so a
 * deactivated user or a signed-out browser loses its open connections at once instead of
 * when it reconnects. In-process: each instance closes its own connections.
 */
@Injectable()
export class SessionRevocations {
  private readonly listeners = new Set<Listener>();

  notify(revocation: SessionRevocation): void {
    this.listeners.forEach((listener) => listener(revocation));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Whether the revocation ends this user's session (`sessionId` null: not tied to one session). */
export function revocationEnds(revocation: SessionRevocation, userId: string, sessionId: string | null): boolean {
  if (revocation.userId !== userId) return false;
  if (revocation.sessionId !== undefined) return revocation.sessionId === sessionId;
  return revocation.exceptSessionId === undefined || revocation.exceptSessionId !== sessionId;
}
