/** Rules for a programme's own details. */
import { isIsoDate } from "../common/time.ts";

/** Addresses under /programmas/ that are pages, not programmes. */
export const RESERVED_PROGRAMME_SLUGS: ReadonlySet<string> = new Set(["nieuw"]);

/** A real calendar day written as YYYY-MM-DD (2024-02-30 is not one): the platform's one rule for dates. */
export const isCalendarDay = isIsoDate;

/**
 * The error per field for a programme's period, as message keys: both days
 * must be real days and the programme must start before it ends.
 */
export function periodErrors(startsOn: string, endsOn: string): { startsOn?: string; endsOn?: string } {
  const errors: { startsOn?: string; endsOn?: string } = {};
  if (!isCalendarDay(startsOn)) errors.startsOn = "programmes.form.dateInvalid";
  if (!isCalendarDay(endsOn)) errors.endsOn = "programmes.form.dateInvalid";
  if (!errors.startsOn && !errors.endsOn && startsOn >= endsOn) errors.endsOn = "programmes.form.periodOrder";
  return errors;
}
