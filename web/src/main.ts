import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { installAuthGuard } from './features/auth/installAuthGuard';
import { useCurrentUser } from './features/auth/useCurrentUser';
import { createGraphqlClient } from './graphql/createGraphqlClient';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router/createAppRouter';
import './styles/main.css';

const router = createAppRouter();
const session = useCurrentUser();

const client = createGraphqlClient({
  onUnauthenticated() {
    // The session expired or was revoked: forget the user and, on protected pages, ask to sign in again.
    session.setUser(null);
    const current = router.currentRoute.value;
    if (current.meta.requiresAuth || current.meta.requiresRole) {
      void router.push({ name: 'login', query: { redirect: current.fullPath } });
    }
  },
});

installAuthGuard(router, client);

createApp(App).use(createAppI18n()).use(router).use(urql, client).mount('#app');
