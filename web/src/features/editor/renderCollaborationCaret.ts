import { USER_COLOR_TEXT } from './userColor';

/**
 * Another user's caret: a coloured bar with their name. The label's white text has
 * ≥ 4.5:1 contrast on every palette colour; the caret is decoration for screen
 * readers, who get the presence list instead.
 */
export function renderCollaborationCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.style.color = USER_COLOR_TEXT;
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}
