import { isSafeLinkHref } from '../urls/is-safe-link-href';
import { isPlainObject } from '../validation/is-plain-object';

/** Longest title, role, legal basis or deadline text of a step. */
export const MAX_PROCESS_TEXT_LENGTH = 300;
/** Most documents or branches one step may list. */
export const MAX_PROCESS_STEP_ITEMS = 20;
/** Highest step number a branch may point to. */
export const MAX_PROCESS_STEP_NUMBER = 200;

/** A form, handout or web page needed for a step. */
export interface ProcessStepDocument {
  label: string;
  /** An http(s), mailto, tel or relative URL (the same rule as links). */
  href: string;
}

/** "If the customer has no residence permit: go to step 5." */
export interface ProcessStepBranch {
  condition: string;
  /** 1-based number of the step to continue with, within the same process. */
  targetStep: number;
}

/** The attributes of one process step; text fields are '' when not filled in. */
export interface ProcessStepAttributes {
  title: string;
  /** Role or team, e.g. "Eingangszone", "Arbeitsvermittlung", "externer Partner". */
  responsible: string;
  /** Free text such as "§ 45 SGB III". */
  legalBasis: string;
  /** Deadline or duration, e.g. "innerhalb von 2 Wochen". */
  deadline: string;
  documents: ProcessStepDocument[];
  branches: ProcessStepBranch[];
}

export const PROCESS_STEP_TEXT_ATTRIBUTES = ['title', 'responsible', 'legalBasis', 'deadline'] as const;

export function isProcessText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PROCESS_TEXT_LENGTH;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

export function isProcessStepDocument(value: unknown): value is ProcessStepDocument {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['label', 'href']) &&
    isProcessText(value.label) &&
    value.label.trim() !== '' &&
    isSafeLinkHref(value.href)
  );
}

export function isProcessStepBranch(value: unknown): value is ProcessStepBranch {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['condition', 'targetStep']) &&
    isProcessText(value.condition) &&
    value.condition.trim() !== '' &&
    Number.isInteger(value.targetStep) &&
    (value.targetStep as number) >= 1 &&
    (value.targetStep as number) <= MAX_PROCESS_STEP_NUMBER
  );
}

export function isProcessStepDocumentList(value: unknown): value is ProcessStepDocument[] {
  return Array.isArray(value) && value.length <= MAX_PROCESS_STEP_ITEMS && value.every(isProcessStepDocument);
}

export function isProcessStepBranchList(value: unknown): value is ProcessStepBranch[] {
  return Array.isArray(value) && value.length <= MAX_PROCESS_STEP_ITEMS && value.every(isProcessStepBranch);
}

/** True when every given attribute is valid; missing attributes are allowed (they keep their defaults). */
export function isValidProcessStepPatch(attributes: Partial<ProcessStepAttributes> | undefined): boolean {
  if (attributes === undefined) return true;
  if (!isPlainObject(attributes)) return false;
  return Object.entries(attributes).every(([name, value]) => {
    if (value === undefined) return true;
    if ((PROCESS_STEP_TEXT_ATTRIBUTES as readonly string[]).includes(name)) return isProcessText(value);
    if (name === 'documents') return isProcessStepDocumentList(value);
    if (name === 'branches') return isProcessStepBranchList(value);
    return false;
  });
}

/** Reads a JSON list from pasted HTML, keeping only the valid entries (safe URLs, known step numbers). */
export function parseJsonList<T>(raw: string | null, isValid: (value: unknown) => value is T): T[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isValid).slice(0, MAX_PROCESS_STEP_ITEMS) : [];
  } catch {
    return [];
  }
}
