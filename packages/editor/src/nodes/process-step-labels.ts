/** Words used in the rendered HTML of process steps. */
export interface ProcessStepLabels {
  untitled: string;
  responsible: string;
  legalBasis: string;
  deadline: string;
  documents: string;
  /** `{condition}` and `{step}` are replaced. */
  branch: string;
}

/** German first: the knowledge base is written in German. */
export const GERMAN_PROCESS_STEP_LABELS: ProcessStepLabels = {
  untitled: 'Schritt ohne Titel',
  responsible: 'Zuständig',
  legalBasis: 'Rechtsgrundlage',
  deadline: 'Frist/Dauer',
  documents: 'Unterlagen',
  branch: 'Wenn {condition}: weiter mit Schritt {step}',
};

export function branchText(labels: ProcessStepLabels, condition: string, step: number): string {
  return labels.branch.replace('{condition}', condition).replace('{step}', String(step));
}
