/**
 * Worker thread of BodyDerivationService: derives article bodies from Yjs states (keeping a
 * copy of each open document, see DerivationDocuments), so that validation and HTML/text rendering never block the collaboration event loop.
 */
import { constants, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { BodyDerivationReply, BodyDerivationRequest } from './body-derivation.protocol';
import { DerivationDocuments } from './derivation-documents';

const port = parentPort;
if (!port) throw new Error('body-derivation.worker must run as a worker thread');

// Deriving is background work: on a busy machine it must not take the CPU from the thread that
// relays keystrokes. On Linux setpriority(0) renices only the calling thread (elsewhere the
// whole process, hence Linux only).
if (process.platform === 'linux') {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted in this environment: derive at normal priority.
  }
}

const documents = new DerivationDocuments();

port.on('message', (request: BodyDerivationRequest) => {
  if (request.type === 'forget') {
    documents.forget(request.key);
    return;
  }
  const { id, ...input } = request;
  let reply: BodyDerivationReply;
  try {
    reply = { id, result: documents.derive(input) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
