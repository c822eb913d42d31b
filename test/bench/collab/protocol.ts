/** Messages between the benchmark and its load-generator processes (child_process IPC). */

export interface WorkerAssignment {
  websocketUrl: string;
  documentNames: string[];
  clientsPerDocument: number;
  keystrokeMinMs: number;
  keystrokeMaxMs: number;
  connectConcurrency: number;
  /** Collaboration token (null: the server takes any). */
  token: string | null;
}

export interface WorkerResult {
  /** Keystroke → every other client of the document has it, in ms (measured keystrokes only). */
  latencies: number[];
  /** Keystroke → each single other client has it, in ms (every delivery of a measured keystroke). */
  deliveries: number[];
  /** Measured keystrokes. */
  keystrokes: number;
  /** Measured keystrokes that had not reached every other client when the drain period ended. */
  incomplete: number;
  /** WebSocket closes after the initial sync (reconnects). */
  disconnects: number;
  /** Event-loop delay of the load generator during the measurement (ms). */
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export type ToWorker =
  | { type: 'connect'; assignment: WorkerAssignment }
  | { type: 'token'; token: string }
  | { type: 'start-typing' }
  | { type: 'start-measuring' }
  | { type: 'stop' }
  | { type: 'disconnect' };

export type FromWorker =
  | { type: 'connected'; connections: number; seconds: number }
  | { type: 'result'; result: WorkerResult }
  | { type: 'disconnected' }
  | { type: 'error'; message: string };
