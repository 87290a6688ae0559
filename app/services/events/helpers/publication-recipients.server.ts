/**
 * Who hears of a published assignment: every school and host taking part, each through its
 * members, or its role address when it has none. Shared by publishing and by the confirmation
 * step before it, so the numbers the coordinator confirms are the mails that go out.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { eventGroup, eventSlot, membership, organisation, user } from "~/db/schema/index.ts";

export type PublicationRecipients = {
  org: { id: string; slug: string; name: string; kind: string; email: string | null };
  /** Whom the schedule is mailed to; empty when the organisation has neither members nor an address. */
  recipients: { email: string; name: string; locale: string }[];
  isHost: boolean;
};

/** Every organisation taking part in the event (hosts and schools), by name, with its recipients. */
export async function publicationRecipients(db: Db, eventId: string): Promise<PublicationRecipients[]> {
  const hostIds = (await db.selectDistinct({ id: eventSlot.hostOrganisationId }).from(eventSlot).where(eq(eventSlot.eventId, eventId))).map((r) => r.id);
  const schoolIds = (await db.selectDistinct({ id: eventGroup.schoolOrganisationId }).from(eventGroup).where(eq(eventGroup.eventId, eventId))).map((r) => r.id);
  const orgIds = [...new Set([...hostIds, ...schoolIds])];
  if (orgIds.length === 0) return [];
  const orgs = await db
    .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, email: organisation.email })
    .from(organisation)
    .where(inArray(organisation.id, orgIds));
  const members = await db
    .select({ organisationId: membership.organisationId, email: user.email, name: user.name, locale: user.locale })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(inArray(membership.organisationId, orgIds));
  return orgs
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((org) => {
      const recipients = members.filter((m) => m.organisationId === org.id).map((m) => ({ email: m.email, name: m.name, locale: m.locale }));
      // The role address has no account and so no language of its own: Dutch.
      if (recipients.length === 0 && org.email) recipients.push({ email: org.email, name: org.name, locale: "nl" });
      return { org, recipients, isHost: org.kind !== "school" };
    });
}
