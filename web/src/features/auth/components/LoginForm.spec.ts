import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import LoginForm from './LoginForm.vue';

function jsonResponse(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function mountWithServer(body: unknown) {
  const fetchMock = vi.fn(() => Promise.resolve(jsonResponse(body)));
  vi.stubGlobal('fetch', fetchMock);
  const client = createGraphqlClient({ url: 'http://localhost/graphql' });
  const wrapper = mount(LoginForm, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('de'), [urql, client]] },
  });
  return { wrapper, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('LoginForm', () => {
  it('shows a linked error message when the server rejects the credentials', async () => {
    const { wrapper, fetchMock } = mountWithServer({
      data: null,
      errors: [{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }],
    });

    await wrapper.find('input[type="email"]').setValue('anna@example.org');
    await wrapper.find('input[type="password"]').setValue('wrong password');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');

    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toBe('E-Mail-Adresse oder Passwort ist nicht korrekt. Bitte versuchen Sie es erneut.');
    const email = wrapper.find('input[type="email"]');
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(email.attributes('aria-describedby')).toBe(alert.attributes('id'));
    expect((wrapper.find('input[type="password"]').element as HTMLInputElement).value).toBe('');
    expect(wrapper.emitted('success')).toBeUndefined();
  });

  it('asks for both fields without calling the server', async () => {
    const { wrapper, fetchMock } = mountWithServer({ data: null });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.find('[role="alert"]').text()).toContain('Bitte geben Sie E-Mail-Adresse und Passwort ein.');
  });

  it('labels the fields and the button for assistive technology', () => {
    const { wrapper } = mountWithServer({ data: null });
    const labels = wrapper.findAll('label').map((label) => label.text());
    expect(labels).toEqual(['E-Mail', 'Passwort']);
    expect(wrapper.find('button[type="submit"]').text()).toBe('Anmelden');
  });

  it('emits success after a valid login', async () => {
    const { wrapper } = mountWithServer({
      data: { login: { __typename: 'User', id: 'u1', email: 'a@b.de', displayName: 'Anna', role: 'EDITOR' } },
    });
    await wrapper.find('input[type="email"]').setValue('a@b.de');
    await wrapper.find('input[type="password"]').setValue('secret');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('success')).toHaveLength(1);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});
