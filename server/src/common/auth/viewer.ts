import type { Role } from './role';

/** The signed-in user making a request; null for anonymous visitors. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
  displayName: string;
  agencyId: string | null;
}
