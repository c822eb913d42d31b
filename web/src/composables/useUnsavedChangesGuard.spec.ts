import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

const dirty = ref(false);
const Form = defineComponent({
  setup() {
    useUnsavedChangesGuard(dirty, () => 'Ungespeichert – wirklich gehen?');
    return () => h('form');
  },
});

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/form', component: Form },
      { path: '/elsewhere', component: { render: () => h('p') } },
    ],
  });
  await router.push(path);
  mount(RouterView, { global: { plugins: [router] } });
  await flushPromises();
  return router;
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  dirty.value = false;
});

describe('useUnsavedChangesGuard', () => {
  it('lets the user leave a form without changes without asking', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const router = await mountAt('/form');
    await router.push('/elsewhere');
    expect(router.currentRoute.value.path).toBe('/elsewhere');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving unsaved changes and stays when the user declines', async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const router = await mountAt('/form');
    dirty.value = true;
    await router.push('/elsewhere');
    expect(confirm).toHaveBeenCalledWith('Ungespeichert – wirklich gehen?');
    expect(router.currentRoute.value.path).toBe('/form');
  });

  it('asks the browser to confirm closing the tab only while there are unsaved changes', async () => {
    await mountAt('/form');
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    dirty.value = true;
    const unsaved = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unsaved);
    expect(unsaved.defaultPrevented).toBe(true);
  });
});
