import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cpuBudgetPerRequestMs, CpuMeter, cpuSecondsFromStat } from './cpu-meter';

describe('cpuSecondsFromStat', () => {
  it('reads utime + stime after a command name with spaces and parentheses', () => {
    const fields = ['S', '1', '1', '1', '0', '-1', '4194560', '100', '0', '0', '0', '250', '50', '7', '3'];
    expect(cpuSecondsFromStat(`4242 (post (gres) x) ${fields.join(' ')} 20 0 1`, 100)).toBeCloseTo(3);
  });

  it('rejects a line it cannot read', () => {
    expect(() => cpuSecondsFromStat('4242 (node) S', 100)).toThrow(/unexpected/);
  });
});

describe('cpuBudgetPerRequestMs', () => {
  it('is cores × latency ÷ clients for closed-loop clients', () => {
    expect(cpuBudgetPerRequestMs(16, 15, 2)).toBeCloseTo(1.875);
    expect(cpuBudgetPerRequestMs(1, 15, 2)).toBe(30);
  });
});

// /proc exists only on Linux; elsewhere the bench prints no CPU figures.
describe.skipIf(process.platform !== 'linux')('CpuMeter', () => {
  it('measures the CPU a server process spends between two samples', async () => {
    // Says it is ready, spins for 300 ms when told to, then stays alive to be measured.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `process.stdout.write('ready'); process.stdin.once('data', () => { const end = Date.now() + 300;
         while (Date.now() < end); process.stdout.write('done'); });`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await once(child.stdout, 'data');
      const meter = await CpuMeter.create(child.pid ?? 0, undefined);
      expect(meter).not.toBeNull();
      const before = await meter!.sample();
      child.stdin.write('go');
      await once(child.stdout, 'data');
      const after = await meter!.sample();
      const perRequest = meter!.perRequest(before, after, 2);
      expect(perRequest.database).toBeNull();
      // At most 300 ms (and a little) over two requests; less only if another process took the core.
      expect(perRequest.server).toBeGreaterThan(50);
      expect(perRequest.server).toBeLessThan(200);
      await meter!.close();
    } finally {
      child.kill();
    }
  });
});
