import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
    requiresRole?: 'EDITOR' | 'ADMIN';
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'start', component: () => import('@/features/articles/components/StartPage.vue') },
  { path: '/anmelden', name: 'login', component: () => import('@/features/auth/components/LoginPage.vue') },
  {
    path: '/kategorien',
    name: 'categories',
    component: () => import('@/features/categories/components/CategoriesPage.vue'),
  },
  {
    path: '/kategorien/:slug',
    name: 'category',
    component: () => import('@/features/categories/components/CategoryPage.vue'),
    props: true,
  },
  { path: '/suche', name: 'search', component: () => import('@/features/search/components/SearchPage.vue') },
  {
    path: '/artikel/neu',
    name: 'article-new',
    component: () => import('@/features/editor/components/ArticleEditorPage.vue'),
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/artikel/:slug',
    name: 'article',
    component: () => import('@/features/articles/components/ArticlePage.vue'),
    props: true,
  },
  {
    path: '/artikel/:slug/bearbeiten',
    name: 'article-edit',
    component: () => import('@/features/editor/components/ArticleEditorPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/artikel/:slug/versionen',
    name: 'article-revisions',
    component: () => import('@/features/revisions/components/RevisionHistoryPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/programme',
    name: 'programmes',
    component: () => import('@/features/programmes/components/ProgrammesPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/programme/:slug',
    name: 'programme',
    component: () => import('@/features/programmes/components/ProgrammePage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/dienststellen/:id',
    name: 'agency',
    component: () => import('@/features/programmes/components/AgencyPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/projekte',
    name: 'projects',
    component: () => import('@/features/projects/components/ProjectListPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/projekte/neu',
    name: 'project-new',
    component: () => import('@/features/projects/components/ProjectEditorPage.vue'),
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/projekte/:slug',
    name: 'project',
    component: () => import('@/features/projects/components/ProjectPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/projekte/:slug/bearbeiten',
    name: 'project-edit',
    component: () => import('@/features/projects/components/ProjectEditorPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/verzeichnis',
    name: 'directory',
    component: () => import('@/features/directory/components/DirectoryListPage.vue'),
  },
  {
    path: '/verzeichnis/druck',
    name: 'directory-print',
    component: () => import('@/features/directory/components/DirectoryPrintPage.vue'),
  },
  {
    path: '/verzeichnis/neu',
    name: 'directory-new',
    component: () => import('@/features/directory/components/DirectoryEntryEditorPage.vue'),
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/verzeichnis/pruefen',
    name: 'directory-reviews',
    component: () => import('@/features/directory/components/DirectoryReviewPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/verzeichnis/import',
    name: 'directory-import',
    component: () => import('@/features/directory/components/DirectoryImportPage.vue'),
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/verzeichnis/pruefintervalle',
    name: 'directory-intervals',
    component: () => import('@/features/directory/components/DirectoryIntervalsPage.vue'),
    meta: { requiresRole: 'ADMIN' },
  },
  {
    path: '/verzeichnis/:id',
    name: 'directory-entry',
    component: () => import('@/features/directory/components/DirectoryEntryPage.vue'),
    props: true,
  },
  {
    path: '/verzeichnis/:id/bearbeiten',
    name: 'directory-edit',
    component: () => import('@/features/directory/components/DirectoryEntryEditorPage.vue'),
    props: true,
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/material',
    name: 'materials',
    component: () => import('@/features/materials/components/MaterialPage.vue'),
  },
  {
    path: '/pruefungen',
    name: 'my-reviews',
    component: () => import('@/features/reviews/components/MyReviewsPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/benachrichtigungen',
    name: 'notifications',
    component: () => import('@/features/notifications/components/NotificationsPage.vue'),
    meta: { requiresAuth: true },
  },
  { path: '/verwaltung', redirect: { name: 'admin-users' } },
  {
    path: '/teams',
    name: 'teams',
    component: () => import('@/features/teams/components/TeamsPage.vue'),
    meta: { requiresRole: 'EDITOR' },
  },
  {
    path: '/verwaltung/pruefungen',
    name: 'admin-reviews',
    component: () => import('@/features/reviews/components/ReviewOverviewPage.vue'),
    meta: { requiresRole: 'ADMIN' },
  },
  {
    path: '/verwaltung/benutzer',
    name: 'admin-users',
    component: () => import('@/features/admin/components/AdminUsersPage.vue'),
    meta: { requiresRole: 'ADMIN' },
  },
  {
    path: '/konto/passwort',
    name: 'change-password',
    component: () => import('@/features/account/components/ChangePasswordPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/konto/sitzungen',
    name: 'sessions',
    component: () => import('@/features/account/components/SessionsPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/kein-zugriff',
    name: 'forbidden',
    component: () => import('@/features/shell/components/ForbiddenPage.vue'),
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/shell/components/NotFoundPage.vue'),
  },
];
