import { DirectoryEntryKind } from '../directory-entry-kind';
import type { DirectoryContactPersonEntity } from '../directory-contact-person.entity';
import type { DirectoryEntryEntity } from '../directory-entry.entity';

const KIND_NAMES: Record<DirectoryEntryKind, string> = {
  [DirectoryEntryKind.COURSE_PROVIDER]: 'Kursträger',
  [DirectoryEntryKind.MIGRANT_ORGANISATION]: 'Migrantenorganisation',
  [DirectoryEntryKind.COUNSELLING_SERVICE]: 'Beratungsstelle',
  [DirectoryEntryKind.AUTHORITY]: 'Behörde',
  [DirectoryEntryKind.OTHER]: 'Sonstiges',
};

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks in text values. */
export function escapeVcardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence. */
export function foldVcardLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

type Property = [name: string, value: string];

function card(properties: Property[]): string {
  const lines = [['BEGIN', 'VCARD'], ['VERSION', '4.0'], ...properties, ['END', 'VCARD']];
  return lines.map(([name, value]) => foldVcardLine(`${name}:${value}`)).join('\r\n') + '\r\n';
}

/**
 * One vCard 4.0 (KIND:org) per entry, followed by one card (KIND:individual) per contact person
 * when `contacts` is given, which callers only do for signed-in staff.
 */
export function directoryVcards(
  entries: DirectoryEntryEntity[],
  contacts: Map<string, DirectoryContactPersonEntity[]> | null,
): string {
  return entries
    .map((entry) => {
      const text = escapeVcardText;
      const properties: Property[] = [
        ['KIND', 'org'],
        ['UID', `urn:uuid:${entry.id}`],
        ['FN', text(entry.name)],
        ['ORG', text(entry.name)],
      ];
      if (entry.shortName) properties.push(['NICKNAME', text(entry.shortName)]);
      const addresses = [...(entry.addresses ?? [])].sort((a, b) => a.position - b.position);
      for (const [index, address] of addresses.entries()) {
        const pref = index === 0 ? ';PREF=1' : '';
        // ADR components: post office box; extended address; street; locality; region; postal code; country.
        const components = ['', address.label, address.street, address.city, address.district, address.postalCode];
        properties.push([`ADR;TYPE=work${pref}`, [...components.map(text), 'Deutschland'].join(';')]);
        if (!address.coordinatesApproximate) {
          properties.push([`GEO${pref}`, `geo:${address.latitude},${address.longitude}`]);
        }
      }
      if (entry.phone) properties.push(['TEL;TYPE=work,voice', text(entry.phone)]);
      if (entry.email) properties.push(['EMAIL;TYPE=work', text(entry.email)]);
      if (entry.website) properties.push(['URL', entry.website]);
      for (const language of entry.languages) properties.push(['LANG', language]);
      properties.push(['CATEGORIES', [KIND_NAMES[entry.kind], ...entry.tags].map(text).join(',')]);
      if (entry.descriptionText) properties.push(['NOTE', text(entry.descriptionText)]);
      properties.push(['REV', entry.updatedAt.toISOString().replace(/[-:]|\.\d{3}/g, '')]);
      const people = (contacts?.get(entry.id) ?? []).map((person) => {
        const personal: Property[] = [
          ['KIND', 'individual'],
          ['UID', `urn:uuid:${person.id}`],
          ['FN', text(person.name)],
          ['ORG', text(entry.name)],
          ['RELATED;TYPE=colleague', `urn:uuid:${entry.id}`],
        ];
        if (person.role) personal.push(['ROLE', text(person.role)]);
        if (person.phone) personal.push(['TEL;TYPE=work,voice', text(person.phone)]);
        if (person.email) personal.push(['EMAIL;TYPE=work', text(person.email)]);
        for (const language of person.languages) personal.push(['LANG', language]);
        return card(personal);
      });
      return [card(properties), ...people].join('');
    })
    .join('');
}
