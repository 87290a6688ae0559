/**
 * Wall-clock time in the Netherlands (Europe/Amsterdam) ↔ UTC, whatever the server's own zone.
 * The one place that converts: forms and schedules speak Amsterdam wall-clock dates and times,
 * the database and calendars speak UTC moments.
 */

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function partsOf(at: Date): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
}

/** Amsterdam's offset from UTC at a moment, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetMs(at: number): number {
  const p = partsOf(new Date(at));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(at / 1000) * 1000;
}

const DAY = 86_400_000;

/**
 * The moment of a wall-clock date and time in Amsterdam ("2027-03-12", "09:00"), or null when
 * the date or time is not real (31 February, 25:99, a malformed string).
 *
 * At the two daylight-saving switches it behaves as calendars do (Temporal's "compatible"): a
 * time that happens twice in October (02:30) is the first, in summer time; a time that does not
 * happen in March (02:30) is moved forward by the gap (03:30 summer time).
 */
export function amsterdamDate(date: string, time = "00:00"): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).getUTCDate() !== d) return null; // 31 February and friends
  // The offsets in force around that day; each one that maps back onto the wall clock is a candidate.
  const before = offsetMs(wall - DAY);
  const after = offsetMs(wall + DAY);
  const candidates = [...new Set([before, after])].map((o) => wall - o).filter((at) => offsetMs(at) === wall - at);
  if (candidates.length) return new Date(Math.min(...candidates));
  return new Date(wall - before); // in the spring gap: the same distance past the switch
}

/** The UTC milliseconds of an Amsterdam wall-clock date and time that are known to be real (schedules, the demo data). */
export function amsterdamMoment(date: string, time: string): number {
  const at = amsterdamDate(date, time);
  if (!at) throw new Error(`not a real date and time: ${date} ${time}`);
  return at.getTime();
}

/** "2027-03-12" and "09:00" of a moment, in Amsterdam: what a form shows again. */
export function amsterdamParts(at: Date): { date: string; time: string } {
  const p = partsOf(at);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Today's date in Amsterdam ("2027-03-12"): registration periods, deadlines and "upcoming" are meant so. */
export function amsterdamToday(now: Date): string {
  return amsterdamParts(now).date;
}

// Calendar dates as ISO strings ("2026-03-10"): no time zone enters here.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date on the platform may have. PostgreSQL has no year 0 ("0000-01-01" is refused
 * with 22008, after every check a form made), JavaScript writes a year past 9999 as "+010000",
 * which PostgreSQL cannot read, and nothing the platform plans, keeps or looks back on lies
 * outside these years: such a date is a typing error or a probe, answered beside its field.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

/**
 * A real calendar date in ISO form, within FIRST_YEAR–LAST_YEAR ("2026-02-30" and "0000-01-01"
 * are not). The one rule for every date a form, a query or the API brings.
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A moment PostgreSQL can keep and a page can show: a real time whose UTC date is within FIRST_YEAR–LAST_YEAR. */
export function isStorableMoment(at: Date): boolean {
  const year = at.getUTCFullYear();
  return !Number.isNaN(at.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
