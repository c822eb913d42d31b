import type { Page } from 'playwright-core';
import type { WikiServer } from './wiki-server';

/** Signs in through the login form as the demo user of `role` and waits until it is left. */
export async function signIn(page: Page, wiki: WikiServer, role: 'ADMIN' | 'EDITOR' | 'READER'): Promise<void> {
  const { email, password } = wiki.credentials(role);
  await page.goto(`${wiki.url}/anmelden`);
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
}

/** GraphQL as the page (with its session cookie, if any): the answer's data; errors throw. */
export async function graphqlInPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
