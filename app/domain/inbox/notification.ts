/**
 * The inbox's pure rules: what a mail becomes as an inbox item (its link, its kind, a short
 * excerpt), the one digest mail that replaces single mails, and the page arithmetic.
 */
import { z } from "zod";
import { translator, type Locale } from "~/i18n/index.ts";

export const NOTIFICATION_KINDS = ["appointment", "request", "course", "need", "network", "event", "organisation", "other"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const INBOX_PAGE_SIZE = 20;
export const EXCERPT_LENGTH = 240;

/**
 * The first link in a mail that points at this site, as a path with its query (what the inbox
 * item opens). Links elsewhere (a URL someone typed in a message) are passed over; punctuation
 * that ends a sentence is not part of the link.
 */
export function linkIn(text: string, baseUrl: string): string | null {
  const base = baseUrl.replace(/\/+$/, "");
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, "");
    if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) continue;
    const rest = url.slice(base.length);
    return rest.startsWith("/") ? rest : `/${rest}`;
  }
  return null;
}

/**
 * Where opening an item may lead: a path on this site only. Anything else (another site, a
 * protocol-relative "//host") goes back to the inbox, so a stored link can never send a person away.
 */
export function safeLink(link: string | null): string {
  return link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/inbox";
}

/** The inbox's address: `?ongelezen=1` shows only unread items, `?pagina=` the page (bad values mean page 1). */
export const inboxQuery = z.object({
  ongelezen: z
    .unknown()
    .transform((v) => v === "1")
    .default(false),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** The inbox's address for a filter and a page, as the list's links write it. */
export function inboxHref(input: { unreadOnly: boolean; page: number }): string {
  const params = new URLSearchParams();
  if (input.unreadOnly) params.set("ongelezen", "1");
  if (input.page > 1) params.set("pagina", String(input.page));
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}

/** What an item is about, from where it leads; the list shows it as a label. */
export function kindOfLink(link: string | null): NotificationKind {
  if (!link) return "other";
  const path = link.split(/[?#]/)[0]!;
  const first = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (first("/afspraken/vraag") || first("/vragen") || first("/coordinatie/vragen")) return "request";
  if (first("/afspraken")) return "appointment";
  if (first("/cursussen") || first("/aanmelding") || first("/opleider")) return "course";
  if (first("/behoeften")) return "need";
  if (first("/netwerken") || first("/coordinatie")) return "network";
  if (first("/evenementen")) return "event";
  if (first("/organisaties")) return "organisation";
  return "other";
}

/**
 * A short excerpt of a mail's text for the list: the salutation, the sign-off (in Dutch or English) and the lines
 * with a link dropped (the item itself leads there), whitespace folded, cut at a word within
 * `max` characters.
 */
export function excerptOf(text: string, max = EXCERPT_LENGTH): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(Beste|Dear)\b.*,$/.test(line) && !/^(Technohub|Met vriendelijke groet,?|Kind regards,?)$/.test(line) && !/https?:\/\//.test(line));
  const folded = lines.join(" ").replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, "")}…`;
}

/** The number of pages for `total` items (at least one, so an empty inbox is page 1 of 1). */
export function pageCount(total: number, size = INBOX_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export type DigestItem = { subject: string; excerpt: string; link: string | null; createdAt: Date };

/**
 * The one mail a person with the daily digest gets instead of single mails: every waiting item,
 * oldest first, each with its link, and the way to the inbox and to the setting.
 */
export function digestMail(input: { name: string; locale: Locale; baseUrl: string; items: readonly DigestItem[] }): { subject: string; text: string } {
  const t = translator(input.locale);
  const base = input.baseUrl.replace(/\/+$/, "");
  const count = input.items.length;
  const items = [...input.items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lines = [t("inbox.digest.greeting", { name: input.name }), "", t("inbox.digest.intro", { count }), ""];
  for (const item of items) {
    lines.push(`• ${item.subject}`, `  ${item.excerpt}`);
    if (item.link) lines.push(`  ${base}${item.link}`);
    lines.push("");
  }
  lines.push(t("inbox.digest.inbox", { url: `${base}/inbox` }), t("inbox.digest.setting", { url: `${base}/inbox/instellingen` }), "", "Technohub");
  return { subject: t("inbox.digest.subject", { count }), text: lines.join("\n") };
}
