import { z } from "zod";

/**
 * The rest of what a spreadsheet row holds, read as people type it. KvK, BRIN and vestigingsnummer
 * are organisation identifiers and live in ~/domain/organisations/identifiers.ts.
 */

/**
 * Postcode: 4 digits (not starting with 0) and 2 letters, stored as "1234 AB". PostNL never hands out
 * the letter pairs SA, SD and SS.
 */
export function normalisePostcode(text: string): string | null {
  const match = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/.exec(text.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (letters === "SA" || letters === "SD" || letters === "SS") return null;
  return `${match[1]} ${letters}`;
}

const emailSchema = z.email();

/** An e-mail address as zod reads one, lower-cased (addresses are compared without case everywhere). */
export function normaliseEmail(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > 254 || !emailSchema.safeParse(trimmed).success) return null;
  return trimmed.toLowerCase();
}
