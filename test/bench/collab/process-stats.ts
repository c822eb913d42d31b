import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ); 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

/** User + system CPU seconds a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; everything after its ')' is space separated.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no ${key}`);
  return Number(match[1]);
}

/** Current resident set size in MiB. */
export function rssMiB(pid: number): number {
  return statusKb(pid, 'VmRSS') / 1024;
}

/** Peak resident set size over the process' lifetime in MiB. */
export function peakRssMiB(pid: number): number {
  return statusKb(pid, 'VmHWM') / 1024;
}

/** CPU used by a group of processes between start() and stop(), as a share of one core. */
export class CpuMeter {
  private startCpu = new Map<number, number>();
  private startWall = 0;

  constructor(private readonly pids: () => number[]) {}

  start(): void {
    this.startWall = performance.now();
    this.startCpu = new Map(this.pids().map((pid) => [pid, cpuSeconds(pid)]));
  }

  /** Returns CPU seconds and CPU seconds per wall second (1.0 = one full core). */
  stop(): { cpuSeconds: number; wallSeconds: number; cores: number } {
    const wallSeconds = (performance.now() - this.startWall) / 1000;
    let used = 0;
    for (const [pid, before] of this.startCpu) {
      try {
        used += cpuSeconds(pid) - before;
      } catch {
        // The process ended during the measurement (e.g. a database backend); its share is lost.
      }
    }
    return { cpuSeconds: used, wallSeconds, cores: wallSeconds > 0 ? used / wallSeconds : Number.NaN };
  }
}

/** Samples VmRSS of one process periodically; the highest sample wins. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  peakMiB = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peakMiB;
  }

  private sample(): void {
    try {
      this.peakMiB = Math.max(this.peakMiB, rssMiB(this.pid));
    } catch {
      // process gone
    }
  }
}

/** Busy and total CPU seconds of the whole machine so far, from the first line of /proc/stat. */
export function machineCpuSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  // cpu user nice system idle iowait irq softirq steal (guest time is already in user/nice)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy / CLOCK_TICKS, total: (busy + idle + iowait) / CLOCK_TICKS };
}

/** CPU of the whole machine between start() and stop(), in cores (2.0 = two full cores). */
export class MachineCpuMeter {
  private started = { busy: 0, wall: 0 };

  start(): void {
    this.started = { busy: machineCpuSeconds().busy, wall: performance.now() };
  }

  stop(): number {
    const wallSeconds = (performance.now() - this.started.wall) / 1000;
    return wallSeconds > 0 ? (machineCpuSeconds().busy - this.started.busy) / wallSeconds : Number.NaN;
  }
}
