import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { vogContactKey } from "~/domain/guest-lessons/vog.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { OFFERING_KINDS } from "./helpers/acting-organisations.server.ts";
import { vogOrganisation } from "./helpers/vog-contacts.server.ts";

/**
 * A company states that the contact of one of its offers holds a VOG until `validUntil` (or no
 * longer: null). The statement holds for every running offer of that contact. Only the date is
 * kept; the reminder starts again for a new date.
 */
export async function updateVogStatement(services: AppServices, actor: Actor, input: { slug: string; offerId: string; validUntil: string | null }) {
  const org = await vogOrganisation(services.db, input.slug);
  if (!(OFFERING_KINDS as readonly string[]).includes(org.kind)) throw forbidden();
  await requirePermission(services.db, actor, "offer.manage", { organisationId: org.id });
  if (input.validUntil !== null && input.validUntil < amsterdamToday(services.clock.now())) throw invalid("guestLessons.vog.error.past", "validUntil");

  return services.db.transaction(async (tx) => {
    const contactColumns = { id: offer.id, status: offer.status, contactUserId: offer.contactUserId, contactName: offer.contactName, contactEmail: offer.contactEmail };
    const [named] = await tx.select(contactColumns).from(offer).where(and(eq(offer.id, input.offerId), eq(offer.organisationId, org.id))).limit(1);
    if (!named || named.status === "archived") throw notFound("offer.notFound");
    const key = vogContactKey(named);
    const same = (await tx.select(contactColumns).from(offer).where(eq(offer.organisationId, org.id)))
      .filter((o) => o.status !== "archived" && vogContactKey(o) === key)
      .map((o) => o.id);
    await tx.update(offer).set({ vogValidUntil: input.validUntil, vogRemindedFor: null }).where(inArray(offer.id, same));
    return { offers: same.length };
  });
}
