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
 * The server holds every message of both languages (app/i18n/all-messages.ts). A browser starts
 * with only the texts the server's render of its page used (ADR 025): the server notes each key
 * it translates while rendering (setMessageRecorder) and writes those texts into the page
 * (app/i18n/page-messages.server.ts), a kilobyte or two instead of the 38 KB of the page's whole
 * language. The rest of that language comes as one chunk per language (vite/messages.ts, ADR 020)
 * before the first client-side navigation renders (the root's clientMiddleware), on the visitor's
 * first interaction, or when a text the page did not yet show is asked for.
 */
const registry: Messages = { nl: {}, en: {} };
/** Languages whose whole chunk is in; a language with only its page's texts is not. */
const complete = new Set<Locale>();

/**
 * Components re-render when a language's chunk arrives (useT subscribes), so a text asked for
 * before it came shows its key only until then.
 */
let version = 0;
const listeners = new Set<() => void>();
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const messagesVersion = () => version;

/** The id of the page's <script type="application/json"> that carries its texts. */
export const PAGE_MESSAGES_ID = "th-messages";

export async function loadMessages(locale: Locale): Promise<void> {
  if (complete.has(locale)) return;
  if (typeof document === "undefined") {
    const { allMessages } = await import("./all-messages.ts");
    Object.assign(registry.nl, allMessages.nl);
    Object.assign(registry.en, allMessages.en);
    complete.add("nl").add("en");
    return;
  }
  // The English chunk carries the Dutch text of any key English lacks, as translator() falls back.
  const chunk = locale === "en" ? await import("virtual:technohub-messages/en") : await import("virtual:technohub-messages/nl");
  Object.assign(registry[locale], chunk.default);
  complete.add(locale);
  version++;
  for (const listener of listeners) listener();
}

/**
 * What the server writes into a page: the texts of the keys its render used, per language, and
 * the keys it asked for that have no text anywhere (a free-text value that labelOf shows as is),
 * so that the browser does not fetch the whole language to learn they have none.
 */
export type PageMessages = Partial<Messages> & { absent?: string[] };
/** Keys the page says have no text: the browser need not load anything to find them. */
const absent = new Set<string>();

/** The texts the server wrote into the page, if it did (an aborted render may not have). */
function pageMessages(): PageMessages | null {
  const element = document.getElementById(PAGE_MESSAGES_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as PageMessages;
  } catch {
    return null;
  }
}

if (typeof document === "undefined") {
  await loadMessages("nl");
} else {
  const locale = parseLocale(document.documentElement.lang);
  let fromPage = pageMessages();
  // React Router's module script is async: on a page still arriving, the texts at its end wait.
  if (!fromPage && document.readyState === "loading") {
    await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
    fromPage = pageMessages();
  }
  if (fromPage?.[locale]) {
    for (const l of LOCALES) Object.assign(registry[l], fromPage[l]);
    for (const key of fromPage.absent ?? []) absent.add(key);
    // What a visitor does next (open a disclosure, send a form) may show texts the page did not.
    const rest = () => void loadMessages(locale);
    for (const type of ["pointerdown", "keydown"]) addEventListener(type, rest, { once: true, passive: true, capture: true });
  } else {
    await loadMessages(locale);
  }
}

/** A key and its plural forms, as translator() may read them. */
const FORMS = ["", ".zero", ".one", ".two", ".few", ".many", ".other"];

/**
 * On the server, the set the current page's render notes its keys in (per language); undefined
 * outside a render. Installed by the server entry, which knows the request.
 */
export type UsedMessages = Record<Locale | "absent", Set<string>>;
let recorder: (() => UsedMessages | undefined) | undefined;
export function setMessageRecorder(current: typeof recorder): void {
  recorder = current;
}

/**
 * A key's texts in a language, with its plural forms, English falling back to Dutch. Every page
 * asks for the same few hundred keys, so once both languages are whole (on the server, from the
 * start) the answer is kept; a key without text is not (free text shown as itself would grow the
 * cache with every visitor's input).
 */
const formsCache: Record<Locale, Map<string, [string, string][]>> = { nl: new Map(), en: new Map() };
function formsOf(locale: Locale, key: string): [string, string][] {
  const cached = formsCache[locale].get(key);
  if (cached) return cached;
  const forms: [string, string][] = [];
  for (const form of FORMS) {
    const text = registry[locale][key + form] ?? registry.nl[key + form];
    if (text !== undefined) forms.push([key + form, text]);
  }
  if (forms.length > 0 && complete.has(locale) && complete.has("nl")) formsCache[locale].set(key, forms);
  return forms;
}

/**
 * The texts of the keys a render used, as the browser needs them to render the same page: per
 * language, each key with its plural forms, English falling back to Dutch key by key.
 */
export function messagesFor(used: UsedMessages): PageMessages {
  const out: PageMessages = {};
  const none = new Set(used.absent);
  for (const locale of LOCALES) {
    if (!used[locale].size) continue;
    const texts: Record<string, string> = {};
    for (const key of used[locale]) {
      const forms = formsOf(locale, key);
      if (forms.length === 0) none.add(key);
      for (const [name, text] of forms) texts[name] = text;
    }
    out[locale] = texts;
  }
  if (none.size) out.absent = [...none];
  return out;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const pluralRules: Record<Locale, Intl.PluralRules> = { nl: new Intl.PluralRules("nl"), en: new Intl.PluralRules("en") };

/** The plural form `count` takes in `locale`, when `key` is written in forms there. */
function pluralTemplate(locale: Locale, key: string, count: number): string | undefined {
  const messages = registry[locale];
  if (messages[`${key}.other`] === undefined) return undefined;
  return messages[`${key}.${pluralRules[locale].select(count)}`] ?? messages[`${key}.other`];
}

/** A key the browser does not have yet: shown as itself until its language's chunk is in. */
function missing(locale: Locale, key: string): string {
  if (typeof document !== "undefined" && !complete.has(locale) && !absent.has(key)) void loadMessages(locale);
  return key;
}

export function translator(locale: Locale): Translate {
  return (key, params) => {
    recorder?.()?.[locale].add(key);
    const count = params?.count;
    const template =
      (typeof count === "number" ? (pluralTemplate(locale, key, count) ?? pluralTemplate("nl", key, count)) : undefined) ??
      registry[locale][key] ??
      registry.nl[key] ??
      missing(locale, key);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? (COUNTS.has(name) ? formatCount(params[name]!, locale) : String(params[name])) : m));
  };
}

/** The parameters that hold a number of things, in every message that has them; other numbers (a year, a page) stay as given. */
const COUNTS = new Set(["count", "total", "shown"]);

const countFormats: Record<Locale, Intl.NumberFormat> = { nl: new Intl.NumberFormat("nl-NL"), en: new Intl.NumberFormat("en-GB") };

/**
 * A count as the reader writes it: from five digits in groups ("26.353 organisaties", "26,353
 * organisations"), below that as is, as Dutch usage has it ("2026 deelnemers" needs no point).
 */
export function formatCount(value: string | number, locale: Locale): string {
  return typeof value === "number" && Math.abs(value) >= 10_000 ? countFormats[locale].format(value) : String(value);
}

/**
 * The label under `key` when there is one, else `fallback`: for values stored as the Dutch words
 * networks publish ("Regionaal netwerk", an event's "Ochtend"), which have an English label when
 * they come from the vocabulary and stay as typed when they are free text.
 */
export function labelOf(t: Translate, key: string, fallback: string): string {
  if (registry.nl[key] !== undefined || registry.en[key] !== undefined) return t(key);
  recorder?.()?.absent.add(key);
  // The browser may not have the label yet (the page did not show it): it comes with the chunk.
  if (typeof document !== "undefined") missing(parseLocale(document.documentElement.lang), key);
  return fallback;
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

const decimalFormats = new Map<string, Intl.NumberFormat>();

/** A number with a fixed count of decimals, written the reader's way: "12,5" in Dutch, "12.5" in English. */
export function formatDecimal(value: number, locale: Locale, digits = 1): string {
  const key = `${locale}${digits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: "long" };

/**
 * ICU's `format` itself is the next cost (a few µs a date: 1.3 % of `/evenementen`'s CPU for its 25
 * rows), and a list shows the same days on every request: the text of each format and moment is
 * kept, up to FORMATTED_DATES of them; past that the memory starts again.
 */
const formattedDates = new Map<string, string>();
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();
export const FORMATTED_DATES = 5_000;

export function formatDate(date: Date | string, locale: Locale, options: Intl.DateTimeFormatOptions = LONG_DATE) {
  // Options are serialised once per object, so a constant's key costs nothing after its first date.
  let optionsKey = optionKeys.get(options);
  if (optionsKey === undefined) {
    optionsKey = options === LONG_DATE ? "" : JSON.stringify(options);
    optionKeys.set(options, optionsKey);
  }
  const key = locale + optionsKey;
  const moment = `${key} ${typeof date === "string" ? date : date.getTime()}`;
  const known = formattedDates.get(moment);
  if (known !== undefined) return known;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options });
    dateFormats.set(key, format);
  }
  const text = format.format(typeof date === "string" ? new Date(date) : date);
  if (formattedDates.size >= FORMATTED_DATES) formattedDates.clear();
  formattedDates.set(moment, text);
  return text;
}
