import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { offer, organisation, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { vogContactKey } from "~/domain/guest-lessons/vog.ts";

export async function vogOrganisation(db: Db, slug: string) {
  const [org] = await db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, vogRequired: organisation.vogRequired })
    .from(organisation)
    .where(eq(organisation.slug, slug))
    .limit(1);
  if (!org) throw notFound("organisations.notFound");
  return org;
}

export type VogContact = {
  key: string;
  /** The contact's name as the offers give it (the account's name, else the name typed), or null when none is named. */
  name: string | null;
  email: string | null;
  validUntil: string | null;
  offers: { id: string; title: string }[];
};

/**
 * The people who give an organisation's running offers (drafts and published), one entry per
 * contact (vog.ts vogContactKey), each with the VOG date its offers carry (the latest, should
 * they differ after an edit of one offer's contact).
 */
export async function vogContacts(db: Db, organisationId: string): Promise<VogContact[]> {
  const rows = await db
    .select({
      id: offer.id,
      title: offer.title,
      contactUserId: offer.contactUserId,
      contactName: offer.contactName,
      contactEmail: offer.contactEmail,
      userName: user.name,
      userEmail: user.email,
      vogValidUntil: offer.vogValidUntil,
    })
    .from(offer)
    .leftJoin(user, eq(user.id, offer.contactUserId))
    .where(and(eq(offer.organisationId, organisationId), ne(offer.status, "archived")))
    .orderBy(asc(offer.title), asc(offer.id));
  const contacts = new Map<string, VogContact>();
  for (const r of rows) {
    const key = vogContactKey(r);
    const contact = contacts.get(key) ?? { key, name: r.userName ?? r.contactName, email: r.userEmail ?? r.contactEmail, validUntil: null, offers: [] };
    contact.offers.push({ id: r.id, title: r.title });
    if (r.vogValidUntil && (!contact.validUntil || r.vogValidUntil > contact.validUntil)) contact.validUntil = r.vogValidUntil;
    contacts.set(key, contact);
  }
  return [...contacts.values()];
}
