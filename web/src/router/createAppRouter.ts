import { nextTick } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes';

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved;
      // Same page with other query parameters (e.g. search filters): keep the reading position.
      if (to.path === from.path && to.hash === from.hash) return false;
      if (to.hash) return { el: to.hash };
      return { top: 0 };
    },
  });

  // After client-side navigation, move focus to the main region so screen readers
  // announce the new page instead of staying on the clicked link.
  router.afterEach((to, from) => {
    if (from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });

  return router;
}
