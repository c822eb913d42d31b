import { afterEach, describe, expect, it } from 'vitest';
import { isSearchShortcut } from './isSearchShortcut';

function press(target: HTMLElement, init: KeyboardEventInit) {
  let result = false;
  target.addEventListener('keydown', (event) => (result = isSearchShortcut(event)), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  return result;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, setup?: (node: HTMLElementTagNameMap[K]) => void) {
  const node = document.createElement(tag);
  setup?.(node);
  document.body.append(node);
  return node;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isSearchShortcut', () => {
  it('accepts Ctrl+K and Cmd+K, also inside form fields', () => {
    expect(press(document.body, { key: 'k', ctrlKey: true })).toBe(true);
    expect(press(document.body, { key: 'K', metaKey: true })).toBe(true);
    expect(press(element('input'), { key: 'k', ctrlKey: true })).toBe(true);
    expect(press(document.body, { key: 'k' })).toBe(false);
    expect(press(document.body, { key: 'k', ctrlKey: true, altKey: true })).toBe(false);
  });

  it('accepts "/" only outside text fields', () => {
    expect(press(document.body, { key: '/' })).toBe(true);
    expect(press(element('button'), { key: '/' })).toBe(true);
    expect(
      press(
        element('input', (node) => (node.type = 'checkbox')),
        { key: '/' },
      ),
    ).toBe(true);
    expect(press(element('input'), { key: '/' })).toBe(false);
    expect(press(element('textarea'), { key: '/' })).toBe(false);
    expect(
      press(
        element('div', (node) => node.setAttribute('role', 'textbox')),
        { key: '/' },
      ),
    ).toBe(false);
  });

  it('leaves keys alone that someone else already handled (e.g. the editor link dialog)', () => {
    const editor = element('div');
    editor.addEventListener('keydown', (event) => event.preventDefault());
    let result = true;
    document.body.addEventListener('keydown', (event) => (result = isSearchShortcut(event)), { once: true });
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(result).toBe(false);
  });
});
