import { z } from "zod";

/**
 * The identifiers a Dutch organisation is known by, as people type them in a spreadsheet. Each
 * function answers the stored form, or null when the text cannot be one. Spaces and dots people
 * put in for readability do not count; anything else does.
 */

/** KvK (Kamer van Koophandel) number: 8 digits; "1234 5678" and "12.34.56.78" are accepted as typed. */
export function normaliseKvk(text: string): string | null {
  const compact = text.replace(/[\s.]/g, "");
  return /^[0-9]{8}$/.test(compact) ? compact : null;
}

/** BRIN number (DUO): 4 characters, 2 digits then 2 letters or digits ("25LP", "00AB", "12A3"). */
export function normaliseBrin(text: string): string | null {
  const compact = text.replace(/\s/g, "").toUpperCase();
  return /^[0-9]{2}[A-Z0-9]{2}$/.test(compact) ? compact : null;
}

/**
 * Vestigingsnummer: 2 digits after the BRIN ("01"). A spreadsheet that took "01" for a number shows
 * "1", so one digit is read with its leading zero put back.
 */
export function normaliseBranchNumber(text: string): string | null {
  const compact = text.replace(/\s/g, "");
  if (/^[0-9]{2}$/.test(compact)) return compact;
  return /^[0-9]$/.test(compact) ? `0${compact}` : null;
}

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
