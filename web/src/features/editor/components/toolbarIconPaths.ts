/**
 * Stroke icons (24 × 24 grid) for the editor toolbar. Drawn as SVG paths so
 * they never depend on a font having the glyph. Dots are zero-length lines
 * with round caps.
 */
export const toolbarIconPaths = {
  paragraph: ['M13 4v16', 'M17 4v16', 'M19 4h-9.5a4.5 4.5 0 0 0 0 9H13'],
  code: ['M8 7l-5 5 5 5', 'M16 7l5 5-5 5'],
  link: [
    'M10 13.5a4.5 4.5 0 0 0 6.8.5l2.9-2.9a4.5 4.5 0 0 0-6.4-6.4l-1.3 1.3',
    'M14 10.5a4.5 4.5 0 0 0-6.8-.5l-2.9 2.9a4.5 4.5 0 0 0 6.4 6.4l1.3-1.3',
  ],
  bulletList: ['M9 6h12', 'M9 12h12', 'M9 18h12', 'M4 6h.01', 'M4 12h.01', 'M4 18h.01'],
  orderedList: ['M10 6h11', 'M10 12h11', 'M10 18h11', 'M4 4.5l1.5-1V9', 'M3.5 14.5a1.3 1.3 0 0 1 2.5.6L3.5 19H6'],
  taskList: ['M3 4h6v6H3z', 'M4.5 7l1.2 1.2L8 5.8', 'M3 14h6v6H3z', 'M12 7h9', 'M12 17h9'],
  blockquote: ['M4 18h4l2-4V6H4v8h3z', 'M14 18h4l2-4V6h-6v8h3z'],
  codeBlock: ['M3 4h18v16H3z', 'M9.5 9.5L7 12l2.5 2.5', 'M14.5 9.5L17 12l-2.5 2.5'],
  hr: ['M3 12h18', 'M6 6h12', 'M6 18h12'],
  image: ['M3 5h18v14H3z', 'M3 16l5-5 4 4 2.5-2.5L21 19', 'M15.5 9h.01'],
  contactCard: [
    'M3 5h18v14H3z',
    'M9 8.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
    'M5.5 16a3.5 3.5 0 0 1 7 0',
    'M14.5 10h4',
    'M14.5 14h4',
  ],
  callout: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 11v5', 'M12 7.5h.01'],
  processStep: ['M3 4h6v6H3z', 'M6 10v4', 'M3 14h6v6H3z', 'M13 7h8', 'M17 13v8', 'M13 17h8'],
  processEdit: ['M3 4h6v6H3z', 'M6 10v4', 'M3 14h6v6H3z', 'M13 20l1-4 6-6 3 3-6 6z'],
  table: ['M3 4h18v16H3z', 'M3 9.5h18', 'M3 15h18', 'M9 4v16', 'M15 4v16'],
  addRow: ['M3 3h18v10H3z', 'M3 8h18', 'M9 3v10', 'M15 3v10', 'M12 16v6', 'M9 19h6'],
  addColumn: ['M3 3h10v18H3z', 'M3 9h10', 'M3 15h10', 'M8 3v18', 'M19 9v6', 'M16 12h6'],
  deleteRow: ['M3 3h18v10H3z', 'M3 8h18', 'M9 3v10', 'M15 3v10', 'M9 19h6'],
  deleteColumn: ['M3 3h10v18H3z', 'M3 9h10', 'M3 15h10', 'M8 3v18', 'M16 12h6'],
  deleteTable: ['M3 4h13v10H3z', 'M3 9h13', 'M9.5 4v10', 'M15 15l6 6', 'M21 15l-6 6'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
} as const satisfies Record<string, readonly string[]>;

export type ToolbarIconName = keyof typeof toolbarIconPaths;
