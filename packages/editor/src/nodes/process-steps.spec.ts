// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentToYDoc, yDocToDocument } from '../collaboration/y-doc-conversion';
import { createEditorExtensions } from '../create-editor-extensions';
import { diffDocuments } from '../diff/diff-documents';
import { renderDocumentHtml } from '../render/render-document-html';
import { doc, heading, paragraph } from '../testing/document-builders';
import { documentToPlainText } from '../text/document-to-plain-text';
import { validateDocument } from '../validation/validate-document';
import { listProcessSteps } from './process-step-list';
import { ARTICLE_TEMPLATE_KINDS, articleTemplate } from './process-templates';

function step(attrs: Record<string, unknown>, ...content: JSONContent[]): JSONContent {
  return { type: 'processStep', attrs, content: content.length > 0 ? content : [paragraph()] };
}

const process: JSONContent = doc(
  heading(2, 'Ablauf'),
  {
    type: 'processSteps',
    content: [
      step(
        {
          title: 'Anliegen aufnehmen',
          responsible: 'Eingangszone',
          legalBasis: '§ 45 SGB III',
          deadline: 'am selben Tag',
          documents: [{ label: 'Antrag <BSK>', href: 'https://www.bamf.de/antrag.pdf' }],
          branches: [{ condition: 'kein Aufenthaltstitel', targetStep: 3 }],
        },
        paragraph('Pass und Bescheid prüfen.'),
      ),
      step({ title: 'Kurs suchen', responsible: 'Arbeitsvermittlung' }, paragraph('Kursnet nutzen.')),
      step({ title: 'Ausländerbehörde', responsible: 'externer Partner' }, paragraph('Weiterleiten.')),
    ],
  },
  paragraph('Ende'),
);

function normalized(input: JSONContent): JSONContent {
  const result = validateDocument(input);
  if (!result.ok) throw new Error(`${result.error} at ${result.path ?? ''}`);
  return result.doc;
}

describe('process steps', () => {
  let editor: Editor;

  beforeEach(() => {
    editor = new Editor({ extensions: createEditorExtensions(), content: doc(paragraph('Start')) });
  });

  afterEach(() => {
    editor.destroy();
  });

  it('validates a process and fills missing attributes with defaults', () => {
    const result = normalized(doc({ type: 'processSteps', content: [step({ title: 'Nur Titel' })] }));

    expect(result.content?.[0]?.content?.[0]?.attrs).toEqual({
      title: 'Nur Titel',
      responsible: '',
      legalBasis: '',
      deadline: '',
      documents: [],
      branches: [],
    });
  });

  it.each([
    ['an unsafe document URL', { documents: [{ label: 'x', href: 'javascript:alert(1)' }] }, 'documents'],
    ['a document without label', { documents: [{ label: ' ', href: '/a.pdf' }] }, 'documents'],
    ['a document with extra keys', { documents: [{ label: 'a', href: '/a.pdf', onclick: 'x' }] }, 'documents'],
    ['a branch to step 0', { branches: [{ condition: 'immer', targetStep: 0 }] }, 'branches'],
    ['a branch with a text step', { branches: [{ condition: 'immer', targetStep: '2' }] }, 'branches'],
    ['a too long title', { title: 'x'.repeat(301) }, 'title'],
    ['a numeric role', { responsible: 5 }, 'responsible'],
  ])('rejects %s', (_name, attrs, attribute) => {
    const result = validateDocument(doc({ type: 'processSteps', content: [step(attrs)] }));

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.path).toBe(`content[0].content[0].attrs.${attribute}`);
  });

  it('rejects a step outside a process and an empty process', () => {
    expect(validateDocument(doc(step({ title: 'lose' }))).ok).toBe(false);
    expect(validateDocument(doc({ type: 'processSteps', content: [] })).ok).toBe(false);
  });

  it('round-trips JSON ⇄ Y.Doc without loss (also as a stored update)', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(documentToYDoc(normalized(process))));

    expect(normalized(yDocToDocument(copy))).toEqual(normalized(process));
  });

  it('round-trips JSON → HTML → JSON through the editor schema', () => {
    const html = renderDocumentHtml(process);
    editor.commands.setContent(html);

    expect(normalized(editor.getJSON())).toEqual(normalized(process));
  });

  it('renders a numbered flow with anchors, meta data, escaped documents and branch links', () => {
    const html = renderDocumentHtml(process);

    expect(html).toContain('<ol class="process-steps" data-type="processSteps">');
    expect(html).toContain('id="prozess-1-schritt-1" data-step="1" data-title="Anliegen aufnehmen"');
    expect(html).toContain('<dt>Zuständig</dt><dd>Eingangszone</dd>');
    expect(html).toContain('<dt>Rechtsgrundlage</dt><dd>§ 45 SGB III</dd>');
    expect(html).toContain(
      '<a href="https://www.bamf.de/antrag.pdf" rel="noopener noreferrer nofollow">Antrag &lt;BSK&gt;</a>',
    );
    expect(html).toContain(
      '<a href="#prozess-1-schritt-3" data-target-step="3">Wenn kein Aufenthaltstitel: weiter mit Schritt 3</a>',
    );
    expect(html).toContain('<div class="process-step__content"><p>Pass und Bescheid prüfen.</p></div>');
    expect(html).not.toContain('<BSK>');
  });

  it('numbers several processes in one document separately', () => {
    const twice = doc(process.content?.[1] ?? {}, process.content?.[1] ?? {});

    expect(listProcessSteps(normalized(twice)).map((listed) => listed.anchor)).toEqual([
      'prozess-1-schritt-1',
      'prozess-1-schritt-2',
      'prozess-1-schritt-3',
      'prozess-2-schritt-1',
      'prozess-2-schritt-2',
      'prozess-2-schritt-3',
    ]);
    expect(renderDocumentHtml(twice)).toContain('id="prozess-2-schritt-3"');
  });

  it('lists steps with their attributes and text for the views', () => {
    const steps = listProcessSteps(normalized(process));

    expect(steps.map((listed) => [listed.number, listed.title, listed.responsible, listed.text])).toEqual([
      [1, 'Anliegen aufnehmen', 'Eingangszone', 'Pass und Bescheid prüfen.'],
      [2, 'Kurs suchen', 'Arbeitsvermittlung', 'Kursnet nutzen.'],
      [3, 'Ausländerbehörde', 'externer Partner', 'Weiterleiten.'],
    ]);
  });

  it('puts title, role, legal basis and deadline into the search text', () => {
    expect(documentToPlainText(normalized(process))).toContain(
      'Anliegen aufnehmen · Eingangszone · § 45 SGB III · am selben Tag\nPass und Bescheid prüfen.',
    );
  });

  it('shows a changed role in the diff', () => {
    const changed = structuredClone(normalized(process));
    const first = changed.content?.[1]?.content?.[0];
    if (first?.attrs) first.attrs.responsible = 'Leistungsabteilung';

    const diff = diffDocuments(normalized(process), changed);
    const changedText = JSON.stringify(diff);
    expect(changedText).toContain('Leistungsabteilung');
    expect(changedText).toContain('Eingangszone');
  });

  it('inserts a process, edits a step and adds a step after it', () => {
    expect(editor.commands.insertProcessSteps([{ title: 'Erst', responsible: 'IKB' }])).toBe(true);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    const inside = editor.$node('processStep');
    expect(inside).not.toBeNull();
    editor.commands.setTextSelection((inside?.pos ?? 0) + 1);

    expect(
      editor.commands.updateProcessStep({ deadline: '3 Tage', branches: [{ condition: 'x', targetStep: 2 }] }),
    ).toBe(true);
    expect(editor.commands.addProcessStepAfter({ title: 'Dann' })).toBe(true);
    editor.commands.insertContent('Text im zweiten Schritt');

    const steps = listProcessSteps(editor.getJSON());
    expect(steps.map((listed) => [listed.title, listed.responsible, listed.deadline, listed.text])).toEqual([
      ['Erst', 'IKB', '3 Tage', ''],
      ['Dann', '', '', 'Text im zweiten Schritt'],
    ]);
    expect(steps[0]?.branches).toEqual([{ condition: 'x', targetStep: 2 }]);
  });

  it('refuses invalid attributes and commands outside a step without changing the document', () => {
    const before = editor.getJSON();

    expect(editor.commands.updateProcessStep({ title: 'x' })).toBe(false);
    expect(editor.commands.addProcessStepAfter()).toBe(false);
    expect(editor.commands.insertProcessSteps([{ documents: [{ label: 'x', href: 'javascript:1' }] }])).toBe(false);
    expect(editor.commands.insertProcessSteps([])).toBe(false);
    expect(editor.getJSON()).toEqual(before);

    editor.commands.insertProcessSteps();
    editor.commands.setTextSelection((editor.$node('processStep')?.pos ?? 0) + 1);
    expect(editor.commands.updateProcessStep({ branches: [{ condition: 'x', targetStep: -1 }] })).toBe(false);
    expect(editor.commands.updateProcessStep({ unknown: 'x' } as never)).toBe(false);
  });

  it.each(ARTICLE_TEMPLATE_KINDS)('has a valid %s template', (kind) => {
    const template = articleTemplate(kind);

    expect(validateDocument(template).ok).toBe(true);
    expect(() => renderDocumentHtml(template)).not.toThrow();
  });

  it('has a process template with two example steps', () => {
    expect(listProcessSteps(articleTemplate('PROCESS'))).toHaveLength(2);
  });
});
