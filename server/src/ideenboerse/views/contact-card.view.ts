import { summarizeOpeningHours } from '@wissensnetz/editor/contact-card';
import { DirectoryEntryKind } from '../../directory/directory-entry-kind';
import type { PublicContactCard } from '../public-contact-cards.service';
import { html, type SafeHtml } from '../html';
import type { IdeenboerseUrls } from '../ideenboerse-urls';

const KIND_NAMES: Record<DirectoryEntryKind, string> = {
  [DirectoryEntryKind.COURSE_PROVIDER]: 'Kursträger',
  [DirectoryEntryKind.MIGRANT_ORGANISATION]: 'Migrantenorganisation',
  [DirectoryEntryKind.COUNSELLING_SERVICE]: 'Beratungsstelle',
  [DirectoryEntryKind.AUTHORITY]: 'Behörde',
  [DirectoryEntryKind.OTHER]: 'Sonstige',
};

const WEEKDAYS = ['', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

/**
 * The placeholder that `renderDocumentHtml` (packages/editor, contactCard node) writes for a card.
 * Text and attribute values in body HTML are escaped, so only a real placeholder matches; its
 * content is one fallback paragraph, never a nested div.
 */
const PLACEHOLDER =
  /<div class="contact-card" data-contact-card="" data-entry-id="([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})">[\s\S]*?<\/div>/gi;

/** The entry ids of the contact cards in a body, each once, lower-case. */
export function contactCardEntryIds(bodyHtml: string): string[] {
  return [...new Set([...bodyHtml.matchAll(PLACEHOLDER)].map((match) => (match[1] ?? '').toLowerCase()))];
}

/** Opening hours in one line, as the web's contact card shows them (e.g. "Mo–Fr 08:30–16:00 · Sa 14:00–18:00"). */
export function openingHoursLine(rows: PublicContactCard['openingHours']): string {
  return summarizeOpeningHours(rows, (weekday) => WEEKDAYS[weekday] ?? '');
}

function detail(term: string, value: SafeHtml | string): SafeHtml {
  return html`<dt>${term}</dt><dd>${value}</dd>`;
}

/** One card with the entry's current public data; the name links to the entry in the directory. */
export function contactCard(urls: IdeenboerseUrls, card: PublicContactCard): SafeHtml {
  const address = card.address ? `${card.address.street}, ${card.address.postalCode} ${card.address.city}` : '';
  const website = /^https?:\/\//i.test(card.website) ? card.website : '';
  const hours = [openingHoursLine(card.openingHours), card.openingHoursNote].filter(Boolean).join(' · ');
  const details = [
    address && detail('Adresse', address),
    card.phone && detail('Telefon', html`<a href="tel:${card.phone.replace(/[^\d+]/g, '')}">${card.phone}</a>`),
    card.email && detail('E-Mail', html`<a href="mailto:${card.email}">${card.email}</a>`),
    website && detail('Website', html`<a href="${website}" rel="noopener noreferrer">${website}</a>`),
    hours && detail('Öffnungszeiten', hours),
  ];
  return html`<div class="contact-card" role="group" aria-label="Kontaktkarte: ${card.name}">
<p class="contact-card__head"><a class="contact-card__name" href="${urls.directoryEntry(card.id)}">${card.name}</a> <span class="contact-card__kind">${KIND_NAMES[card.kind]}</span>${
    card.isOutdated &&
    html` <span class="contact-card__outdated"><span aria-hidden="true">⚠ </span>Möglicherweise veraltet</span>`
  }</p>
${details.some(Boolean) && html`<dl class="contact-card__details">${details}</dl>`}
</div>`;
}

/** A card whose entry is not public (or no longer exists): no name, no link, nothing from the entry. */
const UNAVAILABLE = html`<div class="contact-card contact-card--unavailable" role="note"><p>Kontaktkarte: Eintrag nicht öffentlich verfügbar</p></div>`;

/**
 * The body with every contact card placeholder replaced: PUBLIC entries in `cards` by their
 * current data, every other one by a neutral note, so an INTERNAL entry's id is not shown either.
 */
export function fillContactCards(
  urls: IdeenboerseUrls,
  bodyHtml: string,
  cards: ReadonlyMap<string, PublicContactCard>,
): string {
  return bodyHtml.replace(PLACEHOLDER, (_match, entryId: string) => {
    const card = cards.get(entryId.toLowerCase());
    return (card ? contactCard(urls, card) : UNAVAILABLE).value;
  });
}

/**
 * The body for public API clients: placeholders of PUBLIC entries stay (clients fill them in
 * from the public directory), every other one becomes the neutral note, without its id.
 */
export function withoutNonPublicCards(bodyHtml: string, publicIds: ReadonlySet<string>): string {
  return bodyHtml.replace(PLACEHOLDER, (match, entryId: string) =>
    publicIds.has(entryId.toLowerCase()) ? match : UNAVAILABLE.value,
  );
}
