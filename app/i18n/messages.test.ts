import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COURSE_LEVELS, COURSE_TOPICS, NEED_FORMATS, NEED_STATUSES, REGISTRATION_STATUSES, TARGET_GROUPS } from "../domain/courses/vocabulary.ts";
import { LEVELS as EVENT_LEVELS, UNASSIGNED_REASONS } from "../domain/events/assignment/types.ts";
import { EVENT_KINDS, EVENT_STATUSES } from "../domain/events/event-rules.ts";
import * as lessons from "../domain/guest-lessons/vocabulary.ts";
import { FIGURE_KEYS } from "../domain/impact/impact.ts";
import { COOPERATION_TYPES, ECONOMIC_SECTORS, LOCATION_KINDS, NETWORK_KINDS, ORGANISATION_KINDS } from "../domain/networks/vocabulary.ts";
import { MEMBER_ROLES } from "../domain/organisations/vocabulary.ts";
import { LOCALES, messagesOf, translator } from "./index.ts";

/**
 * Message files are plain object literals, where a repeated key silently wins over the first and
 * a key repeated across areas silently wins over the other area's text. Read them as text.
 */
const dir = path.join(import.meta.dirname, "messages");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

/** Keys per locale; a file may hold several `{ nl: {…}, en: {…} }` objects (networks.ts holds two). */
function keysOf(source: string): { nl: string[]; en: string[] } {
  const found: { nl: string[]; en: string[] } = { nl: [], en: [] };
  let locale: "nl" | "en" | null = null;
  for (const line of source.split("\n")) {
    const start = /^ {2}(nl|en): \{/.exec(line);
    if (start) locale = start[1] as "nl" | "en";
    const key = /^\s+"([^"]+)":/.exec(line);
    if (locale && key) found[locale].push(key[1]!);
  }
  return found;
}

const repeated = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe("message files", () => {
  it("define each key once per locale within a file", () => {
    for (const file of files) {
      const { nl, en } = keysOf(fs.readFileSync(path.join(dir, file), "utf8"));
      expect(repeated(nl), `${file} (nl)`).toEqual([]);
      expect(repeated(en), `${file} (en)`).toEqual([]);
    }
  });

  it("define each key in one area only", () => {
    const all = files.flatMap((file) => keysOf(fs.readFileSync(path.join(dir, file), "utf8")).nl.map((key) => ({ key, file })));
    const clashes = all.filter((a, i) => all.findIndex((b) => b.key === a.key) !== i).map((a) => `${a.key} in ${a.file}`);
    expect(clashes).toEqual([]);
  });
});

/** The text once placeholders, units and punctuation are taken out: what a reader would call words. */
const wordsOf = (text: string) => text.replace(/\{\w+\}/g, "").replace(/\b(km|PPS|ICS|CSV|PDF|XLSX)\b/g, "").replace(/[^\p{L}]+/gu, "");

/**
 * Words that are the same in Dutch and English, and names that are not translated: an English
 * text equal to the Dutch one is allowed only for these (or for a text with no words of its own,
 * such as "{km} km"). Anything else equal in both languages is Dutch left on an English page.
 */
const SAME_IN_BOTH = new Set(
  [
    "Technohub", // the platform's name
    "Girlsday", // an event's own name
    ...["Menu", "Home", "Filter", "Filters", "Status", "School", "Sector", "Website", "Partner", "Partners", "Contact"],
    ...["Open data", "Online", "Workshop", "Tips", "Impact", "Indicator", "Postcode", "Tags", "Platform", "Open", "Email", "Was", "Project", "Online hub", "Agri & Food", "ICT", "Code", "Tip", "Webhook", "Webhooks"],
    // Single sign-on: protocols, federations and providers are names; "Protocol" and "Scopes" are both languages' words.
    ...["Protocol", "Scopes", "OpenID Connect", "SAML 2.0", "Entree Federatie (Kennisnet)", "SURFconext", "Microsoft Entra ID", "Google"],
  ].map((w) => wordsOf(w).toLowerCase()),
);

const nl = messagesOf("nl");
const en = messagesOf("en");
const PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;
/** Keys written in plural forms: `x.one` and `x.other` make `x` a plural (ADR 015). */
const pluralBases = [...new Set(Object.keys(nl).filter((k) => k.endsWith(".one")).map((k) => k.slice(0, -".one".length)))];
const isPluralForm = (key: string) => PLURAL_SUFFIX.test(key) && pluralBases.includes(key.replace(PLURAL_SUFFIX, ""));

describe("message texts", () => {
  it("exist in both Dutch and English", () => {
    expect(Object.keys(nl).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in nl))).toEqual([]);
  });

  it("are translated: an English text differs from the Dutch one unless it is a name or a word both languages share", () => {
    const same = Object.keys(nl).filter((k) => en[k] === nl[k] && wordsOf(nl[k]!) !== "" && !SAME_IN_BOTH.has(wordsOf(nl[k]!).toLowerCase()));
    expect(same).toEqual([]);
  });

  it("address the reader formally in Dutch (u, never je/jij/jouw/jullie)", () => {
    const informal = Object.entries(nl).filter(([, text]) => /\b(je|jij|jou|jouw|jullie|jezelf|jouwe)\b/i.test(text));
    expect(informal.map(([k, text]) => `${k}: ${text}`)).toEqual([]);
  });

  it("write plurals as plural forms, never faked in the text", () => {
    const faked = (text: string) =>
      /\p{L}\((en|s|n|e|'s)\)/u.test(text) || // fout(en), milestone(s), bijlage(n)
      // "mijlpaal/mijlpalen": two forms of one word; "havo/vwo" or "MIG/MAG" are two things.
      [...text.matchAll(/(\p{L}{4,})\/(\p{L}{4,})/gu)].some(([, a, b]) => a!.slice(0, 4).toLowerCase() === b!.slice(0, 4).toLowerCase());
    const found: string[] = [];
    for (const [locale, messages] of [["nl", nl], ["en", en]] as const) {
      for (const [key, text] of Object.entries(messages)) {
        if (faked(text)) found.push(`${locale} ${key}: ${text}`);
        // A number counting something ("{count} rijen", "{n} leerlingen", "Alle {count}") belongs in a plural form;
        // "{n} van {capacity}" counts nothing by itself.
        if (!isPluralForm(key) && /\{(count|n|days)\}\s+(?!(van|of|tot|to)\b)\p{L}|\b(Alle|All|alle|all) \{\w+\}/u.test(text)) found.push(`${locale} ${key}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("give each plural the forms its language has, and no others", () => {
    const problems: string[] = [];
    for (const [locale, messages] of [["nl", nl], ["en", en]] as const) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
      for (const key of Object.keys(messages).filter(isPluralForm)) {
        const form = PLURAL_SUFFIX.exec(key)![1]!;
        if (!categories.includes(form)) problems.push(`${locale} ${key}: ${locale} has no "${form}" form`);
      }
      for (const base of pluralBases) {
        for (const form of categories) if (!(`${base}.${form}` in messages)) problems.push(`${locale} ${base}.${form} is missing`);
      }
    }
    // "x.many" beside "x.one" is the old hand-made plural: Dutch and English never pick "many".
    for (const key of Object.keys(nl).filter((k) => /\.(countMany|countOne|many)$/.test(k))) problems.push(`nl ${key}: write it as a plural form`);
    expect(problems).toEqual([]);
  });

  it("render every plural for 0, 1 and 2 in both languages, with the number in place", () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const base of pluralBases) {
        const [zero, one, two] = [0, 1, 2].map((count) => t(base, { count }));
        for (const text of [zero, one, two]) expect(text, `${locale} ${base}`).not.toMatch(/\{count\}|^[\w.-]+$/);
        expect(two, `${locale} ${base}: the number is missing`).toMatch(/\b2\b/);
        expect(one, `${locale} ${base}: 1 and 2 read the same`).not.toBe(two);
        // Dutch and English both say "0 rijen", "0 rows": zero takes the plural form.
        expect(zero, `${locale} ${base}: 0 takes the plural form`).toBe(two!.replace(/\b2\b/g, "0"));
      }
    }
  });

  it("keep a plural only where the forms differ in at least one language", () => {
    const formOf = (locale: "nl" | "en", base: string, form: string) => (locale === "nl" ? nl : en)[`${base}.${form}`]!;
    const pointless = pluralBases.filter((base) =>
      (["nl", "en"] as const).every((locale) => formOf(locale, base, "one") === formOf(locale, base, "other").replaceAll("{count}", "1")),
    );
    expect(pointless).toEqual([]);
  });

  it("label every value of the vocabularies in both languages", () => {
    const vocabularies: [prefix: string, values: readonly (string | number)[]][] = [
      ["networks.kind", NETWORK_KINDS],
      ["networks.locationKind", LOCATION_KINDS],
      ["networks.cooperationType", COOPERATION_TYPES],
      ["networks.economicSector", ECONOMIC_SECTORS],
      ["organisations.kind", ORGANISATION_KINDS],
      ["organisations.role", MEMBER_ROLES],
      ["guestLessons.kind", lessons.OFFER_KINDS],
      ["guestLessons.level", lessons.LESSON_LEVELS],
      ["guestLessons.location", lessons.OFFER_LOCATIONS],
      ["guestLessons.place", lessons.REQUEST_PLACES],
      ["guestLessons.status", lessons.OFFER_STATUSES],
      ["guestLessons.mode", lessons.REQUEST_MODES],
      ["guestLessons.requestStatus", lessons.REQUEST_STATUSES],
      ["guestLessons.language", lessons.OFFER_LANGUAGES],
      ["guestLessons.weekday", lessons.WEEKDAYS],
      ["appointments.state", lessons.APPOINTMENT_STATES],
      ["courses.topic", COURSE_TOPICS],
      ["courses.targetGroup", TARGET_GROUPS],
      ["courses.level", COURSE_LEVELS],
      ["courses.format", NEED_FORMATS],
      ["courses.registrationStatus", REGISTRATION_STATUSES],
      ["courses.needs.status", NEED_STATUSES],
      ["events.kind", EVENT_KINDS],
      ["events.status", EVENT_STATUSES],
      ["events.level", EVENT_LEVELS],
      ["events.reason", UNASSIGNED_REASONS],
      ["impact.figure", FIGURE_KEYS],
    ];
    const missing = vocabularies.flatMap(([prefix, values]) =>
      values.flatMap((value) => LOCALES.filter((locale) => messagesOf(locale)[`${prefix}.${value}`] === undefined).map((locale) => `${locale} ${prefix}.${value}`)),
    );
    expect(missing).toEqual([]);
  });

  it("define every key the code names (t(\"…\") and DomainErrors), in plural forms or plain", () => {
    const appDir = path.join(import.meta.dirname, "..");
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")) sources.push(file);
      }
    };
    walk(appDir);
    const named: string[] = [];
    const missing: string[] = [];
    for (const file of sources) {
      const source = fs.readFileSync(file, "utf8");
      const keys = [
        ...[...source.matchAll(/\bt\(\s*"([a-zA-Z][\w.-]*)"/g)].map((m) => m[1]!),
        ...[...source.matchAll(/\b(?:invalid|conflict|forbidden|notFound|new DomainError)\(\s*(?:"\w+",\s*)?"([a-zA-Z][\w-]*\.[\w.-]+)"/g)].map((m) => m[1]!),
      ];
      for (const key of keys) {
        named.push(key);
        if (!(key in nl) && !(`${key}.other` in nl)) missing.push(`${path.relative(appDir, file)}: ${key}`);
      }
    }
    expect(named.length).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it("pick the form by count", () => {
    expect(translator("nl")("monitor.import.errorsTitle", { count: 1 })).toBe("1 fout: het bestand wordt niet geïmporteerd");
    expect(translator("nl")("monitor.import.errorsTitle", { count: 3 })).toBe("3 fouten: het bestand wordt niet geïmporteerd");
    expect(translator("en")("monitor.import.errorsTitle", { count: 1 })).toBe("1 error: the file will not be imported");
    expect(translator("en")("programmes.project.lateCount", { count: 2 })).toBe("2 milestones late");
    expect(translator("nl")("programmes.project.lateCount", { count: 1 })).toBe("1 mijlpaal te laat");
  });
});
