/**
 * The reference: a bare `@hocuspocus/server` Server on its own port, no extensions.
 * start-servers.ts transpiles this file to plain JavaScript and runs it with `node` (no
 * TypeScript loader in the measured process), passing the module URL of @hocuspocus/server
 * in HOCUSPOCUS_SERVER_MODULE and the port in PORT.
 */
import type * as HocuspocusServer from '@hocuspocus/server';

const moduleUrl = process.env.HOCUSPOCUS_SERVER_MODULE;
const port = Number(process.env.PORT);
if (!moduleUrl || !Number.isInteger(port)) throw new Error('HOCUSPOCUS_SERVER_MODULE and PORT are required');

const { Server } = (await import(moduleUrl)) as typeof HocuspocusServer;
const server = new Server({ name: 'bare', port, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
process.stdout.write(`ready ${port}\n`);

process.once('SIGTERM', () => {
  void server.destroy().then(() => process.exit(0));
});
