import type { Ref } from 'vue';

/**
 * WAI-ARIA toolbar pattern: one tab stop, arrow keys / Home / End move between
 * the enabled controls. Call `ensureTabStop` after controls were disabled so
 * the toolbar always stays reachable with Tab.
 */
export function useRovingToolbar(root: Ref<HTMLElement | null>) {
  function controls(): HTMLElement[] {
    return Array.from(
      root.value?.querySelectorAll<HTMLElement>('button:not([disabled]), select:not([disabled])') ?? [],
    );
  }

  function setTabStop(items: HTMLElement[], index: number) {
    items.forEach((item, i) => (item.tabIndex = i === index ? 0 : -1));
  }

  function onKeydown(event: KeyboardEvent) {
    const items = controls();
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % items.length,
      ArrowLeft: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTabStop(items, next);
    items[next]?.focus();
  }

  function onFocusin(event: FocusEvent) {
    const items = controls();
    const index = items.indexOf(event.target as HTMLElement);
    if (index >= 0) setTabStop(items, index);
  }

  function ensureTabStop() {
    const items = controls();
    if (items.length && !items.some((item) => item.tabIndex === 0)) setTabStop(items, 0);
  }

  return { onKeydown, onFocusin, ensureTabStop };
}
