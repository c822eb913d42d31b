import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** Keeps `document.title` as "<page> – Wissensnetz" (WCAG 2.4.2). */
export function usePageTitle(title: () => string | null | undefined): void {
  const { t } = useI18n();
  watchEffect(() => {
    const page = title();
    document.title = page ? `${page} – ${t('app.name')}` : t('app.name');
  });
}
