/** Ids in URLs are uuids; anything else is simply not found (and never reaches PostgreSQL's uuid parser). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
