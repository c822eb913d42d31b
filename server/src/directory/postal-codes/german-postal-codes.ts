import { GERMAN_POSTAL_CODES_TSV } from './german-postal-codes.data';

export interface PostalCodePlace {
  postalCode: string;
  latitude: number;
  longitude: number;
  /** True when the point is the mean of neighbouring codes (the place itself had no coordinates). */
  approximate: boolean;
  place: string;
}

let table: Map<string, PostalCodePlace> | undefined;

function load(): Map<string, PostalCodePlace> {
  const result = new Map<string, PostalCodePlace>();
  for (const line of GERMAN_POSTAL_CODES_TSV.split('\n')) {
    const [postalCode, latitude, longitude, marker, place] = line.split('\t');
    if (!postalCode || !latitude || !longitude) continue;
    result.set(postalCode, {
      postalCode,
      latitude: Number(latitude),
      longitude: Number(longitude),
      approximate: marker === '~',
      place: place ?? '',
    });
  }
  return result;
}

/** A German postal code's place and centre point, or undefined when the code does not exist. */
export function lookupPostalCode(postalCode: string): PostalCodePlace | undefined {
  table ??= load();
  return table.get(postalCode.trim());
}

export function postalCodeCount(): number {
  table ??= load();
  return table.size;
}
