/** Rules for a programme's own details. */

/** Addresses under /programmas/ that are pages, not programmes. */
export const RESERVED_PROGRAMME_SLUGS: ReadonlySet<string> = new Set(["nieuw"]);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written as YYYY-MM-DD (2024-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

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
