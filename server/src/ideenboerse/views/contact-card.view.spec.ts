import { renderDocumentHtml } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { DirectoryEntryKind } from '../../directory/directory-entry-kind';
import { IdeenboerseUrls } from '../ideenboerse-urls';
import type { PublicContactCard } from '../public-contact-cards.service';
import { contactCardEntryIds, fillContactCards, openingHoursLine } from './contact-card.view';

const PUBLIC_ID = '0b6f2c1e-4a57-4c3e-9d0a-5b8f6a1d2e3f';
const INTERNAL_ID = '7d1e9a40-2c3b-4f5e-8a6d-1c2b3a4d5e6f';
const urls = new IdeenboerseUrls('https://wissensnetz.example');

const body = renderDocumentHtml({
  type: 'doc',
  content: [
    { type: 'contactCard', attrs: { entryId: PUBLIC_ID } },
    // Text that looks like a placeholder is escaped in body HTML and stays text.
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: `<div class="contact-card" data-contact-card="" data-entry-id="${INTERNAL_ID}"></div>` },
      ],
    },
    {
      type: 'callout',
      attrs: { variant: 'info' },
      content: [{ type: 'contactCard', attrs: { entryId: INTERNAL_ID } }],
    },
    { type: 'contactCard', attrs: { entryId: PUBLIC_ID } },
  ],
});

const card: PublicContactCard = {
  id: PUBLIC_ID,
  kind: DirectoryEntryKind.AUTHORITY,
  name: 'Ausländerbehörde <Esslingen> & Co',
  address: { street: 'Marktplatz 1', postalCode: '73728', city: 'Esslingen' },
  phone: '0711 3512-0',
  email: 'abh@esslingen.example',
  website: 'javascript:alert(1)',
  openingHours: [],
  openingHoursNote: '',
  isOutdated: false,
};

describe('contact cards on public pages', () => {
  it('finds the entry ids of the placeholders only, each once', () => {
    expect(contactCardEntryIds(body)).toEqual([PUBLIC_ID, INTERNAL_ID]);
  });

  it('fills PUBLIC entries with escaped data and every other card with a neutral note', () => {
    const filled = fillContactCards(urls, body, new Map([[PUBLIC_ID, card]]));

    expect(filled.match(/aria-label="Kontaktkarte: Ausländerbehörde &lt;Esslingen&gt; &amp; Co"/g)).toHaveLength(2);
    expect(filled).toContain(`<a class="contact-card__name" href="/verzeichnis/${PUBLIC_ID}">`);
    expect(filled).toContain('<span class="contact-card__kind">Behörde</span>');
    expect(filled).toContain('<a href="tel:071135120">0711 3512-0</a>');
    // Only http(s) websites are linked or shown.
    expect(filled).not.toContain('javascript:');
    expect(filled).not.toContain('<dt>Website</dt>');
    expect(filled).not.toContain('<dt>Öffnungszeiten</dt>');
    expect(filled).toContain('<p>Kontaktkarte: Eintrag nicht öffentlich verfügbar</p>');
    expect(filled).toContain(`data-entry-id=&quot;${INTERNAL_ID}&quot;`);
    expect(filled).not.toContain(`data-entry-id="${INTERNAL_ID}"`);
    expect(filled).not.toContain(`/verzeichnis/${INTERNAL_ID}`);
    expect(filled).not.toContain('Kontaktkarte aus dem Adressverzeichnis');
  });

  it('summarises opening hours like the web card: neighbouring equal days joined', () => {
    const row = (weekday: number, opens: string | null, closes: string | null, note = '') => ({
      weekday,
      opens,
      closes,
      note,
    });
    expect(
      openingHoursLine([
        ...[1, 2, 3, 4, 5].map((weekday) => row(weekday, '08:30', '16:00')),
        row(6, '14:00', '18:00', 'Frauencafé'),
        row(7, null, null, 'nach Vereinbarung'),
      ]),
    ).toBe('Mo–Fr 08:30–16:00 · Sa 14:00–18:00 (Frauencafé) · So nach Vereinbarung');
    expect(openingHoursLine([row(1, '09:00', '12:00'), row(2, '09:00', '12:00'), row(4, '09:00', '12:00')])).toBe(
      'Mo, Di 09:00–12:00 · Do 09:00–12:00',
    );
    expect(openingHoursLine([])).toBe('');
  });
});
