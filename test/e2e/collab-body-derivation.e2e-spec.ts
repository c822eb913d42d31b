import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { documentToYDoc } from '@wissensnetz/editor';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/** The built server's body derivation (server/dist), i.e. the worker thread production runs. */
const serverRequire = createRequire(resolve(import.meta.dirname, '..', '..', 'server', 'package.json'));

interface DerivedBody {
  valid: boolean;
  reason?: string;
  body?: { bodyHtml: string; bodyText: string };
}
interface DerivationInput {
  key: string;
  state: Uint8Array;
  update?: Uint8Array;
  stateVector: Uint8Array;
}
type PreparedDerivation = { derived: DerivedBody } | { failed: Error } | { input: DerivationInput };
interface BodyDerivationService {
  workerFile: string | null;
  inlineStateBytes: number;
  readonly usesWorker: boolean;
  prepare(key: string, document: Y.Doc, state: Uint8Array): PreparedDerivation;
  derive(prepared: PreparedDerivation): Promise<DerivedBody>;
  forget(key: string): void;
  onApplicationShutdown(): Promise<void>;
}
const { BodyDerivationService } = serverRequire('./dist/collaboration/body-derivation.service.js') as {
  BodyDerivationService: new () => BodyDerivationService;
};
const { deriveBodyFromState } = serverRequire('./dist/collaboration/derive-body-from-state.js') as {
  deriveBodyFromState: (state: Uint8Array) => DerivedBody;
};

/** Types `text` at the start of the first paragraph, as an editor would. */
function typeInto(document: Y.Doc, text: string): void {
  const block = document.getXmlFragment('default').get(0) as Y.XmlElement;
  (block.get(0) as Y.XmlText).insert(0, text);
}

const paragraph = (text: string) =>
  Y.encodeStateAsUpdate(
    documentToYDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
  );

let nextKey = 1;
/** A one-off state for the worker, as a document stored once. */
const once = (state: Uint8Array): PreparedDerivation => ({
  input: { key: `article:${nextKey++}`, state, stateVector: Y.encodeStateVectorFromUpdate(state) },
});

/** Nice value of a process or thread from /proc (field 19 of stat). */
const niceOf = (statPath: string) => Number(readFileSync(statPath, 'utf8').split(') ')[1].split(' ')[16]);

describe('body derivation in the built server (worker thread)', () => {
  const service = new BodyDerivationService();
  // Every document goes to the worker here, however small.
  service.inlineStateBytes = 0;
  const scratch = mkdtempSync(join(tmpdir(), 'wn-derivation-'));
  afterAll(async () => {
    await service.onApplicationShutdown();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('derives in a worker thread exactly what the calling thread would derive', async () => {
    expect(service.usesWorker).toBe(true);
    const states = ['Erster Absatz', 'Zweiter <Absatz> & mehr', 'Dritter'].map(paragraph);
    const derived = await Promise.all(states.map((state) => service.derive(once(state))));
    expect(derived).toEqual(states.map((state) => deriveBodyFromState(state)));
    expect(derived[1].body?.bodyHtml).toBe('<p>Zweiter &lt;Absatz&gt; &amp; mehr</p>');
  });

  it.runIf(process.platform === 'linux')('lowers the priority of the worker thread only', async () => {
    await service.derive(once(paragraph('Priorität')));
    const threads = readdirSync('/proc/self/task').map((tid) => niceOf(`/proc/self/task/${tid}/stat`));
    expect(niceOf('/proc/self/stat')).toBe(0);
    expect(threads.filter((nice) => nice === 10)).toHaveLength(1);
    expect(threads.filter((nice) => nice !== 10).every((nice) => nice === 0)).toBe(true);
  });

  it('reports content the schema refuses as invalid, and garbage as a failed derivation', async () => {
    const document = new Y.Doc();
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [new Y.XmlText()]);
    document.getXmlFragment('default').insert(0, [element]);
    (element.get(0) as Y.XmlText).insert(0, 'Klick', { link: { href: 'javascript:alert(1)' } });
    await expect(service.derive(once(Y.encodeStateAsUpdate(document)))).resolves.toMatchObject({ valid: false });
    await expect(
      service.derive({
        input: { key: 'garbage', state: new Uint8Array([255, 255, 255, 255, 1, 2, 3]), stateVector: new Uint8Array() },
      }),
    ).rejects.toThrow('Body derivation failed');
    await expect(service.derive(once(paragraph('danach')))).resolves.toMatchObject({ valid: true });
  });

  it('fails the pending derivations of a crashed worker and starts a new one on the next call', async () => {
    const realWorker = service.workerFile;
    const crashing = join(scratch, 'crashing.worker.cjs');
    writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const recovering = new BodyDerivationService();
    recovering.inlineStateBytes = 0;
    recovering.workerFile = crashing;
    const live = documentToYDoc({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'weg' }] }],
    });
    const store = () => recovering.prepare('article:live', live, Y.encodeStateAsUpdate(live));
    await expect(recovering.derive(store())).rejects.toThrow('exited (code 3)');
    recovering.workerFile = realWorker;
    typeInto(live, 'wieder da ');
    // Only the changes since the lost store reach the new worker, with the whole state to rebuild from.
    const prepared = store();
    expect('input' in prepared && prepared.input.update).toBeTruthy();
    await expect(recovering.derive(prepared)).resolves.toMatchObject({
      valid: true,
      body: { bodyText: 'wieder da weg' },
    });
    await recovering.onApplicationShutdown();
  });

  it('derives every store of a live document from its changes alone, as from its whole state', async () => {
    const live = documentToYDoc({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kurs' }] }],
    });
    for (const word of ['Sprach', 'Berufs', 'Der ']) {
      typeInto(live, word);
      const state = Y.encodeStateAsUpdate(live);
      const prepared = service.prepare('article:typing', live, state);
      expect('input' in prepared).toBe(true);
      await expect(service.derive(prepared)).resolves.toEqual(deriveBodyFromState(state));
    }
    service.forget('article:typing');
  });

  it('derives small documents at once on the calling thread, large ones in the worker', async () => {
    const sized = new BodyDerivationService();
    try {
      const live = documentToYDoc({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kurz' }] }],
      });
      const small = sized.prepare('article:sized', live, Y.encodeStateAsUpdate(live));
      expect(small).toEqual({ derived: deriveBodyFromState(Y.encodeStateAsUpdate(live)) });
      typeInto(live, 'lang '.repeat(8_000));
      const state = Y.encodeStateAsUpdate(live);
      expect(state.length).toBeGreaterThan(sized.inlineStateBytes);
      const large = sized.prepare('article:sized', live, state);
      expect('input' in large).toBe(true);
      await expect(sized.derive(large)).resolves.toEqual(deriveBodyFromState(state));
    } finally {
      await sized.onApplicationShutdown();
    }
  });
});
