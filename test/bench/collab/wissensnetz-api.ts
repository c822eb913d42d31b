import { withTimeout } from './child-processes';

const REQUEST_TIMEOUT_MS = 15_000;

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A signed-in GraphQL session against our server (the session cookie is kept in memory). */
export class WissensnetzApi {
  private cookie = '';

  constructor(private readonly baseUrl: string) {}

  protected async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await withTimeout(
      fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
      REQUEST_TIMEOUT_MS + 1000,
      'GraphQL request',
    );
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('wn_session='));
    if (session) this.cookie = session.split(';')[0];
    const payload = (await response.json()) as GraphqlResponse<T>;
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
