import type { Editor } from '@tiptap/core';
import { computed, onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';
import { easyLanguageState, type EasyLanguageState } from './EasyLanguageExtension';
import type { EasyLanguageFinding, LanguageLevel, MessageLocale } from './easyLanguageTypes';

export interface FindingGroup {
  ruleId: string;
  ruleTitle: string;
  findings: EasyLanguageFinding[];
}

/**
 * The checker state of an editor for the side panel, and the panel's actions; switches the check on while
 * used. Messages follow `locale` (the UI language; anything but English gives German).
 */
export function useEasyLanguage(editor: Ref<Editor | null | undefined>, locale?: Ref<string>) {
  const messageLocale = (): MessageLocale => (locale?.value === 'en' ? 'en' : 'de');
  const state = shallowRef<EasyLanguageState | undefined>();
  const read = () => {
    state.value = editor.value ? easyLanguageState(editor.value.state) : undefined;
  };

  watch(
    editor,
    (current, previous) => {
      previous?.off('transaction', read);
      if (!current) return;
      current.on('transaction', read);
      current.commands.setEasyLanguageCheck({ enabled: true, locale: messageLocale() });
      read();
    },
    { immediate: true },
  );
  watch(
    () => locale?.value,
    () => editor.value?.commands.setEasyLanguageCheck({ locale: messageLocale() }),
  );
  onBeforeUnmount(() => {
    const current = editor.value;
    if (!current) return;
    current.off('transaction', read);
    if (!current.isDestroyed) current.commands.setEasyLanguageCheck({ enabled: false });
  });

  const groups = computed<FindingGroup[]>(() => {
    const byRule = new Map<string, FindingGroup>();
    for (const finding of state.value?.findings ?? []) {
      const group = byRule.get(finding.ruleId) ?? {
        ruleId: finding.ruleId,
        ruleTitle: finding.ruleTitle,
        findings: [],
      };
      group.findings.push(finding);
      byRule.set(finding.ruleId, group);
    }
    return [...byRule.values()];
  });

  return {
    state,
    groups,
    setLevel: (level: LanguageLevel) => editor.value?.commands.setEasyLanguageCheck({ level }),
    select: (finding: EasyLanguageFinding) => editor.value?.chain().focus().selectEasyLanguageFinding(finding.id).run(),
    apply: (finding: EasyLanguageFinding) =>
      editor.value?.chain().focus().applyEasyLanguageSuggestion(finding.id).run() ?? false,
  };
}
