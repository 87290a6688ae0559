/**
 * One i18n mechanism for the whole app: flat message keys per area, Dutch first,
 * English second. A key missing in English falls back to Dutch; a key missing
 * everywhere shows itself, so gaps are visible rather than silent.
 *
 * Plurals (ADR 015): a message that depends on a number is written as one key per plural
 * form of the language, `<key>.one` and `<key>.other` (Dutch and English have no others), and
 * called without the suffix with a numeric `count`: `t("monitor.imported", { count: 3 })`.
 * `Intl.PluralRules` picks the form; `{count}` in the text is the number. A text never fakes
 * a plural ("fout(en)", "mijlpaal/mijlpalen"); app/i18n/messages.test.ts refuses those.
 */
import { common } from "./messages/common.ts";
import { home } from "./messages/home.ts";
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
import { about } from "./messages/about.ts";
import { admin } from "./messages/admin.ts";
import { inbox } from "./messages/inbox.ts";
import { search } from "./messages/search.ts";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = { nl: Record<string, string>; en: Record<string, string> };

// Each area keeps its own message file; list it here.
const areas: Messages[] = [common, networks, account, organisations, programmes, news, monitor, guestLessons, events, courses, impact, about, admin, home, inbox, search];
const registry: Messages = { nl: {}, en: {} };
for (const area of areas) {
  Object.assign(registry.nl, area.nl);
  Object.assign(registry.en, area.en);
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const pluralRules: Record<Locale, Intl.PluralRules> = { nl: new Intl.PluralRules("nl"), en: new Intl.PluralRules("en") };

/** The plural form `count` takes in `locale`, when `key` is written in forms there. */
function pluralTemplate(locale: Locale, key: string, count: number): string | undefined {
  const messages = registry[locale];
  if (messages[`${key}.other`] === undefined) return undefined;
  return messages[`${key}.${pluralRules[locale].select(count)}`] ?? messages[`${key}.other`];
}

export function translator(locale: Locale): Translate {
  return (key, params) => {
    const count = params?.count;
    const template =
      (typeof count === "number" ? (pluralTemplate(locale, key, count) ?? pluralTemplate("nl", key, count)) : undefined) ??
      registry[locale][key] ??
      registry.nl[key] ??
      key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/**
 * The label under `key` when there is one, else `fallback`: for values stored as the Dutch words
 * networks publish ("Regionaal netwerk", an event's "Ochtend"), which have an English label when
 * they come from the vocabulary and stay as typed when they are free text.
 */
export function labelOf(t: Translate, key: string, fallback: string): string {
  return registry.nl[key] === undefined ? fallback : t(key);
}

/** The messages of one locale, for the checks in messages.test.ts. */
export function messagesOf(locale: Locale): Readonly<Record<string, string>> {
  return registry[locale];
}

export function parseLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "nl";
}

/** The locale from the `lang` cookie; Dutch unless the visitor chose English. */
export function localeFromRequest(request: Request): Locale {
  return localeFromCookie(request.headers.get("cookie"));
}

/** The same, from a Cookie header as the server receives it (no Request object to build per request). */
export function localeFromCookie(cookie: string | null | undefined): Locale {
  const match = /(?:^|;\s*)lang=(nl|en)\b/.exec(cookie ?? "");
  return parseLocale(match?.[1]);
}

/**
 * Building an Intl.DateTimeFormat costs about as much as rendering a list row (it loads locale
 * data each time), and pages format dozens of dates: one formatter per language and option set,
 * made on first use. The option sets come from the code, so the map stays small.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date | string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }) {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options });
    dateFormats.set(key, format);
  }
  return format.format(typeof date === "string" ? new Date(date) : date);
}
