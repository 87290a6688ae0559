/**
 * Dutch postcodes: four digits (the first not 0) and two letters, written
 * "1234 AB". People type "1234ab", "1234  ab" or " 1234AB "; we store one form
 * so that equal postcodes compare equal and the geocoder gets a clean query.
 */
const POSTCODE = /^([1-9][0-9]{3})\s*([A-Za-z]{2})$/;

// PostNL never issues these letter pairs (they read as SA, SD, SS).
const UNUSED_LETTERS = new Set(["SA", "SD", "SS"]);

/** "1234 AB" for anything that is a Dutch postcode, otherwise null. */
export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (UNUSED_LETTERS.has(letters)) return null;
  return `${match[1]} ${letters}`;
}
