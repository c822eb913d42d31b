import type { GraphqlClient } from '../graphql-client';

export const ENTRY_FIELDS = `id kind name version isOutdated lastVerifiedAt verificationDueAt distanceKm visibility
  languages { code name } targetGroups { code name }
  addresses { id street postalCode city district latitude longitude coordinatesApproximate }
  openingHours { weekday opens closes note }
  courseOffers { type cefrLevel format schedule nextStartDate childcare placesFree location { city } }`;

export interface EntryResult {
  id: string;
  kind: string;
  name: string;
  version: number;
  isOutdated: boolean;
  lastVerifiedAt: string;
  verificationDueAt: string;
  distanceKm: number | null;
  visibility: string;
  languages: { code: string; name: string }[];
  targetGroups: { code: string; name: string }[];
  addresses: {
    id: string;
    street: string;
    postalCode: string;
    city: string;
    district: string;
    latitude: number;
    longitude: number;
    coordinatesApproximate: boolean;
  }[];
  openingHours: { weekday: number; opens: string | null; closes: string | null; note: string }[];
  courseOffers: {
    type: string;
    cefrLevel: string | null;
    format: string;
    schedule: string;
    nextStartDate: string | null;
    childcare: boolean;
    placesFree: number | null;
    location: { city: string } | null;
  }[];
}

export const CREATE_ENTRY = `mutation ($input: CreateDirectoryEntryInput!) { createDirectoryEntry(input: $input) { ${ENTRY_FIELDS} } }`;
export const UPDATE_ENTRY = `mutation ($id: ID!, $input: UpdateDirectoryEntryInput!) { updateDirectoryEntry(id: $id, input: $input) { ${ENTRY_FIELDS} } }`;

let sequence = 0;

export function address(postalCode: string, city: string, district: string, extra: Record<string, unknown> = {}) {
  sequence += 1;
  return { street: `Musterweg ${sequence}`, postalCode, city, district, ...extra };
}

export async function createEntry(client: GraphqlClient, input: Record<string, unknown>): Promise<EntryResult> {
  sequence += 1;
  const data = await client.expectData<{ createDirectoryEntry: EntryResult }>(CREATE_ENTRY, {
    input: { kind: 'OTHER', name: `Eintrag ${sequence}`, ...input },
  });
  return data.createDirectoryEntry;
}
