import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { createWorkerEasyLanguageChecker } from './createWorkerEasyLanguageChecker';
import { documentBlocks, textAt } from './documentBlocks';
import type {
  EasyLanguageCheckResponse,
  EasyLanguageChecker,
  EasyLanguageFinding,
  LanguageLevel,
  MessageLocale,
  ReadabilityScores,
  TextStats,
} from './easyLanguageTypes';

export interface EasyLanguageOptions {
  /**
   * Creates the checker when the check is first switched on.
   * @default a Web Worker running @wissensnetz/easy-language
   */
  createChecker: () => EasyLanguageChecker;
  /**
   * Quiet time after the last change before the document is checked again, in milliseconds.
   * @default 400
   */
  debounceMs: number;
}

export type EasyLanguageStatus = 'off' | 'checking' | 'ready' | 'failed';

export interface EasyLanguageState {
  enabled: boolean;
  level: LanguageLevel;
  /** Language of the messages (the UI's); the checked text is German either way. */
  locale: MessageLocale;
  status: EasyLanguageStatus;
  /** Counts document changes; a result for an older version is stale and dropped. */
  version: number;
  findings: EasyLanguageFinding[];
  scores: ReadabilityScores | null;
  stats: TextStats | null;
  decorations: DecorationSet;
}

type EasyLanguageMeta =
  | { type: 'configure'; enabled?: boolean; level?: LanguageLevel; locale?: MessageLocale }
  | {
      type: 'result';
      version: number;
      level: LanguageLevel;
      locale: MessageLocale;
      response: EasyLanguageCheckResponse;
    }
  | { type: 'failed'; version: number };

export const easyLanguagePluginKey = new PluginKey<EasyLanguageState>('easyLanguage');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    easyLanguage: {
      /** Switches the check on or off and sets its level (Leichte or Einfache Sprache) and message language. */
      setEasyLanguageCheck: (settings: {
        enabled?: boolean;
        level?: LanguageLevel;
        locale?: MessageLocale;
      }) => ReturnType;
      /** Selects the text of a finding. */
      selectEasyLanguageFinding: (id: number) => ReturnType;
      /** Replaces the finding's text by its suggestion, as a normal (collaborative, undoable) change. */
      applyEasyLanguageSuggestion: (id: number) => ReturnType;
    };
  }
}

function decorationsFor(doc: ProseMirrorNode, findings: EasyLanguageFinding[]): DecorationSet {
  return DecorationSet.create(
    doc,
    findings.map((finding) =>
      Decoration.inline(
        finding.from,
        finding.to,
        {
          class: `easy-language-finding easy-language-finding--${finding.severity}`,
          title: `${finding.ruleTitle}: ${finding.message}`,
          'aria-description': `${finding.ruleTitle}: ${finding.message}`,
          'data-easy-language-rule': finding.ruleId,
        },
        { findingId: finding.id },
      ),
    ),
  );
}

/**
 * Moves a finding along a document change. Collaborative updates replace the whole document, so
 * when the mapped range no longer holds the finding's text, the old range is tried; findings
 * whose text was edited are dropped until the next check.
 */
function relocate(finding: EasyLanguageFinding, tr: Transaction): EasyLanguageFinding | null {
  const candidates = [
    { from: tr.mapping.map(finding.from, 1), to: tr.mapping.map(finding.to, -1) },
    { from: finding.from, to: finding.to },
  ];
  const found = candidates.find(({ from, to }) => textAt(tr.doc, from, to) === finding.text);
  return found ? { ...finding, ...found } : null;
}

const initialState = (doc: ProseMirrorNode): EasyLanguageState => ({
  enabled: false,
  level: 'LEICHTE_SPRACHE',
  locale: 'de',
  status: 'off',
  version: 0,
  findings: [],
  scores: null,
  stats: null,
  decorations: DecorationSet.create(doc, []),
});

function applyMeta(state: EasyLanguageState, meta: EasyLanguageMeta, doc: ProseMirrorNode): EasyLanguageState {
  switch (meta.type) {
    case 'configure': {
      const enabled = meta.enabled ?? state.enabled;
      const level = meta.level ?? state.level;
      const locale = meta.locale ?? state.locale;
      if (!enabled) return { ...initialState(doc), level, locale, version: state.version };
      if (enabled === state.enabled && level === state.level && locale === state.locale) return state;
      return { ...state, enabled, level, locale, status: 'checking' };
    }
    case 'result': {
      if (!state.enabled || meta.version !== state.version || meta.level !== state.level) return state;
      if (meta.locale !== state.locale) return state;
      const { findings, scores, stats } = meta.response;
      return { ...state, status: 'ready', findings, scores, stats, decorations: decorationsFor(doc, findings) };
    }
    case 'failed':
      return state.enabled && meta.version === state.version ? { ...state, status: 'failed' } : state;
  }
}

function findingById(state: EditorState, id: number): EasyLanguageFinding | undefined {
  return easyLanguagePluginKey.getState(state)?.findings.find((finding) => finding.id === id);
}

/** Reads the checker state of an editor (for the side panel). */
export function easyLanguageState(state: EditorState): EasyLanguageState | undefined {
  return easyLanguagePluginKey.getState(state);
}

/**
 * Underlines Leichte Sprache findings inline. Decorations only: the document schema is unchanged.
 * Off until `setEasyLanguageCheck({ enabled: true })`; then the document is checked (in a worker by
 * default) after each pause in typing.
 */
export const EasyLanguage = Extension.create<EasyLanguageOptions>({
  name: 'easyLanguage',

  addOptions() {
    return { createChecker: createWorkerEasyLanguageChecker, debounceMs: 400 };
  },

  addCommands() {
    return {
      setEasyLanguageCheck:
        (settings) =>
        ({ tr, dispatch }) => {
          if (dispatch)
            tr.setMeta(easyLanguagePluginKey, { type: 'configure', ...settings } satisfies EasyLanguageMeta);
          return true;
        },
      selectEasyLanguageFinding:
        (id) =>
        ({ state, commands }) => {
          const finding = findingById(state, id);
          if (!finding || textAt(state.doc, finding.from, finding.to) !== finding.text) return false;
          return commands.setTextSelection({ from: finding.from, to: finding.to }) && commands.scrollIntoView();
        },
      applyEasyLanguageSuggestion:
        (id) =>
        ({ state, tr, dispatch }) => {
          const finding = findingById(state, id);
          if (!finding?.suggestion || textAt(state.doc, finding.from, finding.to) !== finding.text) return false;
          if (dispatch) tr.insertText(finding.suggestion.text, finding.from, finding.to);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { createChecker, debounceMs } = this.options;
    return [
      new Plugin<EasyLanguageState>({
        key: easyLanguagePluginKey,
        state: {
          init: (_config, state) => initialState(state.doc),
          apply(tr, value, _old, newState) {
            let next = value;
            if (tr.docChanged) {
              const findings = value.findings.flatMap((finding) => relocate(finding, tr) ?? []);
              next = {
                ...value,
                version: value.version + 1,
                status: value.enabled ? 'checking' : 'off',
                findings,
                decorations: decorationsFor(newState.doc, findings),
              };
            }
            const meta = tr.getMeta(easyLanguagePluginKey) as EasyLanguageMeta | undefined;
            return meta ? applyMeta(next, meta, newState.doc) : next;
          },
        },
        props: {
          decorations: (state) => easyLanguagePluginKey.getState(state)?.decorations,
        },
        view(editorView) {
          let checker: EasyLanguageChecker | null = null;
          let timer: ReturnType<typeof setTimeout> | undefined;
          let destroyed = false;

          const report = (meta: EasyLanguageMeta) => {
            if (destroyed) return;
            editorView.dispatch(
              editorView.state.tr.setMeta(easyLanguagePluginKey, meta).setMeta('addToHistory', false),
            );
          };
          const run = () => {
            const current = easyLanguagePluginKey.getState(editorView.state);
            if (destroyed || !current?.enabled) return;
            const active = (checker ??= createChecker());
            const { version, level, locale } = current;
            const request = { blocks: documentBlocks(editorView.state.doc), level, locale };
            Promise.resolve()
              .then(() => active.check(request))
              .then(
                (response) => report({ type: 'result', version, level, locale, response }),
                () => report({ type: 'failed', version }),
              );
          };
          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(run, debounceMs);
          };

          return {
            update(view, previous) {
              const now = easyLanguagePluginKey.getState(view.state);
              const before = easyLanguagePluginKey.getState(previous);
              if (!now?.enabled) {
                clearTimeout(timer);
                return;
              }
              const reconfigured = now.level !== before?.level || now.locale !== before.locale;
              if (!before?.enabled || now.version !== before.version || reconfigured) schedule();
            },
            destroy() {
              destroyed = true;
              clearTimeout(timer);
              checker?.destroy();
            },
          };
        },
      }),
    ];
  },
});
