import urql from '@urql/vue';
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createGraphqlClient } from '@/graphql/createGraphqlClient';
import { createAppI18n } from '@/i18n';
import ProgrammesSection from './ProgrammesSection.vue';

const agencies = Array.from({ length: 9 }, (_, index) => ({
  __typename: 'Agency',
  id: `a${index + 1}`,
  name: `Jobcenter ${String.fromCharCode(65 + index)}`,
  kind: 'JOBCENTER',
  region: 'NRW',
}));

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

type Answer = (request: SentRequest) => unknown;

const json = (body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));

async function mountSection(onCreate: Answer) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as SentRequest;
      sent.push(request);
      if (request.operationName === 'Agencies') return json({ data: { agencies } });
      if (request.operationName === 'ProgrammeList') return json({ data: { programmes: [] } });
      return json(onCreate(request));
    }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => h('p') } },
      { path: '/programme/:slug', name: 'programme', component: { render: () => h('p') } },
    ],
  });
  await router.push('/');
  const wrapper = mount(ProgrammesSection, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n('de'), router, [urql, createGraphqlClient({ url: 'http://localhost/graphql' })]],
    },
  });
  await flushPromises();
  return { wrapper, sent };
}

async function fillForm(wrapper: VueWrapper, agencyCount: number) {
  const form = wrapper.get('form');
  await form.get('input[type="text"]').setValue('Interkulturelle Öffnung 5.0');
  const [starts, ends] = form.findAll('input[type="date"]');
  await starts?.setValue('2022-09-01');
  await ends?.setValue('2023-06-30');
  const boxes = form.findAll('input[type="checkbox"]');
  for (const box of boxes.slice(0, agencyCount)) await box.setValue(true);
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ProgrammesSection', () => {
  it('states the 3–8 agency rule in the form and ties it to the agency choice', async () => {
    const { wrapper } = await mountSection(() => ({}));
    const fieldset = wrapper.get('fieldset');
    expect(fieldset.get('legend').text()).toBe('Teilnehmende Dienststellen');
    const ruleId = fieldset.attributes('aria-describedby')?.split(' ')[0] ?? '';
    expect(wrapper.get(`#${ruleId}`).text()).toBe('Ein Programm läuft mit mindestens 3 und höchstens 8 Dienststellen.');
    expect(fieldset.findAll('input[type="checkbox"]')).toHaveLength(9);
    await fillForm(wrapper, 2);
    expect(fieldset.text()).toContain('Ausgewählt: 2');
  });

  it('does not send a programme with too few agencies and says why', async () => {
    const { wrapper, sent } = await mountSection(() => ({}));
    await fillForm(wrapper, 2);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.map((r) => r.operationName)).not.toContain('CreateProgramme');
    const fieldset = wrapper.get('fieldset');
    expect(fieldset.attributes('aria-invalid')).toBe('true');
    expect(fieldset.get('.field-error').text()).toBe(
      'Bitte wählen Sie mindestens 3 Dienststellen aus (ausgewählt: 2).',
    );
    expect(document.activeElement).toBe(fieldset.get('input[type="checkbox"]').element);
  });

  it('does not send a programme with more than 8 agencies', async () => {
    const { wrapper, sent } = await mountSection(() => ({}));
    await fillForm(wrapper, 9);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.map((r) => r.operationName)).not.toContain('CreateProgramme');
    expect(wrapper.get('.field-error').text()).toBe('Bitte wählen Sie höchstens 8 Dienststellen aus (ausgewählt: 9).');
  });

  it('shows the server’s rejection of the agency count clearly and keeps the input', async () => {
    const { wrapper } = await mountSection(() => ({
      data: null,
      errors: [
        {
          message: 'Ein Programm läuft mit mindestens 3 und höchstens 8 Dienststellen; angegeben: 3.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PROGRAMME_AGENCY_COUNT', min: 3, max: 8, given: 3 },
        },
      ],
    }));
    await fillForm(wrapper, 3);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const message =
      'Der Server hat die Auswahl abgelehnt: Ein Programm braucht mindestens 3 und höchstens 8 Dienststellen (angegeben: 3).';
    expect(wrapper.get('[role="alert"]').text()).toBe(message);
    expect(wrapper.get('fieldset .field-error').text()).toBe(message);
    expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe('Interkulturelle Öffnung 5.0');
    expect(wrapper.findAll('input[type="checkbox"]:checked')).toHaveLength(3);
  });

  it('shows other server errors with their message', async () => {
    const { wrapper } = await mountSection(() => ({
      data: null,
      errors: [
        {
          message: 'Das Ende des Programms liegt vor seinem Beginn.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PROGRAMME_INVALID_PERIOD' },
        },
      ],
    }));
    await fillForm(wrapper, 4);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Das Ende des Programms liegt vor seinem Beginn.');
  });

  it('creates a programme with the chosen agencies and confirms', async () => {
    const { wrapper, sent } = await mountSection((request) => ({
      data: {
        createProgramme: {
          __typename: 'Programme',
          id: 'p-new',
          slug: 'ikoe-5',
          name: 'Interkulturelle Öffnung 5.0',
          description: '',
          startsOn: '2022-09-01',
          endsOn: '2023-06-30',
          agencies: agencies
            .filter((a) => ((request.variables.input as { agencyIds: string[] }).agencyIds ?? []).includes(a.id))
            .map(({ id, name }) => ({ __typename: 'Agency', id, name })),
        },
      },
    }));
    await fillForm(wrapper, 4);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operationName === 'CreateProgramme')?.variables).toEqual({
      input: {
        name: 'Interkulturelle Öffnung 5.0',
        startsOn: '2022-09-01',
        endsOn: '2023-06-30',
        description: '',
        agencyIds: ['a1', 'a2', 'a3', 'a4'],
      },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('„Interkulturelle Öffnung 5.0“ wurde angelegt.');
    expect(wrapper.findAll('input[type="checkbox"]:checked')).toHaveLength(0);
  });
});
