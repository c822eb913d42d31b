export interface DocumentLimits {
  /**
   * Deepest allowed nesting; the doc itself is level 0.
   * @default 40
   */
  maxDepth?: number;
  /**
   * Most nodes allowed in one document, text nodes included.
   * @default 50000
   */
  maxNodes?: number;
}

export const DEFAULT_DOCUMENT_LIMITS: Required<DocumentLimits> = {
  maxDepth: 40,
  maxNodes: 50_000,
};
