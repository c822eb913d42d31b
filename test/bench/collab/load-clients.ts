import { monitorEventLoopDelay } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { WorkerAssignment, WorkerResult } from './protocol';

const CONNECT_TIMEOUT_MS = 60_000;
/** The event-loop delay histogram includes its own timer interval; it is subtracted. */
const LOOP_DELAY_RESOLUTION_MS = 5;
const TYPED_TEXT = 'Die Teilnahme am Integrationskurs wird beim zuständigen Träger beantragt. ';

/** A keystroke that some other clients of its document have not received yet. */
interface PendingKeystroke {
  sentAt: number;
  remaining: number;
  measured: boolean;
}

/** Shared by the clients of one document: keystrokes by Yjs client id and clock. */
class DocumentTracker {
  readonly pending = new Map<number, Map<number, PendingKeystroke>>();
}

/** Mutable state shared by all clients of this process. */
interface Recorder {
  measuring: boolean;
  latencies: number[];
  deliveries: number[];
  keystrokes: number;
  disconnects: number;
  pendingMeasured: number;
}

/**
 * One simulated editor: own Y.Doc and own WebSocket (like a browser tab), typing at the end
 * of "its" paragraph of the Tiptap document (Y.XmlFragment 'default' → paragraph → text).
 */
class BenchClient {
  readonly doc = new Y.Doc();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private timer: NodeJS.Timeout | undefined;
  private typed = 0;
  private synced = false;

  constructor(
    private readonly assignment: WorkerAssignment,
    readonly documentName: string,
    private readonly index: number,
    private readonly tracker: DocumentTracker,
    private readonly recorder: Recorder,
    token: () => string,
  ) {
    this.socket = new HocuspocusProviderWebsocket({ url: assignment.websocketUrl, WebSocketPolyfill: WebSocket });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: documentName,
      document: this.doc,
      token: assignment.token === null ? null : token,
    });
    this.provider.setAwarenessField('user', { name: `Bench ${documentName} #${index + 1}` });
    this.provider.on('close', () => {
      if (this.synced) this.recorder.disconnects += 1;
    });
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => this.received(transaction));
    this.provider.attach();
  }

  /** Resolves when the initial sync is done; the first client of a document adds missing paragraphs. */
  async connect(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.documentName} client ${this.index + 1} not synced within 60 s`)),
        CONNECT_TIMEOUT_MS,
      );
      this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        clearTimeout(timer);
        reject(new Error(`${this.documentName}: authentication failed (${reason})`));
      });
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (this.provider.isSynced) done();
      else this.provider.on('synced', done);
    });
    this.synced = true;
    const fragment = this.doc.getXmlFragment('default');
    // The first client may still be adding the paragraphs (bare server: documents start empty).
    const deadline = performance.now() + 10_000;
    while (this.index > 0 && fragment.length <= this.index && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    if (this.index === 0 && fragment.length < this.assignment.clientsPerDocument) {
      this.doc.transact(() => {
        for (let i = fragment.length; i < this.assignment.clientsPerDocument; i += 1) {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(`Absatz ${i + 1}: `)]);
          fragment.push([paragraph]);
        }
      });
    }
  }

  private paragraphText(): Y.XmlText {
    const paragraph = this.doc.getXmlFragment('default').get(this.index);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
    if (!(text instanceof Y.XmlText))
      throw new Error(`${this.documentName} has no paragraph ${this.index + 1} with text`);
    return text;
  }

  startTyping(): void {
    const text = this.paragraphText();
    const { keystrokeMinMs: min, keystrokeMaxMs: max } = this.assignment;
    const others = this.assignment.clientsPerDocument - 1;
    const keystroke = () => {
      const clock = Y.getState(this.doc.store, this.doc.clientID);
      const measured = this.recorder.measuring;
      let byClock = this.tracker.pending.get(this.doc.clientID);
      if (!byClock) {
        byClock = new Map<number, PendingKeystroke>();
        this.tracker.pending.set(this.doc.clientID, byClock);
      }
      byClock.set(clock, { sentAt: performance.now(), remaining: others, measured });
      if (measured) {
        this.recorder.keystrokes += 1;
        this.recorder.pendingMeasured += 1;
      }
      text.insert(text.length, TYPED_TEXT[this.typed++ % TYPED_TEXT.length]);
      this.timer = setTimeout(keystroke, min + Math.random() * (max - min));
    };
    // Spread the first keystrokes so that clients do not type in lockstep.
    this.timer = setTimeout(keystroke, Math.random() * max);
  }

  stopTyping(): void {
    clearTimeout(this.timer);
  }

  /** Every remote transaction names the new clocks per Yjs client: look them up as keystrokes. */
  private received(transaction: Y.Transaction): void {
    if (transaction.local) return;
    const now = performance.now();
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      const byClock = this.tracker.pending.get(client);
      if (!byClock) continue;
      for (let clock = before; clock < after; clock += 1) {
        const pending = byClock.get(clock);
        if (!pending) continue;
        pending.remaining -= 1;
        if (pending.measured) this.recorder.deliveries.push(now - pending.sentAt);
        if (pending.remaining === 0) {
          byClock.delete(clock);
          if (pending.measured) {
            this.recorder.latencies.push(now - pending.sentAt);
            this.recorder.pendingMeasured -= 1;
          }
        }
      }
    }
  }

  destroy(): void {
    this.stopTyping();
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}

/** All clients of one load-generator process. */
export class LoadClients {
  private readonly clients: BenchClient[] = [];
  private readonly recorder: Recorder = {
    measuring: false,
    latencies: [],
    deliveries: [],
    keystrokes: 0,
    disconnects: 0,
    pendingMeasured: 0,
  };
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  private token: string;

  constructor(private readonly assignment: WorkerAssignment) {
    this.token = assignment.token ?? '';
  }

  setToken(token: string): void {
    this.token = token;
  }

  /** Connects the first client of every document, then all others; returns the connection count. */
  async connect(): Promise<number> {
    const { documentNames, clientsPerDocument } = this.assignment;
    const trackers = documentNames.map(() => new DocumentTracker());
    const create = (documentIndex: number, clientIndex: number) => {
      const client = new BenchClient(
        this.assignment,
        documentNames[documentIndex],
        clientIndex,
        trackers[documentIndex],
        this.recorder,
        () => this.token,
      );
      this.clients.push(client);
      return client;
    };
    const first = documentNames.map((_, d) => () => create(d, 0).connect());
    const rest = documentNames.flatMap((_, d) =>
      Array.from({ length: clientsPerDocument - 1 }, (__, c) => () => create(d, c + 1).connect()),
    );
    await this.runLimited(first);
    await this.runLimited(rest);
    return this.clients.length;
  }

  private async runLimited(tasks: (() => Promise<void>)[]): Promise<void> {
    let next = 0;
    const lanes = Array.from({ length: Math.min(this.assignment.connectConcurrency, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]();
    });
    await Promise.all(lanes);
  }

  startTyping(): void {
    for (const client of this.clients) client.startTyping();
  }

  startMeasuring(): void {
    this.recorder.measuring = true;
    this.loopDelay.reset();
    this.loopDelay.enable();
  }

  /** Stops typing and waits (at most `drainMs`) until measured keystrokes reached every client. */
  async stop(drainMs = 5000): Promise<WorkerResult> {
    this.recorder.measuring = false;
    this.loopDelay.disable();
    for (const client of this.clients) client.stopTyping();
    const deadline = performance.now() + drainMs;
    while (this.recorder.pendingMeasured > 0 && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      latencies: this.recorder.latencies,
      deliveries: this.recorder.deliveries,
      keystrokes: this.recorder.keystrokes,
      incomplete: this.recorder.pendingMeasured,
      disconnects: this.recorder.disconnects,
      eventLoopDelayP99Ms: Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
      eventLoopDelayMaxMs: Math.max(0, this.loopDelay.max / 1e6 - LOOP_DELAY_RESOLUTION_MS),
    };
  }

  disconnect(): void {
    for (const client of this.clients.splice(0)) client.destroy();
  }
}
