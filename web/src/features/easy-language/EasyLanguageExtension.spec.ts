import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createWebEditorExtensions } from '@/features/editor/createWebEditorExtensions';
import { createSyncEasyLanguageChecker } from './createSyncEasyLanguageChecker';
import { easyLanguagePluginKey, easyLanguageState } from './EasyLanguageExtension';
import type { EasyLanguageCheckRequest, EasyLanguageCheckResponse, EasyLanguageChecker } from './easyLanguageTypes';
import { runEasyLanguageCheck } from './runEasyLanguageCheck';

const PASSIVE = 'Ihr Antrag wird von der Bundesagentur geprüft.';
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((fn) => fn()));

function editorWith(text: string, createChecker: () => EasyLanguageChecker = createSyncEasyLanguageChecker) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: createWebEditorExtensions({ easyLanguage: { createChecker, debounceMs: 0 } }),
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  });
  cleanup.push(() => {
    editor.destroy();
    element.remove();
  });
  return editor;
}

const findings = (editor: Editor) => easyLanguageState(editor.state)?.findings ?? [];
const underline = (editor: Editor, ruleId: string) =>
  editor.view.dom.querySelector<HTMLElement>(`[data-easy-language-rule="${ruleId}"]`);

/** A checker whose answers the test releases one by one, to reorder them against edits. */
function deferredChecker() {
  const calls: { request: EasyLanguageCheckRequest; resolve: (response: EasyLanguageCheckResponse) => void }[] = [];
  const checker: EasyLanguageChecker = {
    check: (request) => new Promise((resolve) => calls.push({ request, resolve })),
    destroy: () => undefined,
  };
  return { calls, createChecker: () => checker };
}

describe('EasyLanguage editor extension', () => {
  it('stays off until switched on: no check, no underline', async () => {
    const check = vi.fn(runEasyLanguageCheck);
    const editor = editorWith(PASSIVE, () => ({ check, destroy: () => undefined }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(check).not.toHaveBeenCalled();
    expect(underline(editor, 'passive-voice')).toBeNull();
    expect(easyLanguageState(editor.state)?.status).toBe('off');
  });

  it('underlines a passive sentence with the rule message as title and description', async () => {
    const editor = editorWith(PASSIVE);
    editor.commands.setEasyLanguageCheck({ enabled: true });
    await vi.waitFor(() => expect(underline(editor, 'passive-voice')).not.toBeNull());
    const passive = underline(editor, 'passive-voice')!;
    expect(passive.textContent).toContain('wird von der');
    expect(passive.getAttribute('title')).toMatch(/Passiv/);
    expect(passive.getAttribute('aria-description')).toMatch(/Passiv/);
    expect(passive.className).toContain('easy-language-finding--');
    const state = easyLanguageState(editor.state)!;
    expect(state.status).toBe('ready');
    expect(state.scores?.fleschAmstad).toBeGreaterThan(0);
    // document positions: the paragraph starts at 1
    const finding = state.findings.find((candidate) => candidate.ruleId === 'passive-voice')!;
    expect(editor.state.doc.textBetween(finding.from, finding.to)).toBe('wird von der Bundesagentur geprüft');
  });

  it('applies a Mediopunkt suggestion as a normal, undoable change and the finding goes away', async () => {
    const editor = editorWith(PASSIVE);
    editor.commands.setEasyLanguageCheck({ enabled: true });
    await vi.waitFor(() => expect(findings(editor).some((finding) => finding.ruleId === 'compound-word')).toBe(true));
    const compound = findings(editor).find((finding) => finding.ruleId === 'compound-word')!;
    expect(compound.suggestion?.text).toBe('Bundes·agentur');

    expect(editor.commands.applyEasyLanguageSuggestion(compound.id)).toBe(true);
    expect(editor.getText()).toBe('Ihr Antrag wird von der Bundes·agentur geprüft.');
    expect(findings(editor).some((finding) => finding.ruleId === 'compound-word')).toBe(false);
    await vi.waitFor(() => expect(easyLanguageState(editor.state)?.status).toBe('ready'));
    expect(findings(editor).some((finding) => finding.ruleId === 'compound-word')).toBe(false);
    expect(underline(editor, 'compound-word')).toBeNull();
    // the passive is still there after the re-check
    expect(findings(editor).some((finding) => finding.ruleId === 'passive-voice')).toBe(true);

    editor.commands.undo();
    expect(editor.getText()).toBe(PASSIVE);
  });

  it('refuses a suggestion whose text was changed since the check', async () => {
    const { calls, createChecker } = deferredChecker();
    const editor = editorWith(PASSIVE, createChecker);
    editor.commands.setEasyLanguageCheck({ enabled: true });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    calls[0].resolve(runEasyLanguageCheck(calls[0].request));
    await vi.waitFor(() => expect(easyLanguageState(editor.state)?.status).toBe('ready'));
    const compound = findings(editor).find((finding) => finding.ruleId === 'compound-word')!;
    // typing inside the word: the finding no longer matches and is dropped
    editor.commands.insertContentAt(compound.from + 3, 'x');
    expect(findings(editor).find((finding) => finding.id === compound.id)).toBeUndefined();
    expect(editor.commands.applyEasyLanguageSuggestion(compound.id)).toBe(false);
    expect(editor.getText()).toContain('Bunxdesagentur');
  });

  it('drops a result for a document that changed while it was being computed, and maps kept findings', async () => {
    const { calls, createChecker } = deferredChecker();
    const editor = editorWith(PASSIVE, createChecker);
    editor.commands.setEasyLanguageCheck({ enabled: true });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    editor.commands.insertContentAt(1, 'Hallo. ');
    calls[0].resolve(runEasyLanguageCheck(calls[0].request));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(findings(editor)).toEqual([]);
    expect(easyLanguageState(editor.state)?.status).toBe('checking');

    await vi.waitFor(() => expect(calls).toHaveLength(2));
    calls[1].resolve(runEasyLanguageCheck(calls[1].request));
    await vi.waitFor(() => expect(easyLanguageState(editor.state)?.status).toBe('ready'));
    const compound = findings(editor).find((finding) => finding.ruleId === 'compound-word')!;
    expect(editor.state.doc.textBetween(compound.from, compound.to)).toBe('Bundesagentur');

    // typing before a finding moves it along without a new result
    editor.commands.insertContentAt(1, 'Gut. ');
    const moved = findings(editor).find((finding) => finding.id === compound.id)!;
    expect(moved.from).toBe(compound.from + 5);
    expect(editor.state.doc.textBetween(moved.from, moved.to)).toBe('Bundesagentur');
  });

  it('explains findings in English for the English UI and back in German', async () => {
    const editor = editorWith(PASSIVE);
    editor.commands.setEasyLanguageCheck({ enabled: true, locale: 'en' });
    await vi.waitFor(() =>
      expect(underline(editor, 'passive-voice')?.getAttribute('title')).toMatch(/^Passive voice: /),
    );
    const english = findings(editor).find((finding) => finding.ruleId === 'passive-voice');
    expect(english?.message).toMatch(/does not say who does something/);
    expect(findings(editor).find((finding) => finding.ruleId === 'compound-word')?.suggestion?.label).toBe(
      'Write “Bundes·agentur”',
    );

    editor.commands.setEasyLanguageCheck({ locale: 'de' });
    await vi.waitFor(() => expect(underline(editor, 'passive-voice')?.getAttribute('title')).toMatch(/^Passiv: /));
    expect(findings(editor).find((finding) => finding.ruleId === 'compound-word')?.suggestion?.label).toBe(
      '„Bundes·agentur“ schreiben',
    );
  });

  it('checks again at the milder level Einfache Sprache and clears everything when switched off', async () => {
    const text = 'Sie bekommen das Geld nicht, wenn Sie den Termin nicht wahrnehmen.';
    const editor = editorWith(text);
    editor.commands.setEasyLanguageCheck({ enabled: true });
    await vi.waitFor(() => expect(easyLanguageState(editor.state)?.status).toBe('ready'));
    const strict = findings(editor).length;
    editor.commands.setEasyLanguageCheck({ level: 'EINFACHE_SPRACHE' });
    await vi.waitFor(() =>
      expect(easyLanguageState(editor.state)).toMatchObject({ level: 'EINFACHE_SPRACHE', status: 'ready' }),
    );
    expect(findings(editor).length).toBeLessThan(strict);

    editor.commands.setEasyLanguageCheck({ enabled: false });
    expect(findings(editor)).toEqual([]);
    expect(editor.view.dom.querySelector('.easy-language-finding')).toBeNull();
  });

  it('keeps underlines through a collaborative update that replaces the document elsewhere', () => {
    const document = new Y.Doc();
    const websocketProvider = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9/collab', autoConnect: false });
    const provider = new HocuspocusProvider({ websocketProvider, name: 'article:1', document });
    const element = globalThis.document.createElement('div');
    const editor = new Editor({
      element,
      extensions: createWebEditorExtensions({
        collaboration: { document, provider, user: { id: 'u1', name: 'Anna', color: '#1d4ed8' } },
        easyLanguage: { createChecker: createSyncEasyLanguageChecker, debounceMs: 60_000 },
      }),
    });
    cleanup.push(() => {
      editor.destroy();
      provider.destroy();
      websocketProvider.destroy();
    });
    editor.commands.setContent(`<p>${PASSIVE}</p><p>Zweiter Absatz.</p>`);
    // the debounce is long: deliver one result by hand, as the worker would
    editor.commands.setEasyLanguageCheck({ enabled: true });
    const result = runEasyLanguageCheck({
      blocks: [{ text: PASSIVE, from: 1 }],
      level: 'LEICHTE_SPRACHE',
    });
    const version = easyLanguageState(editor.state)!.version;
    editor.view.dispatch(
      editor.state.tr.setMeta(easyLanguagePluginKey, {
        type: 'result',
        version,
        level: 'LEICHTE_SPRACHE',
        locale: 'de',
        response: result,
      }),
    );
    expect(findings(editor).length).toBeGreaterThan(0);
    const before = findings(editor).length;
    // a remote user types in the second paragraph
    const paragraph = document.getXmlFragment('default').get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'Neu: ');
    expect(editor.getText()).toContain('Neu: Zweiter');
    expect(findings(editor)).toHaveLength(before);
  });
});
