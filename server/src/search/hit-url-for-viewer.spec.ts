import { describe, expect, it } from 'vitest';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { hitUrlForViewer } from './hit-url-for-viewer';

describe('hitUrlForViewer', () => {
  const signedIn: Viewer = { userId: 'u1', sessionId: 's1', role: Role.READER, displayName: 'Leserin', agencyId: null };

  it('sends anonymous visitors to the public Ideenbörse page of a project', () => {
    expect(hitUrlForViewer(null, { kind: 'PROJECT', url: '/projekte/leitsystem-ulm' })).toBe(
      '/ideenboerse/leitsystem-ulm',
    );
  });

  it('keeps internal project pages for signed-in staff and article URLs for everyone', () => {
    expect(hitUrlForViewer(signedIn, { kind: 'PROJECT', url: '/projekte/leitsystem-ulm' })).toBe(
      '/projekte/leitsystem-ulm',
    );
    expect(hitUrlForViewer(null, { kind: 'ARTICLE', url: '/artikel/sprachkurse' })).toBe('/artikel/sprachkurse');
  });
});
