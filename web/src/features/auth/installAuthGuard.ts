import type { Client } from '@urql/core';
import type { Router } from 'vue-router';
import { useCurrentUser } from './useCurrentUser';

/**
 * Protected routes declare `meta.requiresAuth` or `meta.requiresRole`;
 * anonymous visitors go to the login page with a return path.
 */
export function installAuthGuard(router: Router, client: Client): void {
  const session = useCurrentUser();
  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth && !to.meta.requiresRole) {
      void session.ensureLoaded(client);
      return true;
    }
    const user = await session.ensureLoaded(client);
    if (!user) return { name: 'login', query: { redirect: to.fullPath } };
    const role = to.meta.requiresRole;
    if (role === 'ADMIN' && user.role !== 'ADMIN') return { name: 'forbidden' };
    if (role === 'EDITOR' && user.role === 'READER') return { name: 'forbidden' };
    return true;
  });
}
