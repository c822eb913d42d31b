/**
 * Worker thread of BodyDerivationService: derives article bodies from Yjs states, so that
 * validation and HTML/text rendering never block the collaboration event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { BodyDerivationReply, BodyDerivationRequest } from './body-derivation.protocol';
import { deriveBodyFromState } from './derive-body-from-state';

const port = parentPort;
if (!port) throw new Error('body-derivation.worker must run as a worker thread');

port.on('message', ({ id, state }: BodyDerivationRequest) => {
  let reply: BodyDerivationReply;
  try {
    reply = { id, result: deriveBodyFromState(state) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
