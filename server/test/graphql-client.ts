export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } & Record<string, unknown> }[];
  text: string;
  headers: Headers;
}

/** Talks to the running test server over HTTP like a browser: JSON POSTs and a session cookie. */
export class GraphqlClient {
  cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    init: { body?: string } = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: init.body ?? JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    let parsed: { data?: T | null; errors?: GraphqlResponse<T>['errors'] } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      // not JSON (e.g. a 413 page); callers inspect status and text
    }
    return { status: response.status, data: parsed.data, errors: parsed.errors, text, headers: response.headers };
  }

  /** The data, or a thrown error naming the GraphQL errors. */
  async expectData<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result.text)}`);
    }
    return result.data;
  }

  /** The error code of the first error (undefined when the call succeeded). */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }
}
