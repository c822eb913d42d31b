/**
 * A load-generator process (forked by run-collab-bench.ts): runs the clients of its share of
 * the documents and answers the coordinator's phase messages over IPC.
 */
import { LoadClients } from './load-clients';
import type { FromWorker, ToWorker } from './protocol';

let clients: LoadClients | undefined;

function send(message: FromWorker): void {
  process.send?.(message);
}

function fail(error: unknown): void {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  clients?.disconnect();
  setTimeout(() => process.exit(1), 200).unref();
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'connect': {
      const started = performance.now();
      clients = new LoadClients(message.assignment);
      const connections = await clients.connect();
      send({ type: 'connected', connections, seconds: (performance.now() - started) / 1000 });
      return;
    }
    case 'token':
      clients?.setToken(message.token);
      return;
    case 'start-typing':
      clients?.startTyping();
      return;
    case 'start-measuring':
      clients?.startMeasuring();
      return;
    case 'stop':
      if (clients) send({ type: 'result', result: await clients.stop() });
      return;
    case 'disconnect':
      clients?.disconnect();
      // Let the close frames go out before reporting.
      await new Promise((r) => setTimeout(r, 300));
      send({ type: 'disconnected' });
      return;
  }
}

if (!process.send) throw new Error('load-worker.ts runs only as a child process of run-collab-bench.ts');
process.on('message', (message: ToWorker) => {
  handle(message).catch(fail);
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// The coordinator went away: do not linger.
process.on('disconnect', () => process.exit(0));
