import { onBeforeUnmount, onMounted, type Ref } from 'vue';
import { useRouter } from 'vue-router';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation gets a confirm with
 * `message`, closing or reloading the tab the browser's own prompt. A router-wide guard (not
 * onBeforeRouteLeave), because editor pages are reused when /neu turns into the edit route.
 */
export function useUnsavedChangesGuard(dirty: Readonly<Ref<boolean>>, message: () => string): void {
  const router = useRouter();
  const removeLeaveGuard = router.beforeEach((to, from) => {
    if (to.path === from.path || !dirty.value) return true;
    return window.confirm(message());
  });
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (!dirty.value) return;
    event.preventDefault();
    event.returnValue = '';
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => {
    removeLeaveGuard();
    window.removeEventListener('beforeunload', onBeforeUnload);
  });
}
