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
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = { nl: Record<string, string>; en: Record<string, string> };

/**
 * The server holds every message of both languages (app/i18n/all-messages.ts). A browser gets the
 * messages of the page's language only, as one chunk built per language (vite/messages.ts, ADR 020):
 * both languages of every area were 72 KB of each first visit's 220 KB. The page's language is
 * the one its <html lang> names; a later switch loads the other before rendering (loadMessages).
 */
const registry: Messages = { nl: {}, en: {} };
const loaded = new Set<Locale>();

export async function loadMessages(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  if (typeof document === "undefined") {
    const { allMessages } = await import("./all-messages.ts");
    Object.assign(registry.nl, allMessages.nl);
    Object.assign(registry.en, allMessages.en);
    loaded.add("nl").add("en");
    return;
  }
  // The English chunk carries the Dutch text of any key English lacks, as translator() falls back.
  const chunk = locale === "en" ? await import("virtual:technohub-messages/en") : await import("virtual:technohub-messages/nl");
  Object.assign(registry[locale], chunk.default);
  loaded.add(locale);
}

await loadMessages(typeof document === "undefined" ? "nl" : parseLocale(document.documentElement.lang));

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
  return registry.nl[key] === undefined && registry.en[key] === undefined ? fallback : t(key);
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
