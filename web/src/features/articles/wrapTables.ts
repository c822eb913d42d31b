const HEADING = /^H[1-6]$/;

function nearestHeading(table: Element): string | null {
  for (let node = table.previousElementSibling; node; node = node.previousElementSibling) {
    if (HEADING.test(node.tagName)) return node.textContent?.trim() || null;
  }
  return null;
}

/**
 * Wraps every top-level table of rendered article HTML in a focusable,
 * labelled region that scrolls horizontally, so wide tables never widen the
 * page and keyboard users can scroll them. The label names the table by its
 * caption or the nearest preceding heading, else by its position.
 */
export function wrapTables(html: string, label: (name: string | null, index: number) => string): string {
  if (!html.includes('<table') || typeof document === 'undefined') return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll('table').forEach((table, index) => {
    if (table.parentElement?.closest('table')) return;
    const region = document.createElement('div');
    region.className = 'table-wrapper';
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    const caption = table.querySelector(':scope > caption')?.textContent?.trim();
    region.setAttribute('aria-label', label(caption || nearestHeading(table), index + 1));
    table.replaceWith(region);
    region.append(table);
  });
  return template.innerHTML;
}
