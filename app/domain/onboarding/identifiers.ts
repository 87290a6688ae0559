import { z } from "zod";

/**
 * The rest of what a spreadsheet row holds, read as people type it. KvK, BRIN and vestigingsnummer
 * are organisation identifiers and live in ~/domain/organisations/identifiers.ts; the postcode is
 * read as the organisation form reads it (~/domain/organisations/postcode.ts), so one rule holds for both.
 */

const emailSchema = z.email();

/** An e-mail address as zod reads one, lower-cased (addresses are compared without case everywhere). */
export function normaliseEmail(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > 254 || !emailSchema.safeParse(trimmed).success) return null;
  return trimmed.toLowerCase();
}
