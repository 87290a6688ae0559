import { and, asc, eq, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { lessonRequest, network, networkMember, networkPartner } from "~/db/schema/index.ts";
import type { RequestInput } from "~/domain/guest-lessons/forms.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { checkDirectOffer, requestColumns, resolveRequestInput } from "./helpers/request-input.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** The school's network (first by name) that a coordinator watches this request in. */
async function schoolNetwork(db: Db, schoolId: string): Promise<string | null> {
  const [member] = await db
    .select({ id: network.id })
    .from(network)
    .leftJoin(networkMember, eq(networkMember.networkId, network.id))
    .leftJoin(networkPartner, eq(networkPartner.networkId, network.id))
    .where(and(or(eq(networkMember.organisationId, schoolId), eq(networkPartner.organisationId, schoolId)), activeNetwork()))
    .orderBy(asc(network.name))
    .limit(1);
  return member?.id ?? null;
}

/**
 * A school asks for a guest lesson or visit: open to every matching provider, or directly to one
 * offer. The place is the school's own, or a place the teacher typed. Part B turns requests into
 * appointments; this only records the question.
 */
export async function createRequest(services: AppServices, actor: Actor, input: RequestInput) {
  await requirePermission(services.db, actor, "request.create", { organisationId: input.schoolOrganisationId });
  const resolved = await resolveRequestInput(services, input);

  return services.db.transaction(async (tx) => {
    await checkDirectOffer(tx, input, { requirePublished: true });
    const now = services.clock.now();
    const [row] = await tx
      .insert(lessonRequest)
      .values({
        schoolOrganisationId: input.schoolOrganisationId,
        createdById: actor?.id ?? null,
        networkId: await schoolNetwork(tx, input.schoolOrganisationId),
        ...requestColumns(input, resolved),
        mode: input.mode,
        directOfferId: input.directOfferId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: lessonRequest.id });
    // A direct request goes to the company at once, as an appointment, in this transaction (on purpose: appointments' use-case).
    if (input.mode === "direct" && input.directOfferId) await requestAppointment({ ...services, db: tx }, actor, { requestId: row!.id, offerId: input.directOfferId });
    return row!;
  });
}
