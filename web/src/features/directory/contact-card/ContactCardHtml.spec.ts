import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { mountDirectory, type SentRequest } from '../test/mountDirectory';
import ContactCardHtml from './ContactCardHtml.vue';

const PUBLIC_ID = '0b6f2c1e-4a57-4c3e-9d0a-5b8f6a1d2e3f';
const OTHER_ID = '7d1e9a40-2c3b-4f5e-8a6d-1c2b3a4d5e6f';
const HIDDEN_ID = '11111111-2222-4333-8444-555555555555';

const placeholder = (id: string) =>
  `<div class="contact-card" data-contact-card="" data-entry-id="${id}"><p class="contact-card__fallback">Kontaktkarte aus dem Adressverzeichnis</p></div>`;

const entry = (id: string, name: string, phone: string, isOutdated = false) => ({
  __typename: 'DirectoryEntry',
  id,
  kind: 'COURSE_PROVIDER',
  name,
  shortName: '',
  phone,
  email: 'info@sprachschule-beispiel.example',
  website: 'https://sprachschule-beispiel.example',
  isOutdated,
  addresses: [
    {
      __typename: 'DirectoryAddress',
      id: `${id}-a`,
      label: '',
      street: 'Musterweg 3',
      postalCode: '73728',
      city: 'Esslingen am Neckar',
    },
  ],
  openingHours: [1, 2, 3, 4, 5].map((weekday) => ({
    __typename: 'DirectoryOpeningHours',
    weekday,
    opens: '08:30',
    closes: '16:00',
    note: '',
  })),
  openingHoursNote: '',
});

const html = ref('');
const Page = defineComponent({ render: () => h(ContactCardHtml, { html: html.value }) });

function answer(phone: string) {
  return (request: SentRequest) => {
    if (request.operationName !== 'DirectoryContactCards') return { data: null };
    const ids = request.variables.ids as string[];
    // The hidden entry is left out, as the server does for anonymous visitors and INTERNAL entries.
    const known = [
      entry(PUBLIC_ID, 'Sprachschule Beispiel gGmbH', phone),
      entry(OTHER_ID, 'Anderer Anbieter', '', true),
    ];
    return { data: { directoryEntriesByIds: known.filter((candidate) => ids.includes(candidate.id)) } };
  };
}

describe('ContactCardHtml', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('fills every placeholder with the live card, fetched in one request', async () => {
    html.value = `<h2>Anbieter</h2>${placeholder(PUBLIC_ID)}<p>Text</p>${placeholder(HIDDEN_ID)}${placeholder(OTHER_ID)}`;
    const { wrapper, sent } = await mountDirectory(Page, 'directory', '/verzeichnis', answer('0711 000001'));
    // Cards collect their ids for one timer tick before the request goes out.
    await vi.waitFor(() => expect(wrapper.findAll('article.contact-card')).toHaveLength(2));

    const cardRequests = sent.filter((request) => request.operationName === 'DirectoryContactCards');
    expect(cardRequests).toHaveLength(1);
    expect(cardRequests[0]?.variables.ids).toEqual([PUBLIC_ID, HIDDEN_ID, OTHER_ID]);

    const cards = wrapper.findAll('article.contact-card');
    expect(cards.map((card) => card.attributes('aria-label'))).toEqual([
      'Kontaktkarte: Sprachschule Beispiel gGmbH',
      'Kontaktkarte: Anderer Anbieter',
    ]);
    const first = cards[0];
    expect(first?.text()).toContain('Musterweg 3, 73728 Esslingen am Neckar');
    expect(first?.text()).toContain('Mo–Fr 08:30–16:00');
    expect(first?.find('a[href="tel:0711000001"]').attributes('aria-label')).toBe(
      'Sprachschule Beispiel gGmbH anrufen: 0711 000001',
    );
    expect(first?.find('a[href="/verzeichnis/' + PUBLIC_ID + '"]').exists()).toBe(true);
    expect(first?.text()).not.toContain('Möglicherweise veraltet');
    expect(cards[1]?.text()).toContain('Möglicherweise veraltet');

    const unavailable = wrapper.findAll('.contact-card--unavailable');
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]?.text()).toBe('Eintrag nicht verfügbar');
    expect(wrapper.text()).not.toContain('Kontaktkarte aus dem Adressverzeichnis');
    wrapper.unmount();
  });

  it('replaces the cards when the HTML changes', async () => {
    html.value = placeholder(OTHER_ID);
    const { wrapper } = await mountDirectory(Page, 'directory', '/verzeichnis', answer('0711 999999'));
    await vi.waitFor(() => expect(wrapper.findAll('article.contact-card')).toHaveLength(1));

    html.value = `<p>Neu</p>${placeholder(OTHER_ID)}${placeholder(OTHER_ID)}`;
    await nextTick();
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.findAll('article.contact-card')).toHaveLength(2));
    expect(wrapper.text()).toContain('Neu');
    wrapper.unmount();
  });
});
