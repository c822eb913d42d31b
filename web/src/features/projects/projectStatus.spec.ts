import { describe, expect, it } from 'vitest';
import { nextProjectStatuses, projectStatuses } from './projectStatus';

describe('nextProjectStatuses', () => {
  it('moves forward one step, back one step, pauses and cancels', () => {
    expect(nextProjectStatuses('PLANNED')).toEqual(['IN_PROGRESS', 'IDEA', 'PAUSED', 'CANCELLED']);
    expect(nextProjectStatuses('IN_PROGRESS')).toContain('COMPLETED');
    expect(nextProjectStatuses('IDEA')).not.toContain('COMPLETED');
  });

  it('offers nothing for final statuses and never the current one', () => {
    expect(nextProjectStatuses('COMPLETED')).toEqual([]);
    expect(nextProjectStatuses('CANCELLED')).toEqual([]);
    for (const status of projectStatuses) expect(nextProjectStatuses(status)).not.toContain(status);
  });
});
