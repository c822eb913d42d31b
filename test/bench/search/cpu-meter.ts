/**
 * CPU time spent answering searches, by the processes that share the machine's cores: the
 * PostgreSQL backends of the server's connections, the server process and this load generator.
 * With several clients, throughput is bounded by cores ÷ CPU per request, so these figures say
 * whether a latency target is within reach at all (see cpuBudgetPerRequest). Linux only (/proc).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

export interface CpuTimes {
  /** PostgreSQL backends of the server's connections (null: embedded in the server process). */
  database: number | null;
  server: number;
  client: number;
}

/**
 * User + system CPU seconds of a process from the text of /proc/<pid>/stat. The command name
 * (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
 */
export function cpuSecondsFromStat(stat: string, ticksPerSecond: number): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`unexpected /proc stat line: ${stat}`);
  return (utime + stime) / ticksPerSecond;
}

/**
 * The CPU time per request at which `clients` closed-loop clients (each sends its next request
 * when the answer arrives) still see `latencyMs`: throughput is clients ÷ latency, and `cores`
 * cores give cores ÷ throughput of CPU to each request (database, server and client together).
 */
export function cpuBudgetPerRequestMs(clients: number, latencyMs: number, cores: number): number {
  return (cores * latencyMs) / clients;
}

function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

function processCpuSeconds(pid: number, ticks: number): number | null {
  try {
    return cpuSecondsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'), ticks);
  } catch {
    // Gone (a backend closed) or no /proc.
    return null;
  }
}

export class CpuMeter {
  private constructor(
    private readonly serverPid: number,
    private readonly database: pg.Client | null,
    private readonly ticks: number,
  ) {}

  /** Null where /proc is missing; `databaseUrl` undefined means the database runs inside the server. */
  static async create(serverPid: number, databaseUrl: string | undefined): Promise<CpuMeter | null> {
    const ticks = ticksPerSecond();
    if (processCpuSeconds(process.pid, ticks) === null) return null;
    let database: pg.Client | null = null;
    if (databaseUrl) {
      database = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
      await database.connect();
    }
    return new CpuMeter(serverPid, database, ticks);
  }

  /**
   * CPU seconds so far. Backends are those of the database's other connections now; one that
   * closes between two samples loses its share (the server's pool keeps them while it is busy).
   */
  async sample(): Promise<{ backends: Map<number, number>; server: number; client: number }> {
    const backends = new Map<number, number>();
    if (this.database) {
      const { rows } = await this.database.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      for (const { pid } of rows) {
        const seconds = processCpuSeconds(pid, this.ticks);
        if (seconds !== null) backends.set(pid, seconds);
      }
    }
    const usage = process.cpuUsage();
    return {
      backends,
      server: processCpuSeconds(this.serverPid, this.ticks) ?? Number.NaN,
      client: (usage.user + usage.system) / 1e6,
    };
  }

  /** CPU milliseconds per request between two samples. */
  perRequest(before: CpuSample, after: CpuSample, requests: number): CpuTimes {
    let database = 0;
    // A backend that started in between counts from zero.
    for (const [pid, seconds] of after.backends) database += seconds - (before.backends.get(pid) ?? 0);
    const perRequest = (seconds: number) => (seconds * 1000) / Math.max(1, requests);
    return {
      database: this.database ? perRequest(database) : null,
      server: perRequest(after.server - before.server),
      client: perRequest(after.client - before.client),
    };
  }

  async close(): Promise<void> {
    await this.database?.end().catch(() => undefined);
  }
}

export type CpuSample = Awaited<ReturnType<CpuMeter['sample']>>;
