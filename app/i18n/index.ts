/**
 * One i18n mechanism for the whole app: flat message keys per area, Dutch first,
 * English second. A key missing in English falls back to Dutch; a key missing
 * everywhere shows itself, so gaps are visible rather than silent.
 */
import { common } from "./messages/common.ts";
import { networks } from "./messages/networks.ts";
import { account } from "./messages/account.ts";
import { organisations } from "./messages/organisations.ts";
import { programmes } from "./messages/programmes.ts";
import { news } from "./messages/news.ts";
import { monitor } from "./messages/monitor.ts";
import { guestLessons } from "./messages/guest-lessons.ts";
import { events } from "./messages/events.ts";
import { courses } from "./messages/courses.ts";
import { impact } from "./messages/impact.ts";
import { search } from "./messages/search.ts";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = { nl: Record<string, string>; en: Record<string, string> };

// Each area keeps its own message file; list it here.
const areas: Messages[] = [common, networks, account, organisations, programmes, news, monitor, guestLessons, events, courses, impact, search];
const registry: Messages = { nl: {}, en: {} };
for (const area of areas) {
  Object.assign(registry.nl, area.nl);
  Object.assign(registry.en, area.en);
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => {
    const template = registry[locale][key] ?? registry.nl[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

export function parseLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "nl";
}

/** The locale from the `lang` cookie; Dutch unless the visitor chose English. */
export function localeFromRequest(request: Request): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const match = /(?:^|;\s*)lang=(nl|en)\b/.exec(cookie);
  return parseLocale(match?.[1]);
}

export function formatDate(date: Date | string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options }).format(
    typeof date === "string" ? new Date(date) : date,
  );
}
