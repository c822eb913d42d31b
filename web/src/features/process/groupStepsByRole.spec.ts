import type { ListedProcessStep } from '@wissensnetz/editor/process';
import { describe, expect, it } from 'vitest';
import { groupStepsByRole } from './groupStepsByRole';

function step(number: number, responsible: string): ListedProcessStep {
  return {
    process: 1,
    number,
    anchor: `prozess-1-schritt-${number}`,
    title: `Schritt ${number}`,
    responsible,
    legalBasis: '',
    deadline: '',
    documents: [],
    branches: [],
    text: '',
  };
}

describe('groupStepsByRole', () => {
  it('groups by role in order of first appearance, keeping the flow order inside a group', () => {
    const groups = groupStepsByRole([
      step(1, 'Eingangszone'),
      step(2, 'Arbeitsvermittlung'),
      step(3, ' eingangszone '),
      step(4, ''),
      step(5, 'IKB'),
    ]);

    expect(groups.map((group) => [group.role, group.steps.map((s) => s.number)])).toEqual([
      ['Eingangszone', [1, 3]],
      ['Arbeitsvermittlung', [2]],
      ['IKB', [5]],
      ['', [4]],
    ]);
  });

  it('gives no groups for no steps', () => {
    expect(groupStepsByRole([])).toEqual([]);
  });
});
