import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryErrorCode, DirectoryException } from './directory.errors';
import { normaliseLanguageCode } from './directory-languages';
import type { DirectoryAddressInput, DirectoryOpeningHoursInput } from './dto/directory-entry-parts.input';
import { lookupPostalCode } from './postal-codes/german-postal-codes';

/** Checks input values against the code lists; each error names the offending values in `extensions`. */
export function normaliseLanguages(codes: string[]): string[] {
  const unknown: string[] = [];
  const result: string[] = [];
  for (const raw of codes) {
    const code = normaliseLanguageCode(raw);
    if (!code) unknown.push(raw);
    else if (!result.includes(code)) result.push(code);
  }
  if (unknown.length > 0) {
    throw new DirectoryException(
      DirectoryErrorCode.UNKNOWN_LANGUAGE,
      `Unbekannter Sprachcode: ${unknown.join(', ')} (erwartet ISO 639-1 oder ISO 639-3, z. B. „ar“, „ti“, „prs“).`,
      { codes: unknown },
    );
  }
  return result;
}

export function cleanList(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** The postal code must exist; missing coordinates become the postal code's centre. */
export function addressValues(
  input: DirectoryAddressInput,
  index: number,
): Omit<DirectoryAddressEntity, 'id' | 'entryId' | 'entry'> {
  const place = lookupPostalCode(input.postalCode);
  if (!place) {
    throw new DirectoryException(
      DirectoryErrorCode.UNKNOWN_POSTAL_CODE,
      `Die Postleitzahl ${input.postalCode} gibt es nicht (Adresse ${index + 1}).`,
      { postalCode: input.postalCode, addressIndex: index },
    );
  }
  const hasCoordinates = typeof input.latitude === 'number' && typeof input.longitude === 'number';
  return {
    position: index,
    label: input.label.trim(),
    street: input.street.trim(),
    postalCode: input.postalCode,
    city: input.city.trim(),
    district: input.district.trim(),
    latitude: hasCoordinates ? (input.latitude as number) : place.latitude,
    longitude: hasCoordinates ? (input.longitude as number) : place.longitude,
    coordinatesApproximate: !hasCoordinates,
  };
}

export function checkOpeningHours(hours: DirectoryOpeningHoursInput[]): DirectoryOpeningHoursInput[] {
  hours.forEach((row, index) => {
    const opens = row.opens ?? null;
    const closes = row.closes ?? null;
    const problem =
      (opens === null) !== (closes === null)
        ? 'Öffnungs- und Schließzeit gehören zusammen'
        : opens !== null && closes !== null && opens >= closes
          ? 'die Öffnungszeit muss vor der Schließzeit liegen'
          : opens === null && row.note.trim() === ''
            ? 'ein Tag ohne Zeiten braucht eine Notiz'
            : null;
    if (problem) {
      throw new DirectoryException(
        DirectoryErrorCode.INVALID_OPENING_HOURS,
        `Öffnungszeiten, Zeile ${index + 1}: ${problem}.`,
        { index },
      );
    }
  });
  return hours;
}
