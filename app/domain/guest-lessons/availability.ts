/**
 * When an offer can take place: weekdays, periods, blackout dates and a monthly cap. Dates are
 * ISO calendar dates ("2026-03-10") in the Dutch school calendar; no time zone enters here.
 */
import { addDays, isIsoDate, isoWeekday } from "../common/time.ts";

export type AvailablePeriod = { from: string; until: string };
export type DateOption = { date: string; startTime?: string | null; endTime?: string | null };

export type Availability = {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Empty: available all year (apart from weekdays and blackout dates). */
  availablePeriods: readonly AvailablePeriod[];
  blackoutDates: readonly string[];
  maxPerMonth: number | null;
  /** Dates already held by appointments of this offer (each counts towards its month's cap). */
  takenDates?: readonly string[];
};

const monthOf = (date: string) => date.slice(0, 7);

/** Whether the offer can take place on this day, its monthly cap included. */
export function availableOn(availability: Availability, date: string): boolean {
  if (!availability.weekdays.includes(isoWeekday(date))) return false;
  if (availability.blackoutDates.includes(date)) return false;
  const periods = availability.availablePeriods;
  if (periods.length > 0 && !periods.some((p) => p.from <= date && date <= p.until)) return false;
  const taken = availability.takenDates ?? [];
  if (taken.includes(date)) return false;
  if (availability.maxPerMonth !== null) {
    const month = monthOf(date);
    if (taken.filter((d) => monthOf(d) === month).length >= availability.maxPerMonth) return false;
  }
  return true;
}

/** Days a period is searched at most (a school year and a bit); longer periods are cut there. */
export const MAX_PERIOD_DAYS = 400;

export type DateFit =
  | { asked: "none" }
  | { asked: "dates"; count: number; fitting: string[] }
  | { asked: "period"; firstFree: string | null };

/** Which of the school's date options (or which day in its period) the offer can do. */
export function fitDates(
  availability: Availability,
  wish: { dateOptions: readonly DateOption[]; periodFrom: string | null; periodUntil: string | null },
): DateFit {
  if (wish.dateOptions.length > 0) {
    const dates = [...new Set(wish.dateOptions.map((o) => o.date))];
    return { asked: "dates", count: dates.length, fitting: dates.filter((d) => availableOn(availability, d)).sort() };
  }
  if (wish.periodFrom && wish.periodUntil) {
    let day = wish.periodFrom;
    for (let i = 0; i < MAX_PERIOD_DAYS && day <= wish.periodUntil; i++, day = addDays(day, 1)) {
      if (availableOn(availability, day)) return { asked: "period", firstFree: day };
    }
    return { asked: "period", firstFree: null };
  }
  return { asked: "none" };
}

