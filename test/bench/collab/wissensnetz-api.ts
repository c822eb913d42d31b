import { Agent, request as httpRequest } from 'node:http';
import { withTimeout } from './child-processes';

const REQUEST_TIMEOUT_MS = 15_000;

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/**
 * Keep-alive connections, like a browser's. node:http rather than fetch: the load generator
 * shares the machine's two cores with the server and the database, and fetch costs several
 * times more CPU per request, which would be charged to the server's latency.
 */
const AGENT = new Agent({ keepAlive: true });

interface HttpAnswer {
  status: number;
  setCookies: string[];
  body: string;
}

function postJson(url: string, body: string, cookie: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method: 'POST',
        agent: AGENT,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            setCookies: incoming.headers['set-cookie'] ?? [],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from ${url} within ${REQUEST_TIMEOUT_MS} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A signed-in GraphQL session against our server (the session cookie is kept in memory). */
export class WissensnetzApi {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  protected async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await withTimeout(
      postJson(`${this.baseUrl}/graphql`, JSON.stringify({ query, variables }), this.cookie),
      REQUEST_TIMEOUT_MS + 1000,
      'GraphQL request',
    );
    const session = response.setCookies.find((cookie) => cookie.startsWith('wn_session='));
    if (session) this.cookie = session.split(';')[0] ?? '';
    let payload: GraphqlResponse<T>;
    try {
      payload = JSON.parse(response.body) as GraphqlResponse<T>;
    } catch {
      throw new Error(`GraphQL answer is not JSON (HTTP ${response.status}): ${response.body.slice(0, 200)}`);
    }
    if (payload.errors?.length || !payload.data) {
      throw new Error(`GraphQL failed (HTTP ${response.status}): ${payload.errors?.map((e) => e.message).join('; ')}`);
    }
    return payload.data;
  }

  async login(email: string, password: string): Promise<void> {
    await this.request('mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email, password },
    });
    if (!this.cookie) throw new Error('login did not set the wn_session cookie');
  }

  async createArticle(title: string, paragraphs: string[]): Promise<string> {
    const body = {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    };
    const data = await this.request<{ createArticle: { id: string } }>(
      'mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id } }',
      { input: { title, body } },
    );
    return data.createArticle.id;
  }

  async collaborationToken(): Promise<string> {
    const data = await this.request<{ collaborationToken: string }>('query { collaborationToken }');
    return data.collaborationToken;
  }
}
