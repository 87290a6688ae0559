import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { appointment, providerReliability } from "~/db/schema/index.ts";
import { countedResponses } from "~/domain/guest-lessons/counted-responses.ts";
import { summariseResponses } from "~/domain/guest-lessons/reliability.ts";

/** Recomputes the provider_reliability cache that matching and the offer pages read. */
export async function refreshReliability(tx: Db, organisationId: string, now: Date) {
  const rows = await tx
    .select({ requestedAt: appointment.requestedAt, respondedAt: appointment.respondedAt, state: appointment.state })
    .from(appointment)
    .where(eq(appointment.providerOrganisationId, organisationId));
  const summary = summariseResponses(countedResponses(rows, now));
  await tx
    .insert(providerReliability)
    .values({ organisationId, ...summary, updatedAt: now })
    .onConflictDoUpdate({ target: providerReliability.organisationId, set: { ...summary, updatedAt: now } });
  return summary;
}
