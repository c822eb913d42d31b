/** Directory entry ids are UUIDs; anything else in a contact card is refused. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isContactCardEntryId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
