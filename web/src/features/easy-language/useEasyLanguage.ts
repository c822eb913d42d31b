import type { Editor } from '@tiptap/core';
import { computed, onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';
import { easyLanguageState, type EasyLanguageState } from './EasyLanguageExtension';
import type { EasyLanguageFinding, LanguageLevel } from './easyLanguageTypes';

export interface FindingGroup {
  ruleId: string;
  ruleTitle: string;
  findings: EasyLanguageFinding[];
}

/** The checker state of an editor for the side panel, and the panel's actions; switches the check on while used. */
export function useEasyLanguage(editor: Ref<Editor | null | undefined>) {
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
      current.commands.setEasyLanguageCheck({ enabled: true });
      read();
    },
    { immediate: true },
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
