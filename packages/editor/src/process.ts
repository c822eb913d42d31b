/**
 * The schema-free part of process articles, as its own entry point
 * (`@wissensnetz/editor/process`): the web's reading views use it without
 * loading Tiptap and ProseMirror.
 */
export { listProcessSteps, processStepAnchor, type ListedProcessStep } from './nodes/process-step-list';
export type { ProcessStepAttributes, ProcessStepBranch, ProcessStepDocument } from './nodes/process-step-attributes';
export type { JSONContent } from '@tiptap/core';
