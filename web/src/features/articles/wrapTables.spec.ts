import { describe, expect, it } from 'vitest';
import { wrapTables } from './wrapTables';

const label = (name: string | null, index: number) => (name ? `Tabelle: ${name}` : `Tabelle ${index}`);

describe('wrapTables', () => {
  it('wraps tables in a focusable region named after the preceding heading', () => {
    const html = wrapTables(
      '<h2 id="k">Kontakte</h2><p>Text</p><table><tbody><tr><td>a</td></tr></tbody></table>',
      label,
    );
    const host = document.createElement('div');
    host.innerHTML = html;
    const region = host.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Tabelle: Kontakte');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.querySelector('table')).not.toBeNull();
  });

  it('numbers tables without a heading and leaves other HTML untouched', () => {
    const html = wrapTables('<table><tbody><tr><td>a</td></tr></tbody></table>', label);
    expect(html).toContain('aria-label="Tabelle 1"');
    expect(wrapTables('<p>Nur Text</p>', label)).toBe('<p>Nur Text</p>');
  });
});
