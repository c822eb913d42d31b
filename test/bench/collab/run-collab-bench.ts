/**
 * Load benchmark of the real-time collaboration: D documents × C clients typing at human
 * speed against our server (server/dist/main.js) and against a bare @hocuspocus/server,
 * then latency, CPU and memory of both and their ratios. Run with `pnpm bench collab --help`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopChild, track, withTimeout } from './child-processes';
import { summarize, type LatencySummary } from './latency-stats';
import { type CollabBenchOptions, parseOptions, UsageError, USAGE } from './options';
import { CpuMeter, MachineCpuMeter, peakRssMiB, RssSampler, rssMiB } from './process-stats';
import type { FromWorker, ToWorker, WorkerResult } from './protocol';
import { startBareHocuspocus, startWissensnetz, type ServerUnderTest } from './start-servers';

const TARGET_P95_MS = 30;
const TARGET_CONNECTIONS = 500;
const TARGET_RATIO = 1.3;
const DRAIN_MS = 5000;

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** One load-generator process and its IPC messages. */
class LoadWorker {
  private readonly inbox: FromWorker[] = [];
  private waiter: (() => void) | undefined;
  private exited = false;

  constructor(readonly child: ChildProcess) {
    child.on('message', (message: FromWorker) => {
      this.inbox.push(message);
      this.waiter?.();
    });
    child.once('exit', () => {
      this.exited = true;
      this.waiter?.();
    });
  }

  send(message: ToWorker): void {
    this.child.send(message);
  }

  async next<T extends FromWorker['type']>(type: T, timeoutMs: number): Promise<Extract<FromWorker, { type: T }>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const message = this.inbox.shift();
      if (message?.type === 'error') throw new Error(`Load generator failed: ${message.message}`);
      if (message?.type === type) return message as Extract<FromWorker, { type: T }>;
      if (message) continue;
      if (this.exited) throw new Error(`Load generator exited unexpectedly (code ${this.child.exitCode})`);
      const left = deadline - performance.now();
      if (left <= 0)
        throw new Error(`Load generator did not answer "${type}" within ${Math.round(timeoutMs / 1000)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }
}

function startWorker(): LoadWorker {
  const usesTsx = process.execArgv.some((argument) => argument.includes('tsx'));
  const child = track(
    fork(join(import.meta.dirname, 'load-worker.ts'), [], {
      execArgv: usesTsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  return new LoadWorker(child);
}

export interface Measurement {
  label: string;
  connections: number;
  connectSeconds: number;
  latency: LatencySummary;
  delivery: LatencySummary;
  keystrokes: number;
  incomplete: number;
  disconnects: number;
  serverCores: number;
  serverCpuSeconds: number;
  helperCores: number;
  helperCpuSeconds: number;
  helperCount: number;
  rssBeforeClientsMiB: number;
  rssPeakDuringLoadMiB: number;
  vmHwmMiB: number;
  loadGeneratorCores: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
  /** CPU of everything else on the machine (other benchmarks, builds, the bench runner) while measuring. */
  otherCores: number;
  wallSeconds: number;
}

async function measure(server: ServerUnderTest, options: CollabBenchOptions): Promise<Measurement> {
  const workers = Array.from({ length: Math.min(options.workers, options.documents) }, () => startWorker());
  const everyWorker = async <T extends FromWorker['type']>(type: T, timeoutMs: number) =>
    Promise.all(workers.map((worker) => worker.next(type, timeoutMs)));
  let tokenTimer: NodeJS.Timeout | undefined;
  try {
    const rssBeforeClientsMiB = rssMiB(server.pid);
    const token = server.token ? await server.token() : null;
    workers.forEach((worker, index) =>
      worker.send({
        type: 'connect',
        assignment: {
          websocketUrl: server.websocketUrl,
          // All clients of a document live in one process, so latencies use one clock.
          documentNames: server.documentNames.filter((_, d) => d % workers.length === index),
          clientsPerDocument: options.clientsPerDocument,
          keystrokeMinMs: options.keystrokeMinMs,
          keystrokeMaxMs: options.keystrokeMaxMs,
          connectConcurrency: Math.max(1, Math.ceil(options.connectConcurrency / workers.length)),
          token,
        },
      }),
    );
    if (server.token) {
      const refresh = server.token;
      tokenTimer = setInterval(() => {
        refresh()
          .then((fresh) => workers.forEach((worker) => worker.send({ type: 'token', token: fresh })))
          .catch(() => undefined);
      }, 60_000);
    }
    const connected = await everyWorker('connected', 180_000);
    const connections = connected.reduce((sum, message) => sum + message.connections, 0);
    const connectSeconds = Math.max(...connected.map((message) => message.seconds));
    print(`  ${connections} clients connected and synced in ${connectSeconds.toFixed(1)} s; warming up …`);

    workers.forEach((worker) => worker.send({ type: 'start-typing' }));
    await sleep(options.warmupSeconds * 1000);

    const helperPids = await server.helperPids();
    const serverCpu = new CpuMeter(() => [server.pid]);
    const helperCpu = new CpuMeter(() => helperPids);
    const generatorCpu = new CpuMeter(() => workers.map((worker) => worker.child.pid ?? 0));
    const rss = new RssSampler(server.pid);
    const machineCpu = new MachineCpuMeter();
    workers.forEach((worker) => worker.send({ type: 'start-measuring' }));
    machineCpu.start();
    serverCpu.start();
    helperCpu.start();
    generatorCpu.start();
    rss.start();
    print(`  measuring for ${options.durationSeconds} s …`);
    await sleep(options.durationSeconds * 1000);
    const cpu = serverCpu.stop();
    const helper = helperCpu.stop();
    const generator = generatorCpu.stop();
    const machineCores = machineCpu.stop();
    const rssPeakDuringLoadMiB = rss.stop();

    workers.forEach((worker) => worker.send({ type: 'stop' }));
    const results: WorkerResult[] = (await everyWorker('result', DRAIN_MS + 15_000)).map((message) => message.result);
    const vmHwmMiB = peakRssMiB(server.pid);
    workers.forEach((worker) => worker.send({ type: 'disconnect' }));
    await everyWorker('disconnected', 30_000);

    const all = <K extends 'latencies' | 'deliveries'>(key: K) => results.flatMap((result) => result[key]);
    const sum = (key: 'keystrokes' | 'incomplete' | 'disconnects') =>
      results.reduce((total, result) => total + result[key], 0);
    return {
      label: server.label,
      connections,
      connectSeconds,
      latency: summarize(all('latencies')),
      delivery: summarize(all('deliveries')),
      keystrokes: sum('keystrokes'),
      incomplete: sum('incomplete'),
      disconnects: sum('disconnects'),
      serverCores: cpu.cores,
      serverCpuSeconds: cpu.cpuSeconds,
      helperCores: helper.cores,
      helperCpuSeconds: helper.cpuSeconds,
      helperCount: helperPids.length,
      rssBeforeClientsMiB,
      rssPeakDuringLoadMiB,
      vmHwmMiB,
      loadGeneratorCores: generator.cores,
      eventLoopDelayP99Ms: Math.max(...results.map((result) => result.eventLoopDelayP99Ms)),
      eventLoopDelayMaxMs: Math.max(...results.map((result) => result.eventLoopDelayMaxMs)),
      otherCores: Math.max(0, machineCores - cpu.cores - helper.cores - generator.cores),
      wallSeconds: cpu.wallSeconds,
    };
  } finally {
    clearInterval(tokenTimer);
    await Promise.all(workers.map((worker) => stopChild(worker.child, 5000)));
  }
}

const format = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function report(options: CollabBenchOptions, measurements: Measurement[]): void {
  const ours = measurements.find((m) => m.label.startsWith('Wissensnetz'));
  const bare = measurements.find((m) => m.label.startsWith('bare'));
  const columns = measurements.map((m) => (m === ours ? 'Wissensnetz' : 'bare'));
  const rows: [string, (m: Measurement) => string, ((o: Measurement, b: Measurement) => number) | undefined][] = [
    ['connections (documents × clients)', (m) => String(m.connections), undefined],
    ['keystrokes measured', (m) => String(m.keystrokes), undefined],
    ['  per second', (m) => format(m.keystrokes / m.wallSeconds, 0), undefined],
    ['latency to ALL other clients p50 ms', (m) => format(m.latency.p50), (o, b) => o.latency.p50 / b.latency.p50],
    ['latency to ALL other clients p95 ms', (m) => format(m.latency.p95), (o, b) => o.latency.p95 / b.latency.p95],
    ['latency to ALL other clients p99 ms', (m) => format(m.latency.p99), (o, b) => o.latency.p99 / b.latency.p99],
    ['latency to ALL other clients max ms', (m) => format(m.latency.max), undefined],
    ['single delivery p50 / p95 ms', (m) => `${format(m.delivery.p50)} / ${format(m.delivery.p95)}`, undefined],
    ['not delivered to all (of measured)', (m) => String(m.incomplete), undefined],
    ['reconnects', (m) => String(m.disconnects), undefined],
    ['server CPU (cpu s / wall s)', (m) => format(m.serverCores, 3), (o, b) => o.serverCores / b.serverCores],
    [
      '  + PostgreSQL backends of it',
      (m) => (m.helperCount ? `${format(m.helperCores, 4)} (${m.helperCount} proc.)` : '–'),
      undefined,
    ],
    ['server peak RSS MiB (VmHWM)', (m) => format(m.vmHwmMiB, 0), (o, b) => o.vmHwmMiB / b.vmHwmMiB],
    ['  RSS before clients MiB', (m) => format(m.rssBeforeClientsMiB, 0), undefined],
    [
      '  RSS growth under load MiB',
      (m) => format(m.rssPeakDuringLoadMiB - m.rssBeforeClientsMiB, 0),
      (o, b) => (o.rssPeakDuringLoadMiB - o.rssBeforeClientsMiB) / (b.rssPeakDuringLoadMiB - b.rssBeforeClientsMiB),
    ],
    ['load generator CPU (cores)', (m) => format(m.loadGeneratorCores, 2), undefined],
    [
      'load generator event-loop delay p99/max',
      (m) => `${format(m.eventLoopDelayP99Ms)} / ${format(m.eventLoopDelayMaxMs)}`,
      undefined,
    ],
    ['other processes on the machine (cores)', (m) => format(m.otherCores, 2), undefined],
  ];
  const width = 42;
  const cell = 16;
  print();
  print(
    `${''.padEnd(width)}${columns.map((c) => c.padStart(cell)).join('')}${ours && bare ? 'ours / bare'.padStart(cell) : ''}`,
  );
  for (const [name, value, ratio] of rows) {
    const ratioText = ours && bare && ratio ? `${format(ratio(ours, bare), 2)}×` : '';
    print(
      `${name.padEnd(width)}${measurements.map((m) => value(m).padStart(cell)).join('')}${ratioText.padStart(cell)}`,
    );
  }
  print();
  const busiest = Math.max(...measurements.map((m) => m.otherCores));
  if (busiest > 0.25)
    print(
      `  WARNING: other processes used up to ${format(busiest, 2)} of ${cpus().length} cores while measuring; latencies are not comparable.`,
    );
  if (!ours) return;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const scale =
    ours.connections === TARGET_CONNECTIONS
      ? ''
      : ` (target is defined at ${TARGET_CONNECTIONS} connections; ran ${ours.connections})`;
  print(`Targets (informational, the benchmark never fails on a MISS):`);
  print(
    `  ${verdict(ours.latency.p95 <= TARGET_P95_MS)}  p95 edit latency ${format(ours.latency.p95)} ms ≤ ${TARGET_P95_MS} ms${scale}`,
  );
  if (bare) {
    const cpuRatio = ours.serverCores / bare.serverCores;
    const latencyRatio = ours.latency.p95 / bare.latency.p95;
    print(
      `  ${verdict(cpuRatio <= TARGET_RATIO)}  server CPU ${format(cpuRatio, 2)}× bare ≤ ${TARGET_RATIO}× (node process only${ours.helperCount ? '; PostgreSQL backends listed separately' : ''})`,
    );
    print(
      `  ${verdict(latencyRatio <= TARGET_RATIO)}  p95 edit latency ${format(latencyRatio, 2)}× bare ≤ ${TARGET_RATIO}×`,
    );
    print(
      `  info  peak RSS ${format(ours.vmHwmMiB / bare.vmHwmMiB, 2)}× bare (includes Nest, GraphQL and database client at rest)`,
    );
  }
  if (options.database === 'pglite')
    print('  note  --db pglite: the embedded database runs inside the server process and counts as server CPU/RSS.');
}

export async function runCollabBench(argv: readonly string[]): Promise<number> {
  let options: CollabBenchOptions | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    print(USAGE);
    return 0;
  }
  const o = options;
  print(
    `Collaboration load benchmark: ${o.documents} documents × ${o.clientsPerDocument} clients = ${o.documents * o.clientsPerDocument} connections`,
  );
  print(
    `  one keystroke every ${o.keystrokeMinMs}–${o.keystrokeMaxMs} ms per client, warm-up ${o.warmupSeconds} s, measurement ${o.durationSeconds} s, ${o.workers} load-generator process(es)`,
  );
  print(
    `  machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  print('  NOTE: server and load generator share this machine; the servers run one after the other, never together.');

  let current: ServerUnderTest | undefined;
  const interrupted = async () => {
    process.stderr.write('\nInterrupted, stopping servers …\n');
    await current?.stop();
    process.exit(130);
  };
  const onSignal = () => void interrupted();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const measurements: Measurement[] = [];
  try {
    const runs: [boolean, string, () => Promise<ServerUnderTest>][] = [
      [o.targets.wissensnetz, `our server (--db ${o.database})`, () => startWissensnetz(o)],
      [o.targets.bare, 'bare @hocuspocus/server', () => startBareHocuspocus(o)],
    ];
    for (const [enabled, name, start] of runs) {
      if (!enabled) continue;
      print();
      print(`▶ ${name}: starting …`);
      current = await start();
      const server = current;
      try {
        measurements.push(await measure(server, o));
      } finally {
        current = undefined;
        const exit = await withTimeout(server.stop(), 60_000, `Stopping ${name}`);
        if (exit) {
          const how = exit.killed
            ? 'did not exit within 20 s, killed with SIGKILL'
            : exit.code !== null
              ? `exit code ${exit.code}`
              : `ended by the ${exit.signal} signal itself, not by a clean exit`;
          print(`  stopped after SIGTERM in ${exit.seconds.toFixed(1)} s (${how})`);
          const lines = server
            .output()
            .split('\n')
            .filter((line) => line.trim() && !/^ready \d+$/.test(line));
          if (lines.length) {
            print(`  the server logged ${lines.length} line(s) (LOG_LEVEL=warn), last ones:`);
            for (const line of lines.slice(-8)) print(`    | ${line.slice(0, 300)}`);
          }
        }
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  report(o, measurements);
  return 0;
}
