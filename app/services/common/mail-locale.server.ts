import { inArray, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { user } from "~/db/schema/index.ts";
import { parseLocale, translator, type Locale, type Translate } from "~/i18n/index.ts";

/**
 * The language each address reads its mail in: the account's chosen language, Dutch for an
 * address without an account (an organisation's general address, an offer's contact address).
 * Addresses are compared without case, as the mailer does when it makes the inbox item.
 */
export async function mailLocales(db: Db, addresses: readonly string[]): Promise<(address: string) => Locale> {
  const wanted = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
  const rows = wanted.length
    ? await db
        .select({ email: sql<string>`lower(${user.email})`, locale: user.locale })
        .from(user)
        .where(inArray(sql`lower(${user.email})`, wanted))
    : [];
  const found = new Map(rows.map((r) => [r.email, parseLocale(r.locale)]));
  return (address) => found.get(address.trim().toLowerCase()) ?? "nl";
}

/** The translator for one address's mail. */
export async function mailTranslator(db: Db, address: string): Promise<{ locale: Locale; t: Translate }> {
  const locale = (await mailLocales(db, [address]))(address);
  return { locale, t: translator(locale) };
}
