import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A signed-in HTTP session against a running wiki (cookie kept like a browser would). */
export class WikiSession {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<WikiSession> {
    const session = new WikiSession(baseUrl);
    await session.graphql('mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }', {
      e: email,
      p: password,
    });
    return session;
  }

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const result = (await response.json()) as { data?: T; errors?: unknown[] };
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** ws reports "closed before the connection was established" as an 'error' event; the provider does not listen. */
class QuietWebSocket extends WebSocket {
  constructor(address: string) {
    super(address);
    this.on('error', () => undefined);
  }
}

export interface EditorConnection {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** How often the WebSocket (re)opened. */
  opens(): number;
  destroy(): void;
}

/** A real provider that reconnects quickly (100 ms – 1 s) after the server goes away. */
export function connectEditor(baseUrl: string, documentName: string, token: string): EditorConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: QuietWebSocket,
    delay: 100,
    factor: 1.5,
    minDelay: 50,
    maxDelay: 1000,
  });
  let opens = 0;
  socket.on('open', () => (opens += 1));
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentName, document: doc, token });
  provider.attach();
  return {
    provider,
    doc,
    opens: () => opens,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
