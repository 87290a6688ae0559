// Made once: an Intl formatter loads locale data when built, which a course list would pay per row.
const zone = { timeZone: "Europe/Amsterdam" } as const;
const FORMATS = {
  nl: {
    price: new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }),
    day: new Intl.DateTimeFormat("nl-NL", { ...zone, dateStyle: "long" }),
    time: new Intl.DateTimeFormat("nl-NL", { ...zone, hour: "2-digit", minute: "2-digit" }),
  },
  en: {
    price: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
    day: new Intl.DateTimeFormat("en-GB", { ...zone, dateStyle: "long" }),
    time: new Intl.DateTimeFormat("en-GB", { ...zone, hour: "2-digit", minute: "2-digit" }),
  },
};

/** "€ 1.250,00" or "Gratis": prices as Dutch readers expect them. */
export function formatPrice(cents: number, locale: "nl" | "en" = "nl"): string {
  if (cents === 0) return locale === "en" ? "Free" : "Gratis";
  return FORMATS[locale].price.format(cents / 100);
}

/** Parses "250", "250,50", "1.250,00" or "€ 75" into cents; null when it is no amount. */
export function parsePrice(input: string): number | null {
  const cleaned = input.replace(/[€\s]/g, "");
  if (cleaned === "") return 0;
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$|^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const normalised = /,\d{1,2}$/.test(cleaned) || /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, "").replace(",", ".") : cleaned;
  const value = Math.round(Number(normalised) * 100);
  return Number.isFinite(value) ? value : null;
}

/** "12 maart 2027, 09:00–16:30" in Amsterdam time. */
export function formatSessionTime(startsAt: Date, endsAt: Date, locale: "nl" | "en" = "nl"): string {
  const { day, time } = FORMATS[locale];
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay
    ? `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)}`
    : `${day.format(startsAt)} ${time.format(startsAt)} – ${day.format(endsAt)} ${time.format(endsAt)}`;
}

/** Slug for a course title (same shape as organisation slugs). */
export { slugify as courseSlug, slugCandidate } from "../common/slug.ts";

/** Quarter label for a date string "2027-03-01" → "2027-K1" (aggregation period of needs). */
export function quarterOf(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number);
  return `${year}-K${Math.floor(((month ?? 1) - 1) / 3) + 1}`;
}
